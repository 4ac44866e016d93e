/**
 * A short event title made only of the source's own words: the clause around
 * the trigger. A long clause keeps its opening words (usually who acted) and
 * the words around the trigger, joined by an ellipsis; nothing is paraphrased,
 * so a title can never say more than the article did.
 */

const SHORT_CLAUSE = 120;
const BEFORE = 40;
const AFTER = 45;
const HEAD = 55;
const HARD_BREAK = /[;:—–()[\]"“”«»]|\s-\s/gu;

/** [start, end) of the clause holding [s, e) inside the sentence [start, end). */
export function clauseAround(text: string, start: number, end: number, s: number, e: number): [number, number] {
  let from = start;
  let to = end;
  HARD_BREAK.lastIndex = 0;
  const sentence = text.slice(start, end);
  for (let m = HARD_BREAK.exec(sentence); m; m = HARD_BREAK.exec(sentence)) {
    const at = start + m.index;
    if (at + m[0].length <= s) from = at + m[0].length;
    else if (at >= e) {
      to = at;
      break;
    }
  }
  return [from, to];
}

/** Moves `at` forward to the start of a word (not past `limit`). */
function wordStart(text: string, at: number, limit: number): number {
  if (at === 0 || /\s/u.test(text.charAt(at - 1))) return at;
  const space = text.indexOf(' ', at);
  return space !== -1 && space < limit ? space + 1 : at;
}

/** Moves `at` back to the end of a word (not before `limit`). */
function wordEnd(text: string, at: number, limit: number): number {
  if (at >= text.length || /\s/u.test(text.charAt(at))) return at;
  const space = text.lastIndexOf(' ', at);
  return space > limit ? space : at;
}

function tidy(piece: string): string {
  return piece
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[,.\s]+|[,\s]+$/gu, '');
}

/** A clause this short ("he said") says too little alone: the sentence is used instead. */
const MIN_WORDS = 4;

const OPENING = /^\s*[:,]?\s*["“«'‘]/u;
const CLOSING = /["”»'’]\s*[,.]?\s*$/u;
const QUOTE_END = /["”»’']/gu;
/** A quote longer than this is cut where the title's length rules cut it. */
const QUOTE_REACH = 160;

/**
 * A clause cut off by quote marks says too little alone ("the call was", "Said X, director of"):
 * the quoted words it introduces or that it tags belong in its title.
 */
function withQuote(text: string, start: number, end: number, cs: number, ce: number): [number, number] {
  let from = cs;
  let to = ce;
  if (OPENING.test(text.slice(ce, Math.min(end, ce + 4)))) {
    const open = ce + (text.slice(ce, end).search(/["“«'‘]/u) + 1);
    QUOTE_END.lastIndex = open;
    const close = QUOTE_END.exec(text.slice(0, Math.min(end, open + QUOTE_REACH)));
    to = close ? close.index + 1 : Math.min(end, open + QUOTE_REACH);
  }
  const before = text.slice(Math.max(start, cs - 4), cs);
  if (CLOSING.test(before) && /^\s*\p{Ll}/u.test(text.slice(cs, ce))) {
    // '"…," said X': the tag follows its quote; the title starts where the quote does.
    const opener = text.slice(Math.max(start, cs - QUOTE_REACH), cs - 1).search(/["“«‘][^"“«‘]*$/u);
    from = opener === -1 ? start : Math.max(start, cs - QUOTE_REACH) + opener;
  }
  return [from, to];
}

export function eventTitle(text: string, start: number, end: number, s: number, e: number): string {
  let [cs, ce] = clauseAround(text, start, end, s, e);
  [cs, ce] = withQuote(text, start, end, cs, ce);
  if ((text.slice(cs, ce).match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS) [cs, ce] = [start, end];
  let title: string;
  if (ce - cs <= SHORT_CLAUSE) {
    title = tidy(text.slice(cs, ce));
  } else {
    const from = Math.max(cs, s - BEFORE) === cs ? cs : wordStart(text, s - BEFORE, s);
    const to = Math.min(ce, e + AFTER) === ce ? ce : wordEnd(text, e + AFTER, e);
    if (from - cs <= HEAD) {
      title = tidy(text.slice(cs, to));
    } else {
      const head = tidy(text.slice(cs, wordEnd(text, cs + HEAD, cs)));
      title = `${head} … ${tidy(text.slice(from, to))}`;
    }
  }
  title = title.replace(/^(?:and|but|while|which|that|y|pero|que|mientras)\s+/iu, '').replace(/\.$/u, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
