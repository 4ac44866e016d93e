/**
 * The paragraphs actors and quotes are read from, with their words. Only blocks
 * the text stage kept for extraction count: title, body and related items; never
 * noise, duplicates or meta lines.
 */
import type { BlockKind, CleanDocument } from '../model';
import { separatorKey, wordTokens, type WordToken } from './word-tokens';

export interface ParagraphWords {
  start: number;
  end: number;
  block: number;
  kind: BlockKind;
  story: number;
  tokens: WordToken[];
  /** separators[j]: the folded text between token j-1 and token j ('' for j = 0). */
  separators: string[];
}

const DEFAULT_KINDS: readonly BlockKind[] = ['title', 'body', 'related'];

/** Both stages read the same words: tokenise each document once. */
const cache = new WeakMap<CleanDocument, ParagraphWords[]>();

export function paragraphWords(doc: CleanDocument, kinds: readonly BlockKind[] = DEFAULT_KINDS): ParagraphWords[] {
  let all = cache.get(doc);
  if (!all) {
    all = tokenise(doc);
    cache.set(doc, all);
  }
  return all.filter((p) => kinds.includes(p.kind));
}

function tokenise(doc: CleanDocument): ParagraphWords[] {
  const out: ParagraphWords[] = [];
  doc.blocks.forEach((b, block) => {
    if (!DEFAULT_KINDS.includes(b.kind) || b.end <= b.start) return;
    const tokens = wordTokens(doc.text, b.start, b.end);
    const separators = tokens.map((t, j) => {
      const prev = tokens[j - 1];
      return prev ? separatorKey(doc.text, prev.end, t.start) : '';
    });
    out.push({ start: b.start, end: b.end, block, kind: b.kind, story: b.story, tokens, separators });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Index of the sentence containing `offset` (or the last one before it); -1 when there is none. */
export function sentenceAt(doc: CleanDocument, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (!s) break;
    if (s.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
