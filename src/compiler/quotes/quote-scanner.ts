/**
 * Finds quoted spans in one pass over each paragraph, with an explicit stack (no
 * recursion, no regex), so 1,000 nested quotes or a 10 MB line cost linear time.
 *
 * It decides which quote marks open and close: curly and angle marks by their
 * shape, straight marks by the characters around them. Apostrophes (don't,
 * Mexico's, O'Brien, '90s, rock 'n' roll, the leaders' meeting) never open or
 * close a quote. Only outermost quotes are reported; quotes nested inside them
 * stay part of their text, and those directly inside are listed with it. It
 * refuses to guess across paragraphs: an unclosed quote ends at its paragraph, unless the next paragraph opens with the same kind
 * of mark (a quote continued newspaper-style). An unclosed straight single quote
 * is most likely a stray apostrophe and is dropped, keeping the quotes inside it.
 * A « quote left open may continue in a paragraph that starts with » (the Spanish
 * convention). A Spanish dialogue line ("—Sí —dijo.") is a quote of its own (see
 * dialogue-lines.ts).
 */
import { dialogueLine, startsWithDialogueDash } from './dialogue-lines';


export type QuoteClass = 'double' | 'single' | 'angle' | 'single-angle' | 'dash';

export interface Range {
  start: number;
  end: number;
}

export interface QuoteSpan {
  cls: QuoteClass;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the end of the paragraph when unclosed. */
  close: number;
  /** First and last character inside the marks (over all its paragraphs). */
  start: number;
  end: number;
  /** The inner range of each paragraph the quote spans (one for most quotes). */
  pieces: Range[];
  closed: boolean;
  /** Closed quotes directly inside this one ("He told me: 'The new cranes are the fastest'"). */
  nested?: QuoteSpan[];
}

interface Open {
  cls: QuoteClass;
  open: number;
  straight: boolean;
  pieces: Range[];
  pieceStart: number;
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/u;
const OPEN_PUNCT = /[([{\u2014\u2013\-/\u00bf\u00a1\u201c\u2018\u00ab\u2039"'\u201e]/u;
const CLOSE_PUNCT = /[.,;:!?)\]}\u2026\u2014\u2013\-/\u201d\u2019\u00bb\u203a"']/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const LOWER = /\p{Ll}/u;
/** Words that start with an elision apostrophe: 'em, 'til, 'cause, 'tis, 'twas, 'n'. */
const ELISIONS = ['em', 'til', 'cause', 'tis', 'twas', 'n', 'round', 'bout'];

function isBoundaryBefore(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch) || OPEN_PUNCT.test(ch);
}

function isBoundaryAfter(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch) || CLOSE_PUNCT.test(ch);
}

function isElision(text: string, i: number, end: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && DIGIT.test(next)) return true; // '90s
  for (const word of ELISIONS) {
    const after = i + 1 + word.length;
    if (after > end) continue;
    if (text.slice(i + 1, after).toLowerCase() !== word) continue;
    const ch = after < end ? text[after] : undefined;
    if (ch === undefined || !LETTER_OR_DIGIT.test(ch)) return true;
  }
  return false;
}

type Role = 'open' | 'close' | 'none';

