/**
 * The words a report quotes, for rule SAME-QUOTE of the merge stage: two articles that quote
 * the same words of the same person ("start now hitting land") tell of the same remark, however
 * differently they date or word the rest of the sentence.
 */
import { quoteKey } from './merge-quotes';

/** Fewer words than this ("no", "never accept") are too common to tell two remarks apart. */
const MIN_WORDS = 4;
/** A catchphrase has two or three words, at least two of this many letters ("very good" has)… */
const CATCHPHRASE_WORD = 4;
/** …and one of this many ("very good" has none, "close the corridor" has one). */
const CATCHPHRASE_LONG_WORD = 6;
/** Double quotes of English and Spanish typography (single quotes are also apostrophes). */
const QUOTED = /[“"«]([^”"«»“]+)[”"»]/gu;

/** What a sentence quotes, as word keys: passages long enough to compare, and catchphrases (rule SAME-QUOTE). */
export interface Quoted {
  passages: string[];
  catchphrases: string[];
}

export function quotedParts(sentence: string): Quoted {
  const passages: string[] = [];
  const catchphrases: string[] = [];
  for (const match of sentence.matchAll(QUOTED)) {
    const key = quoteKey(match[1] ?? '');
    const words = key.split(' ');
    if (words.length >= MIN_WORDS) {
      if (!passages.includes(key)) passages.push(key);
    } else if (words.filter((w) => w.length >= CATCHPHRASE_WORD).length >= 2 && words.some((w) => w.length >= CATCHPHRASE_LONG_WORD) && !catchphrases.includes(key)) catchphrases.push(key);
  }
  return { passages, catchphrases };
}

/** Whether one passage holds the other, word for word (a quote is often cut shorter by one article). */
export function sharePassage(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true;
  return false;
}

/** Whether a passage holds one of the catchphrases, word for word. */
export function holdsCatchphrase(catchphrases: readonly string[], passages: readonly string[]): boolean {
  for (const x of catchphrases) for (const y of passages) if (` ${y} `.includes(` ${x} `)) return true;
  return false;
}
