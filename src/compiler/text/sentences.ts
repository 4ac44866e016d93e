/**
 * Splits a block into sentences with a single linear scan. A sentence ends at
 * . ! ? or … followed by space and a capital, a digit or an opening quote. It does
 * not end after a known abbreviation (Dr., Gen., Jan.), an initial (J.), inside a
 * quoted span (a quote of several sentences stays in one sentence, so its
 * attribution stays with it), or after a dotted acronym (U.S.) unless the next word
 * is a common sentence opener. An unclosed quote protects nothing, and neither does
 * a quote longer than MAX_QUOTE, so one stray mark cannot swallow a paragraph.
 */
import type { Span } from './blocks';

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'drs', 'sr', 'sra', 'srta', 'sres', 'dra', 'jr', 'st', 'mt', 'ft', 'prof',
    'gen', 'gral', 'lt', 'col', 'capt', 'cap', 'cmdr', 'adm', 'sgt', 'maj', 'gov', 'sen', 'rep', 'pres',
    'hon', 'rev', 'fr', 'lic', 'ing', 'arq', 'mtro', 'mtra', 'dip', 'ud', 'uds', 'av', 'avda', 'no', 'nos',
    'núm', 'num', 'pág', 'pp', 'vol', 'fig', 'vs', 'etc', 'approx', 'est', 'inc', 'corp', 'ltd', 'co', 'bros',
    'dept', 'univ', 'assn', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'ene', 'abr', 'ago', 'dic', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ca',
    'cf', 'al', 'op', 'ed', 'eds', 'art', 'cía', 'sa', 'cv', 'e.g', 'i.e',
  ],
);

/** Whether `word` ("Jan", "Rep", "Sgt") is a known abbreviation: its full stop ends no sentence. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Words that start a new sentence even right after "U.S." or "EE.UU.". */
const OPENERS = new Set(
  [
    'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'in', 'on', 'at',
    'but', 'and', 'as', 'after', 'before', 'when', 'while', 'for', 'its', 'his', 'her', 'their', 'our', 'there',
    'mexico', 'el', 'la', 'los', 'las', 'un', 'una', 'en', 'pero', 'y', 'tras', 'según', 'además', 'sin', 'por',
    'con', 'ese', 'esa', 'este', 'esta', 'ello', 'ella', 'él',
  ],
);

const MAX_QUOTE = 1500;

const OPEN_QUOTES = new Set(['“', '«', '„', '‘']);
const CLOSE_OF: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‘': '’' };
const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']']);
const LETTER = /\p{L}/u;
const FOOTNOTE_CALL = /^\[\d{1,3}\]/u;
const UPPER = /[\p{Lu}\p{N}"“‘'«¿¡(\[]/u;

/** Quoted spans [open, close] inside text[start, end) that may not be split. */
function quotedSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let expected = '';
  for (let i = start; i < end; i += 1) {
    const ch = text[i] ?? '';
    if (open !== -1) {
      if (i - open > MAX_QUOTE) {
        // Unclosed or very long: it protects nothing. No rewind, so the scan stays linear.
        open = -1;
      } else if (ch !== expected && OPEN_QUOTES.has(ch) && CLOSE_OF[ch] === expected) {
        // Another opener of the same kind before a close: the first one was stray.
        open = i;
        continue;
      }
    }
    if (open !== -1) {
      if (ch === expected || (expected === '”' && ch === '"')) {
        if (expected === "'" || expected === '’') {
          // A closing single quote is followed by a non-letter and preceded by a non-space.
          if (LETTER.test(text[i + 1] ?? '') || !/\S/.test(text[i - 1] ?? '')) continue;
        }
        spans.push({ start: open, end: i + 1 });
        open = -1;
      }
      continue;
    }
    if (ch === '"') {
      open = i;
      expected = '"';
    } else if (OPEN_QUOTES.has(ch)) {
      open = i;
      expected = CLOSE_OF[ch] ?? ch;
    } else if (ch === "'" && !LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '')) {
      open = i;
      expected = "'";
    }
  }
  return spans;
}

function wordBefore(text: string, dot: number, limit: number): string {
  let i = dot;
  const floor = Math.max(limit, dot - 24);
  while (i > floor && /[\p{L}.]/u.test(text[i - 1] ?? '')) i -= 1;
  return text.slice(i, dot);
}

function wordAfter(text: string, from: number, end: number): string {
  let i = from;
  const ceiling = Math.min(end, from + 24);
  while (i < ceiling && /[\p{L}]/u.test(text[i] ?? '')) i += 1;
  return text.slice(from, i);
}

function isBoundaryAfterPeriod(text: string, dot: number, blockStart: number, nextWordStart: number, end: number): boolean {
  const before = wordBefore(text, dot, blockStart);
  if (before.length === 0) return true;
  const lower = before.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  // An initial such as "J." in "J. Smith".
  if (/^\p{Lu}$/u.test(before)) return false;
  if (before.includes('.')) {
    // Dotted acronym (U.S., EE.UU.): a boundary only before a quote or a common opener.
    if (/["“‘'«¿¡]/u.test(text[nextWordStart] ?? '')) return true;
    const next = wordAfter(text, nextWordStart, end).toLowerCase();
    return OPENERS.has(next);
  }
  return true;
}

/** Sentence spans in text[start, end), trimmed of surrounding space. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const protectedSpans = quotedSpans(text, start, end);
  const sentences: Span[] = [];
  let sentenceStart = start;
  let q = 0;
  for (let i = start; i < end; i += 1) {
    const ch = text[i] ?? '';
    if (!TERMINATORS.has(ch)) continue;
    while (q < protectedSpans.length && (protectedSpans[q]?.end ?? 0) <= i) q += 1;
    let j = i + 1;
    while (j < end && (TERMINATORS.has(text[j] ?? '') || CLOSERS.has(text[j] ?? ''))) j += 1;
    // A footnote call after the full stop ("…intervention.[5] On January 8") ends with it.
    const note = text[j] === '[' ? FOOTNOTE_CALL.exec(text.slice(j, j + 6)) : null;
    if (note) j += note[0].length;
    if (j >= end) break;
    const terminatorRunEnd = j - 1;
    const span = protectedSpans[q];
    // Inside a quote, unless the run of marks reaches past its closing quote.
    if (span && span.start < i && j < span.end) {
      i = terminatorRunEnd;
      continue;
    }
    if (!/\s/.test(text[j] ?? '')) {
      i = terminatorRunEnd;
      continue;
    }
    let k = j;
    while (k < end && /\s/.test(text[k] ?? '')) k += 1;
    if (k >= end) break;
    if (!UPPER.test(text[k] ?? '') || (ch === '.' && !isBoundaryAfterPeriod(text, i, start, k, end))) {
      i = terminatorRunEnd;
      continue;
    }
    sentences.push({ start: sentenceStart, end: j });
    sentenceStart = k;
    i = k - 1;
  }
  if (sentenceStart < end) sentences.push({ start: sentenceStart, end });
  return sentences
    .map((s) => trimSpan(text, s))
    .filter((s) => s.end > s.start);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}
