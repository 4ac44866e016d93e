/**
 * Spanish dialogue lines: a paragraph that opens with a raya (em dash) glued to
 * its first word reproduces someone's words, "—Fue una decisión nuestra —dijo la
 * ministra." The words run to the narrator's aside (a space, a dash and a speech
 * verb: "—dijo", "—le respondió", "—se quejó"), or to a question or exclamation
 * followed by a lower-case narration ("—¿Viene?, se le preguntó."), or to the end
 * of the paragraph. An aside closed by a dash goes back to the words: in "—No
 * habrá tropas —aseguró el canciller—. Eso quedó claro." the second sentence is
 * spoken too. It refuses to guess: a dash line with none of those cues is a
 * quote only when the previous paragraph introduces it with a colon or is itself a
 * dialogue line, or when it ends a sentence inside an exchange already under way;
 * otherwise (a byline "—Reporting by …", a list item) it is not speech. One
 * bounded pass over the paragraph.
 */
import { foldKey } from '../actors/fold-text';
import { isCueAt } from './speech-cues';

export interface DialogueLine {
  /** Offset of the opening dash. */
  open: number;
  /** Just past the narrator's dash, the question mark, or the end of the paragraph. */
  close: number;
  /** The spoken words. */
  start: number;
  end: number;
  /** The words after an aside closed by a dash ("—aseguró—. Eso quedó claro."), up to the next aside or the paragraph's end. */
  rest?: { start: number; end: number; close: number };
}

interface Range {
  start: number;
  end: number;
}

const DASHES = new Set(['\u2014', '\u2015']);
const SPACE = /[\s\u00a0]/u;
const FIRST_SPOKEN = /[\p{L}\p{N}\u00bf\u00a1\u00ab"\u201c.]/u;
const LOWER = /\p{Ll}/u;
/** Clitics that may precede the narrator's verb: "—le dijo", "—se quejó", "—nos contó". */
const CLITICS = new Set(['le', 'les', 'me', 'te', 'se', 'nos', 'lo', 'la']);

/** The dash a paragraph starts with, when a word follows it directly. */
function openingDash(text: string, p: Range): number {
  let i = p.start;
  while (i < p.end && SPACE.test(text[i] ?? '')) i += 1;
  if (!DASHES.has(text[i] ?? '')) return -1;
  return FIRST_SPOKEN.test(text[i + 1] ?? '') ? i : -1;
}

/** Whether a paragraph looks like a dialogue line at all (a dash glued to a word). */
export function startsWithDialogueDash(text: string, p: Range): boolean {
  return openingDash(text, p) !== -1;
}

/** The folded words right after `from`, at most `n` of them, within `to`. */
function wordsAt(text: string, from: number, to: number, n: number): string[] {
  // A bounded window: a long paragraph with no letters after the dash must not be searched to its end.
  const words = text.slice(from, Math.min(to, from + 60)).match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.slice(0, n).map((w) => foldKey(w));
}

/** Whether a narrator's aside starting at `from` opens with a speech verb, past clitics. */
function isSpeechTag(text: string, from: number, to: number): boolean {
  const words = wordsAt(text, from, to, 4);
  let k = 0;
  while (k < 2 && CLITICS.has(words[k] ?? '')) k += 1;
  const w = words[k];
  return w !== undefined && isCueAt(w, words[k + 1]);
}

function trimmedEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && /[\s,;:]/u.test(text[e - 1] ?? '')) e -= 1;
  return e;
}

/** Whether the dash at `i` opens a narrator's aside: " —dijo", " —le respondió". */
function isAside(text: string, i: number, to: number): boolean {
  return DASHES.has(text[i] ?? '') && SPACE.test(text[i - 1] ?? '') && LOWER.test(text[i + 1] ?? '') && isSpeechTag(text, i + 1, to);
}

/** Longest narrator's aside looked at for its closing dash. */
const MAX_ASIDE = 120;

/** The spoken words after an aside starting at `from` that a dash closes ("—aseguró el canciller—. Eso…"), if any. */
function resumed(text: string, from: number, to: number): DialogueLine['rest'] | null {
  let j = from;
  const limit = Math.min(to, from + MAX_ASIDE);
  while (j < limit && !DASHES.has(text[j] ?? '') && !/[.!?\n]/u.test(text[j] ?? '')) j += 1;
  if (!DASHES.has(text[j] ?? '')) return null;
  let k = j + 1;
  while (k < to && /[.,;:\s\u00a0]/u.test(text[k] ?? '')) k += 1;
  if (k >= to || !FIRST_SPOKEN.test(text[k] ?? '')) return null;
  for (let i = k; i < to; i += 1) {
    if (isAside(text, i, to)) {
      const end = trimmedEnd(text, k, i);
      return end > k ? { start: k, end, close: i } : null;
    }
  }
  const end = trimmedEnd(text, k, to);
  return end > k ? { start: k, end, close: to } : null;
}

/**
 * The dialogue line of a paragraph, if it is one. `introduced` says whether the
 * paragraph before ends with a colon or is itself a dialogue line.
 */
export function dialogueLine(text: string, p: Range, introduced: boolean): DialogueLine | null {
  const open = openingDash(text, p);
  if (open === -1) return null;
  const start = open + 1;
  for (let i = start; i < p.end; i += 1) {
    const ch = text[i] ?? '';
    if (isAside(text, i, p.end)) {
      const end = trimmedEnd(text, start, i);
      if (end <= start) return null;
      const rest = resumed(text, i + 1, p.end);
      return rest ? { open, close: i + 1, start, end, rest } : { open, close: i + 1, start, end };
    }
    if (ch === '?' || ch === '!') {
      let k = i + 1;
      if (text[k] === ',') k += 1;
      if (k > i + 1 || SPACE.test(text[k] ?? '')) {
        while (k < p.end && SPACE.test(text[k] ?? '')) k += 1;
        if (LOWER.test(text[k] ?? '') && isSpeechTag(text, k, p.end)) return { open, close: i + 1, start, end: i + 1 };
      }
    }
  }
  if (!introduced) return null;
  const end = trimmedEnd(text, start, p.end);
  return end > start ? { open, close: p.end, start, end } : null;
}
