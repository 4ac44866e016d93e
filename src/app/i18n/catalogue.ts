/**
 * Every interface string, in English and Spanish (one file per language). `es` is
 * typed as `Messages`, so a key missing from either language fails the type check.
 * `{name}` placeholders are filled by `translate`. Document text is never translated.
 */
import { en, type Messages } from './messages-en';
import { es } from './messages-es';

export { en, es };
export type { MessageKey, Messages } from './messages-en';

export const catalogues: Record<'en' | 'es', Messages> = { en, es };
