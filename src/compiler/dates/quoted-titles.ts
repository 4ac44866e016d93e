/**
 * Quotation marks around a programme or publication title ("60 Minutes", “Face the
 * Nation”, «Mañanera») sit inside a clause; quotation marks around someone's words
 * end it. Tying a date to the happening of its clause needs the difference, so a
 * short quoted title is masked (its marks become spaces, keeping every offset) and
 * real quotes are left as they are. A title is at most five words, starts with a
 * capital or a digit and holds no sentence punctuation.
 */

const QUOTED = /(["“”«»])([^"“”«»\n]{1,60})(["“”«»])/gu;
const TITLE = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*)(?: (?:[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*|the|of|and|a|de|del|la|el|y|en)){0,4},?$/u;

/** The text with the quotation marks around short titles turned into spaces (same length). */
export function maskQuotedTitles(text: string): string {
  if (!/["“”«»]/u.test(text)) return text;
  return text.replace(QUOTED, (whole, _open: string, inner: string) => (TITLE.test(inner) ? ` ${inner} ` : whole));
}
