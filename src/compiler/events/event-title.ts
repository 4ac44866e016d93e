/**
 * A short event title made only of the source's own words: the clause around
 * the trigger, cut to a window at word boundaries. Nothing is paraphrased, so a
 * title can never say more than the article did.
 */

const MAX_BEFORE = 70;
const MAX_AFTER = 60;
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

export function eventTitle(text: string, start: number, end: number, s: number, e: number): string {
  const [clauseStart, clauseEnd] = clauseAround(text, start, end, s, e);
  let from = Math.max(clauseStart, s - MAX_BEFORE);
  let to = Math.min(clauseEnd, e + MAX_AFTER);
  // Snap to word boundaries so no word is cut in half.
  if (from > clauseStart) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < s) from = space + 1;
  }
  if (to < clauseEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space > e) to = space;
  }
  let title = text
    .slice(from, to)
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[,.\s]+|[,.\s]+$/gu, '');
  title = title.replace(/^(?:and|but|while|which|that|y|pero|que|mientras)\s+/iu, '');
  const first = title.charAt(0);
  return first.toUpperCase() + title.slice(1);
}