/** What a mark at `i` does, given which classes are open. */
function roleOf(text: string, i: number, from: number, to: number, isOpen: (c: QuoteClass) => boolean): [Role, QuoteClass] {
  const ch = text[i];
  const prev = i > from ? text[i - 1] : undefined;
  const next = i + 1 < to ? text[i + 1] : undefined;
  switch (ch) {
    case '\u201c': // “ (closes a German „)
      return [isOpen('double') && !isBoundaryBefore(prev) && isBoundaryAfter(next) ? 'close' : 'open', 'double'];
    case '\u201e': // „
      return ['open', 'double'];
    case '\u201d': // ”
      if (isOpen('double')) return ['close', 'double'];
      return [isBoundaryBefore(prev) && !isBoundaryAfter(next) ? 'open' : 'none', 'double'];
    case '"': {
      const before = isBoundaryBefore(prev);
      const after = isBoundaryAfter(next);
      if (before && !after) return ['open', 'double'];
      // '…the port."[3]': a footnote mark may follow the closing mark (but '"[He] said…' still opens).
      if (!before && (after || next === '[')) return [isOpen('double') ? 'close' : 'none', 'double'];
      if (before && after) return [isOpen('double') ? 'close' : 'none', 'double'];
      return ['none', 'double'];
    }
    case '\u2018': // ‘
      if (isElision(text, i, to)) return ['none', 'single'];
      if (next === undefined || SPACE.test(next)) return [isOpen('single') ? 'close' : 'none', 'single'];
      return ['open', 'single'];
    case '\u2019': // ’
    case "'": {
      const before = isBoundaryBefore(prev);
      const after = isBoundaryAfter(next);
      if (ch === "'" && before && !after) return [isElision(text, i, to) ? 'none' : 'open', 'single'];
      if (!isOpen('single') || before || !after) return ['none', 'single'];
      // "the leaders' meeting": a plural possessive, not the end of the quote.
      if ((prev === 's' || prev === 'S') && next === ' ' && i + 2 < to && LOWER.test(text[i + 2] ?? '')) return ['none', 'single'];
      return ['close', 'single'];
    }
    case '\u00ab':
      return ['open', 'angle'];
    case '\u00bb':
      return [isOpen('angle') ? 'close' : 'none', 'angle'];
    case '\u2039':
      return ['open', 'single-angle'];
    case '\u203a':
      return [isOpen('single-angle') ? 'close' : 'none', 'single-angle'];
    default:
      return ['none', 'double'];
  }
}

function isMark(code: number): boolean {
  return (
    code === 0x22 || code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0x201c ||
    code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb || code === 0x2039 || code === 0x203a
  );
}

/**
 * The opening mark a paragraph starts with, if any (after leading spaces). While
 * a « quote is open, a paragraph starting with » continues it.
 */
function leadingOpener(text: string, p: Range, continuing?: QuoteClass): { cls: QuoteClass; at: number } | null {
  let i = p.start;
  while (i < p.end && SPACE.test(text[i] ?? '')) i += 1;
  if (i >= p.end) return null;
  if (continuing === 'angle' && text[i] === '\u00bb') return { cls: 'angle', at: i };
  const [role, cls] = roleOf(text, i, p.start, p.end, () => false);
  return role === 'open' ? { cls, at: i } : null;
}

/** Paragraphs of narration an exchange of dialogue lines may hold between two lines. */
const MAX_NARRATION = 2;

