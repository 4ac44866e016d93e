/**
 * Ids derived from content only (never from time, order or randomness), so the
 * same input gives the same ids on every build and machine.
 */
import { createHash } from 'node:crypto';

export function contentId(prefix: string, parts: readonly (string | number | null)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part ?? '\u0000null'}\u0001`);
  return `${prefix}-${hash.digest('hex').slice(0, 12)}`;
}
