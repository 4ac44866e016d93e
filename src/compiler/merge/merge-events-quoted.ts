/**
 * The words a report quotes, for rule SAME-QUOTE of the merge stage: two articles that quote
 * the same words of the same person ("start now hitting land") tell of the same remark, however
 * differently they date or word the rest of the sentence.
 */
import { quoteKey } from './merge-quotes';

/** Fewer words than this ("no", "never accept") are too common to tell two remarks apart. */
const MIN_WORDS = 4;
/** Double quotes of English and Spanish typography (single quotes are also apostrophes). */
const QUOTED = /[“"«]([^”"«»“]+)[”"»]/gu;

/** The quoted passages of a sentence, as word keys, those long enough to compare. */
export function quotedPassages(sentence: string): string[] {
  const out: string[] = [];
  for (const match of sentence.matchAll(QUOTED)) {
    const key = quoteKey(match[1] ?? '');
    if (key.split(' ').length >= MIN_WORDS && !out.includes(key)) out.push(key);
  }
  return out;
}

/** Whether one passage holds the other, word for word (a quote is often cut shorter by one article). */
export function sharePassage(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true;
  return false;
}
