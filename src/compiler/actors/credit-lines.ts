/**
 * Lines and places that name no actor of the story: a credit or byline ("X
 * contributed to this report", "Con información de Reuters") and the outlet of
 * a dateline ("MEXICO CITY (Reuters) —"), which reports the story and is not in it.
 */

/** A credit or byline: "Associated Press writer X contributed to this report", "Con información de X". */
const CREDIT = /contributed to this (?:report|story)|additional reporting by|^\s*(?:reporting|editing|writing) by\b|colabor[oó] (?:en|con) (?:este|esta) (?:nota|informaci[oó]n)/iu;
/** "Con información de Reuters", "(Con información de agencias)"; case matters: "con información de inteligencia" is prose. */
const SOURCED_FROM = /^\W*[Cc]on informaci[oó]n de (?:la |las |los |el )?(?:agencias?\b|\p{Lu})/u;
/** Credit lines are short; a long paragraph that says so is an article. */
const MAX_CREDIT_LENGTH = 240;

export function isCreditLine(text: string, p: { start: number; end: number; kind: string }): boolean {
  return p.kind !== 'title' && p.end - p.start <= MAX_CREDIT_LENGTH && (CREDIT.test(text.slice(p.start, p.end)) || SOURCED_FROM.test(text.slice(p.start, p.end)));
}

export function isDatelineOutlet(text: string, start: number, end: number): boolean {
  return text[start - 1] === '(' && /^\)\s*[-\u2013\u2014]/u.test(text.slice(end, end + 4));
}
