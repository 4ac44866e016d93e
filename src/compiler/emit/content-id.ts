/**
 * Ids derived from content only (never from time, order or randomness), so the
 * same input gives the same ids on every build and machine.
 */
import { hash } from 'node:crypto';

export function contentId(prefix: string, parts: readonly (string | number | null)[]): string {
  // One string hashed at once: the same bytes as one update per part, without a Hash object per id (there is one per event and quote).
  let text = '';
  for (const part of parts) text += `${part ?? '\u0000null'}\u0001`;
  return `${prefix}-${hash('sha256', text, 'hex').slice(0, 12)}`;
}
