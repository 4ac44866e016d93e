/**
 * Guesses whether an article is English or Spanish from the share of common
 * function words. It only chooses between the two languages the compiler reads;
 * metadata that names a language always wins over the guess.
 */

const EN = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'by', 'he', 'she', 'has', 'have', 'are', 'this', 'from', 'which', 'would', 'not', 'be', 'an', 'at', 'its', 'said']);
const ES = new Set(['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'se', 'por', 'un', 'una', 'con', 'para', 'es', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ha', 'fue', 'dijo', 'este', 'esta', 'sobre']);

/** The longest word in either list: a longer word needs no look-up. */
const LONGEST = Math.max(...[...EN, ...ES].map((w) => w.length));

/**
 * A letter of a lower-case Latin word: a-z, ñ, á, é, í, ó, ú, ü (the text is lower-cased once,
 * so no case-insensitive matching). Scanned by hand: a match object per word was most of the
 * garbage this stage made.
 */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 0xf1 || code === 0xe1 || code === 0xe9 || code === 0xed || code === 0xf3 || code === 0xfa || code === 0xfc;
}

export function detectLanguage(text: string): 'en' | 'es' {
  let en = 0;
  let es = 0;
  const sample = (text.length > 6000 ? text.slice(0, 6000) : text).toLowerCase();
  const n = sample.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(sample.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(sample.charCodeAt(i))) i += 1;
    if (i - start > LONGEST) continue;
    const w = sample.slice(start, i);
    if (EN.has(w)) en += 1;
    if (ES.has(w)) es += 1;
  }
  if (/[ñ¿¡]/u.test(sample)) es += 2;
  return es > en ? 'es' : 'en';
}

/** Normalises a metadata language tag ("es-MX", "Spanish") to a short code. */
export function normaliseLanguage(tag: string): string {
  const lower = tag.trim().toLowerCase();
  if (lower.startsWith('es') || lower.startsWith('spa')) return 'es';
  if (lower.startsWith('en')) return 'en';
  const m = /^[a-z]{2,3}/.exec(lower);
  return m ? m[0] : 'en';
}
