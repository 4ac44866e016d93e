/**
 * Sentence boundaries that ignore what is inside quotes, so that "'It is over.
 * We won,' she said." is one sentence to attribute, whatever the sentence
 * splitter made of it. One pass per paragraph; a quote ending in a full stop and
 * followed by a capitalised word ends its sentence.
 */
import type { QuoteSpan, Range } from './quote-scanner';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'gen', 'gov', 'rep', 'st', 'jr', 'sr', 'sra', 'lic', 'no', 'vol', 'prof', 'col', 'lt',
  'capt', 'sgt', 'inc', 'corp', 'co', 'vs', 'etc', 'approx', 'dept', 'ing', 'dra', 'ee', 'uu', 'mt', 'ft',
]);
const SPACE = /\s/u;
const UPPER_OR_OPENER = /[\p{Lu}"'\u201c\u2018\u00ab\u00bf\u00a1(]/u;
const END_PUNCT = /[.!?\u2026]/u;
/** A name (up to four capitalised words, "Mr. Roe" included) and a verb of speech in the past or present: "Jane Roe wrote". */
const NAME_THEN_VERB = /^(?:\p{Lu}[\p{L}\p{M}.'\u2019-]*\s+){1,4}(?:said|says|wrote|writes|asked|asks|added|adds|replied|replies|tweeted|posted|shouted|exclaimed|declared|insisted|recalled)\b/u;

function wordBefore(text: string, i: number, from: number): string {
  let j = i;
  while (j > from && /[\p{L}]/u.test(text[j - 1] ?? '')) j -= 1;
  return text.slice(j, i);
}

/**
 * Offsets where a new sentence starts in each paragraph, outside quotes.
 * `quotes` are the outermost quotes, sorted.
 */
export function sentenceStarts(text: string, paragraph: Range, quotes: readonly QuoteSpan[]): number[] {
  const starts: number[] = [paragraph.start];
  let q = 0;
  while (q < quotes.length && (quotes[q]?.close ?? 0) <= paragraph.start) q += 1;
  let i = paragraph.start;
  while (i < paragraph.end) {
    const quote = quotes[q];
    if (quote && i >= quote.open) {
      // Jump over the quote; it ends a sentence if it ends with one.
      const closeAt = Math.min(quote.close, paragraph.end);
      const lastInside = text.slice(Math.max(quote.end - 3, quote.start), quote.end).trimEnd();
      let k = closeAt;
      while (k < paragraph.end && SPACE.test(text[k] ?? '')) k += 1;
      // '"Is it over? It is!" Roe wrote.': a quote that opened its sentence goes on with the name and verb after it.
      const signed = text.slice(starts[starts.length - 1] ?? paragraph.start, quote.open).trim() === '' && NAME_THEN_VERB.test(text.slice(k, k + 80));
      if (k > closeAt && k < paragraph.end && END_PUNCT.test(lastInside.slice(-1)) && UPPER_OR_OPENER.test(text[k] ?? '') && !signed) {
        starts.push(k);
      }
      i = Math.max(closeAt, i + 1);
      q += 1;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 0x2026) {
      const ch = text[i] ?? '';
      let k = i + 1;
      while (k < paragraph.end && /[.!?\u2026)\]"'\u201d\u2019\u00bb]/u.test(text[k] ?? '') && !(quotes[q] && k >= (quotes[q]?.open ?? Infinity))) k += 1;
      if (k < paragraph.end && SPACE.test(text[k] ?? '')) {
        const word = wordBefore(text, i, paragraph.start);
        const abbreviation = ch === '.' && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()));
        let n = k;
        while (n < paragraph.end && SPACE.test(text[n] ?? '')) n += 1;
        const next = text[n] ?? '';
        const opensQuote = quotes[q]?.open === n;
        if ((!abbreviation || opensQuote) && n < paragraph.end && UPPER_OR_OPENER.test(next)) starts.push(n);
      }
      i = k;
      continue;
    }
    i += 1;
  }
  return starts;
}

/** The sentence around [from, to): from the last start at or before `from` to the next start after `to`. */
export function frameOf(starts: readonly number[], paragraphEnd: number, from: number, to: number): Range {
  let lo = 0;
  let hi = starts.length - 1;
  let s = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= from) {
      s = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // The first start at or after `to`.
  let e = starts.length;
  lo = s + 1;
  hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) >= to) {
      e = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return { start: starts[s] ?? from, end: starts[e] ?? paragraphEnd };
}
