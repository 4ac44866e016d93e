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

export function eventTitle(text: string, start: number, end: number, s: number, e: number): string {
  let [cs, ce] = clauseAround(text, start, end, s, e);
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
