/**
 * The segment stage: sentences of the blocks that are extracted from (article
 * body and related items). Titles, metadata, noise and duplicates get none, so a
 * repeated paragraph can never yield a second event or quote.
 */
import type { Block, Sentence } from '../model';
import { splitSentences } from './sentences';

export function segmentSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'body' && block.kind !== 'related') return;
    for (const span of splitSentences(text, block.start, block.end)) {
      sentences.push({ start: span.start, end: span.end, block: index, story: block.story });
    }
  });
  return sentences;
}
