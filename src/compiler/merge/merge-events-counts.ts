/**
 * The counts a report states ("37 prisoners", "a 26-person transfer"), for rule SAME-COUNT of
 * the merge stage: a transfer told days later with the same number of people is the dated one.
 * Days of the month, years and percentages are not counts.
 */

const MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s*$/iu;
const DE_MONTH = /^\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/iu;
const AFTER = /^\s*(?:%|percent\b|per\s+cent\b|por\s+ciento\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/iu;
const NUMBER = /(?<![\p{L}\p{N}.,:/-])(\d{1,3}(?:,\d{3})*|\d+)(?![\p{N}]|[.,:/]\d)/gu;

/** The counts a sentence states, without days, years or percentages. */
export function statedCounts(sentence: string): number[] {
  const out: number[] = [];
  for (const match of sentence.matchAll(NUMBER)) {
    const at = match.index ?? 0;
    const text = match[1] ?? '';
    const value = Number(text.replace(/,/gu, ''));
    if (!(value >= 2) || (text.length === 4 && value >= 1900 && value <= 2100)) continue;
    const before = sentence.slice(Math.max(0, at - 12), at);
    const after = sentence.slice(at + match[0].length, at + match[0].length + 16);
    if (MONTH.test(before) || DE_MONTH.test(after) || AFTER.test(after)) continue;
    if (!out.includes(value)) out.push(value);
  }
  return out;
}

/** The least count that names a transfer on its own (a handful of people is arrested every day). */
export const TELLING_COUNT = 10;

/** The counts of a sentence that name a transfer on their own (rule SAME-COUNT, one side named). */
export function tellingCounts(sentence: string): number[] {
  return statedCounts(sentence).filter((c) => c >= TELLING_COUNT);
}
