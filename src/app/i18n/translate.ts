import { catalogues, type MessageKey } from './catalogue';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Fills `{name}` placeholders; a missing variable stays visible rather than vanishing. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const template = catalogues[lang][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** The reader's language from the browser's list, English when neither matches. */
export function langFromNavigator(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}

type PluralBase = 'nEvents' | 'nQuotes' | 'nSources' | 'undatedQuotes';

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** "1 event" / "3 events", by the language's plural rules. */
export function countLabel(lang: Lang, base: PluralBase, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const form = rules.select(n) === 'one' ? 'one' : 'other';
  return translate(lang, `${base}_${form}`, { n });
}
