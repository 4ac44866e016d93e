/**
 * The words around a cited span, cut at sentence boundaries where possible, so
 * the reader sees the citation in context. Offsets index `document.text`.
 */
export interface Excerpt {
  before: string;
  cited: string;
  after: string;
  /** True when text was cut off before `before` / after `after`. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const SENTENCE_END = /[.!?…]["'’”»)]?\s/g;

export function excerpt(text: string, start: number, end: number, radius = 240): Excerpt {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  // Back to the start of the sentence (or paragraph), but no further than `radius`.
  const floor = Math.max(0, s - radius);
  let from = floor;
  const window = text.slice(floor, s);
  const para = window.lastIndexOf('\n');
  let lastEnd = -1;
  for (const m of window.matchAll(SENTENCE_END)) lastEnd = m.index + m[0].length;
  const cut = Math.max(para + 1, lastEnd);
  if (cut > 0 || floor === 0) from = floor + Math.max(0, cut);
  // Forward to the end of the sentence, or of the paragraph.
  const ceil = Math.min(text.length, e + radius);
  const ahead = text.slice(e, ceil);
  SENTENCE_END.lastIndex = 0;
  const next = SENTENCE_END.exec(ahead);
  const nl = ahead.indexOf('\n');
  let to = ceil;
  const candidates = [next ? next.index + next[0].length : -1, nl].filter((x) => x >= 0);
  if (candidates.length > 0) to = e + Math.min(...candidates);
  return {
    before: text.slice(from, s).replace(/^\s+/, ''),
    cited: text.slice(s, e),
    after: text.slice(e, to).replace(/\s+$/, ''),
    clippedStart: from > 0 && text[from - 1] !== '\n' && cut <= 0,
    clippedEnd: to < text.length && to === ceil,
  };
}