function endsSentence(text: string, p: Range): boolean {
  return /[.!?\u2026]["'\u201d\u00bb]?\s*$/u.test(text.slice(Math.max(p.start, p.end - 4), p.end));
}

/** Dash lines in a row that make an interview's exchange with no colon or aside to introduce it. */
const MIN_EXCHANGE = 3;

/**
 * The paragraphs that open a question-and-answer exchange written with rayas: at least
 * MIN_EXCHANGE dash lines in a row, one of them a question ("—¿Cómo fue la llamada?" /
 * "—Fue una buena llamada." / "—¿Y de tropas?"), the way a radio or press interview is
 * set down with no "dijo" after each line. A run of dash lines with no question (a list)
 * is not one.
 */
function exchangeOpenings(text: string, paragraphs: readonly Range[]): Set<number> {
  const openings = new Set<number>();
  let from = 0;
  while (from < paragraphs.length) {
    let to = from;
    let question = false;
    for (let p = paragraphs[to]; p && startsWithDialogueDash(text, p); p = paragraphs[to]) {
      question ||= /[?¿]/u.test(text.slice(p.start, p.end));
      to += 1;
    }
    if (to - from >= MIN_EXCHANGE && question) openings.add(from);
    from = Math.max(to, from + 1);
  }
  return openings;
}

/** Outermost quoted spans in the paragraphs, which must be sorted and disjoint. */
export function scanQuotes(text: string, paragraphs: readonly Range[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];
  const openCount = new Map<QuoteClass, number>();
  const isOpen = (c: QuoteClass) => (openCount.get(c) ?? 0) > 0;
  const push = (o: Open) => {
    stack.push(o);
    openCount.set(o.cls, (openCount.get(o.cls) ?? 0) + 1);
  };
  const pop = (): Open | undefined => {
    const o = stack.pop();
    if (o) openCount.set(o.cls, (openCount.get(o.cls) ?? 1) - 1);
    return o;
  };
  /** Closed quotes directly inside the outermost open one (kept if that one turns out to be an apostrophe). */
  let children: QuoteSpan[] = [];
  /** The paragraph of the last dialogue line taken: an exchange goes on in the next one. */
  let dialogueBefore = -1;
  const exchanges = exchangeOpenings(text, paragraphs);

  for (let pi = 0; pi < paragraphs.length; pi += 1) {
    const p = paragraphs[pi];
    if (!p) continue;
    let scanFrom = p.start;
    const bottom = stack[0];
    if (bottom) {
      // A continued quote: skip the re-opening mark of this paragraph.
      const lead = leadingOpener(text, p, bottom.cls);
      if (lead) {
        bottom.pieceStart = lead.at + 1;
        scanFrom = lead.at + 1;
      }
    } else {
      const prevP = paragraphs[pi - 1];
      // "—Hubo semanas difíciles." next to a line or after a little narration: an exchange under way goes on, if the line ends a
      // sentence ("—Con información de Reuters" closing it does not).
      const underway = dialogueBefore !== -1 && pi - dialogueBefore <= MAX_NARRATION + 1 && endsSentence(text, p);
      const introduced = exchanges.has(pi) || (prevP !== undefined && (/:\s*$/u.test(text.slice(Math.max(prevP.start, prevP.end - 8), prevP.end)) || underway));
      const line = dialogueLine(text, p, introduced);
      if (line) {
        dialogueBefore = pi;
        out.push({ cls: 'dash', open: line.open, close: line.close, start: line.start, end: line.end, pieces: [{ start: line.start, end: line.end }], closed: true });
        scanFrom = line.close;
        const { rest } = line;
        if (rest) {
          out.push({ cls: 'dash', open: rest.start, close: rest.close, start: rest.start, end: rest.end, pieces: [{ start: rest.start, end: rest.end }], closed: true });
          scanFrom = rest.close;
        }
      }
    }
    for (let i = scanFrom; i < p.end; i += 1) {
      if (!isMark(text.charCodeAt(i))) continue;
      const [role, cls] = roleOf(text, i, p.start, p.end, isOpen);
      if (role === 'open') {
        push({ cls, open: i, straight: text[i] === "'" || text[i] === '"', pieces: [], pieceStart: i + 1 });
      } else if (role === 'close') {
        let o = pop();
        while (o && o.cls !== cls) o = pop();
        if (!o) continue;
        const span: QuoteSpan = {
          cls,
          open: o.open,
          close: i + 1,
          start: o.pieces[0]?.start ?? o.pieceStart,
          end: i,
          pieces: [...o.pieces, { start: o.pieceStart, end: i }],
          closed: true,
        };
        if (stack.length === 0) {
          if (children.length > 0) span.nested = children;
          out.push(span);
          children = [];
        } else if (stack.length === 1) children.push(span);
      }
    }
    // End of paragraph: nested unclosed quotes end here; the outermost may continue.
    while (stack.length > 1) pop();
    const top = stack[0];
    if (!top) continue;
    top.pieces.push({ start: top.pieceStart, end: p.end });
    const nextP = paragraphs[pi + 1];
    const lead = nextP ? leadingOpener(text, nextP, top.cls) : null;
    if (lead && lead.cls === top.cls && !(top.straight && top.cls === 'single')) continue;
    pop();
    if (top.straight && top.cls === 'single') {
      out.push(...children);
    } else {
      out.push({
        cls: top.cls,
        open: top.open,
        close: p.end,
        start: top.pieces[0]?.start ?? top.open + 1,
        end: p.end,
        pieces: top.pieces,
        closed: false,
        ...(children.length > 0 ? { nested: children } : {}),
      });
    }
    children = [];
  }
  return out;
}
