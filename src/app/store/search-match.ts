/**
 * Case- and accent-insensitive search. `fold` keeps a map from each folded
 * character back to the original string, so matches can be highlighted in the
 * text as written.
 */
export interface Folded {
  text: string;
  /** origin[i] is the index in the original string of folded character i. */
  origin: number[];
}

export function fold(input: string): Folded {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of input) {
    const f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < f.length; k++) origin.push(i);
    text += f;
    i += ch.length;
  }
  origin.push(i);
  return { text, origin };
}

/** The folded text alone, in one pass: used for matching, where no offsets are needed. */
export function foldText(input: string): string {
  return input.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function foldQuery(query: string): string {
  return foldText(query.trim().replace(/\s+/g, ' '));
}

export function matches(text: string, foldedQuery: string): boolean {
  return foldedQuery === '' || foldText(text).includes(foldedQuery);
}

/** [start, end) ranges of the original string that match the query. */
export function matchRanges(text: string, query: string): [number, number][] {
  const q = foldQuery(query);
  if (q === '') return [];
  const f = fold(text);
  const ranges: [number, number][] = [];
  let from = 0;
  for (;;) {
    const at = f.text.indexOf(q, from);
    if (at < 0) break;
    const start = f.origin[at] ?? 0;
    const endIndex = at + q.length;
    // Extend to the end of the original character that produced the last folded one.
    const last = f.origin[endIndex - 1] ?? start;
    let end = f.origin[endIndex] ?? text.length;
    if (end <= last) end = last + 1;
    ranges.push([start, end]);
    from = endIndex;
  }
  return ranges;
}
