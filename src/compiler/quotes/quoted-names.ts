/**
 * Quoted words that name something rather than report speech: a programme, a
 * group or a person's alias written in capitals after a preposition or a
 * name ("on CBS' "Face the Nation"", "Abigael X, "El Cuini","), and a nickname
 * between a given name and a surname.
 */
import type { QuoteSpan } from './quote-scanner';

export const MAX_NAME_WORDS = 4;
/** Small words a title-case name may hold in lower case: "Face the Nation", "Hijos de la Tierra". */
const NAME_GLUE = new Set(['the', 'of', 'and', 'on', 'in', 'for', 'a', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'en']);
/** Words before a quoted programme, group or alias: "on CBS' …", "leader of …", "líder de …", "alias …". */
const NAME_CONTEXT = /(?:\b(?:on|in|of|at|from|the|de|del|en|los|las|la|el|alias|aka|tells?|told)|['\u2019]|s['\u2019]|,)\s*$/iu;

/**
 * "on CBS' "Face the Nation"", "a leader of "Los Cuinis"", "Abigael X, "El
 * Cuini",": a short span whose words are all capitalised, after a preposition,
 * an article, a possessive or a name's comma, names a programme, a group or a
 * person; it is no one's speech.
 */
export function isQuotedName(text: string, q: QuoteSpan, inner: string): boolean {
  if (/[.!?;:]\s*$/u.test(inner)) return false;
  const tokens = inner.replace(/[,\s]+$/u, '').split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return false;
  const named = tokens.every((t, k) => /^[\p{Lu}\p{N}]/u.test(t) || (k > 0 && NAME_GLUE.has(t.toLowerCase())));
  if (!named || !/^[\p{Lu}\p{N}]/u.test(tokens[0] ?? '')) return false;
  return NAME_CONTEXT.test(text.slice(Math.max(0, q.open - 20), q.open));
}

/** "Marcus 'Mac' Odell": a quoted word between two capitalised words is a nickname. */
export function isNickname(text: string, q: QuoteSpan): boolean {
  const before = /\p{Lu}[\p{L}\p{M}]*\s+$/u.test(text.slice(Math.max(0, q.open - 40), q.open));
  const after = /^\s+\p{Lu}/u.test(text.slice(q.close, q.close + 3));
  return before && after;
}
