/**
 * Splits the article body into paragraph spans. Blank lines always separate
 * paragraphs. Scraped text often puts one paragraph per line with no blank line
 * between them, so the lines of a paragraph are split apart too, unless they look
 * hard-wrapped (a line that stops mid-sentence and the next continues in lower
 * case, or a run of lines of similar width). Offsets index the original text.
 */

export interface Span {
  start: number;
  end: number;
}

export interface RawBlock extends Span {
  /** Blocks split from the same blank-line paragraph share this number. */
  paragraph: number;
}

interface Line extends Span {
  /** Offset of the first non-space character, and one past the last. */
  textStart: number;
  textEnd: number;
}

const SPACE = /[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000\ufeff]/;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let textStart = start;
    while (textStart < end && isSpace(text[textStart])) textStart += 1;
    let textEnd = end;
    while (textEnd > textStart && isSpace(text[textEnd - 1])) textEnd -= 1;
    lines.push({ start, end, textStart, textEnd });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'as',
  'y', 'o', 'pero', 'el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'al', 'a', 'en', 'con', 'por', 'para', 'que',
]);

const SENTENCE_END = /[.!?…:;"'”’»)\]]$/u;
const LOWER_START = /^[a-zà-öø-ÿ(]/u;

/** Whether the next line continues the previous one (hard wrap) rather than starting a block. */
function continues(text: string, prev: Line, next: Line): boolean {
  const prevText = text.slice(Math.max(prev.textStart, prev.textEnd - 2), prev.textEnd);
  if (SENTENCE_END.test(prevText)) return false;
  const first = text.slice(next.textStart, next.textStart + 1);
  if (LOWER_START.test(first)) return true;
  if (/[,\-–—]$/u.test(prevText)) return true;
  // A line cannot end a paragraph on "and", "of the" or "de": it is wrapped.
  const lastWord = /[\p{L}]+$/u.exec(text.slice(Math.max(prev.textStart, prev.textEnd - 12), prev.textEnd))?.[0];
  return lastWord !== undefined && FUNCTION_WORDS.has(lastWord);
}

/**
 * A hard-wrapped paragraph: lines of similar width (55–100 chars) where most
 * breaks fall mid-sentence. Scraped one-paragraph-per-line text can have lines of
 * that width too, but its lines end sentences (or are headlines), so it stays split.
 */
function looksHardWrapped(text: string, lines: Line[]): boolean {
  if (lines.length < 3) return false;
  let midSentence = 0;
  for (let i = 0; i < lines.length - 1; i += 1) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line || !next) return false;
    const width = line.textEnd - line.textStart;
    if (width < 55 || width > 100) return false;
    if (continues(text, line, next)) midSentence += 1;
  }
  return midSentence * 2 >= lines.length - 1;
}

export function splitBlocks(text: string, from: number): RawBlock[] {
  const blocks: RawBlock[] = [];
  let paragraphIndex = 0;
  let paragraph: Line[] = [];
  const flush = (): void => {
    if (paragraph.length === 0) return;
    if (looksHardWrapped(text, paragraph)) {
      const first = paragraph[0];
      const last = paragraph[paragraph.length - 1];
      if (first && last) blocks.push({ start: first.textStart, end: last.textEnd, paragraph: paragraphIndex });
    } else {
      let current: RawBlock | null = null;
      let prev: Line | null = null;
      for (const line of paragraph) {
        if (current && prev && continues(text, prev, line)) {
          current.end = line.textEnd;
        } else {
          if (current) blocks.push(current);
          current = { start: line.textStart, end: line.textEnd, paragraph: paragraphIndex };
        }
        prev = line;
      }
      if (current) blocks.push(current);
    }
    paragraph = [];
    paragraphIndex += 1;
  };
  for (const line of splitLines(text, from)) {
    if (line.textEnd <= line.textStart) flush();
    else paragraph.push(line);
  }
  flush();
  return blocks;
}
