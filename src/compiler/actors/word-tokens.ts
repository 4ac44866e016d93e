/**
 * Words of a text range, with their offsets in the original text and folded
 * keys. A word is a run of letters, digits and combining marks; invisible
 * characters inside a name ("Clau\u200Bdia") stay part of the word so that the
 * folded key still reads "claudia". One linear regex, no backtracking.
 */
import { foldKey, foldKeepCase } from './fold-text';

export interface WordToken {
  start: number;
  end: number;
  /** Folded, lower case: the matching key. */
  key: string;
  /** Folded, case kept (for acronyms and capitalisation checks). */
  folded: string;
  /** First letter is upper case. */
  capitalized: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+/gu;
const UPPER_FIRST = /^\p{Lu}/u;

export function wordTokens(text: string, start: number, end: number): WordToken[] {
  const tokens: WordToken[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    const folded = foldKeepCase(m[0]);
    if (folded.length === 0) continue;
    tokens.push({
      start: start + m.index,
      end: start + m.index + m[0].length,
      key: folded.toLowerCase(),
      folded,
      capitalized: UPPER_FIRST.test(folded),
    });
  }
  return tokens;
}

/** The text between two tokens, folded and with runs of whitespace collapsed to one space. */
export function separatorKey(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 32) return ' ';
  return foldKey(text.slice(from, to)).replace(/\s+/gu, ' ');
}

/** The separators of a phrase written in a data file (an alias), one per gap between words. */
export function phraseParts(phrase: string): { keys: string[]; folded: string[]; separators: string[] } {
  const tokens = wordTokens(phrase, 0, phrase.length);
  const separators: string[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const prev = tokens[i - 1];
    const cur = tokens[i];
    if (prev && cur) separators.push(separatorKey(phrase, prev.end, cur.start));
  }
  return { keys: tokens.map((t) => t.key), folded: tokens.map((t) => t.folded), separators };
}
