import { describe, expect, it } from 'vitest';
import { scanQuotes } from './quote-scanner';
import { frameOf, sentenceStarts } from './sentence-frames';

function sentences(text: string): string[] {
  const p = { start: 0, end: text.length };
  const starts = sentenceStarts(text, p, scanQuotes(text, [p]));
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim());
}

describe('sentenceStarts', () => {
  it('does not split inside a quote', () => {
    expect(sentences('"It is over. We won," she said. Then she left.')).toEqual(['"It is over. We won," she said.', 'Then she left.']);
  });

  it('ends a sentence at a quote that ends with a full stop', () => {
    expect(sentences('He said "we are done." Nobody answered.')).toEqual(['He said "we are done."', 'Nobody answered.']);
  });

  it('does not split after initials and abbreviations, except before a quote', () => {
    expect(sentences('The U.S. Army and Gen. Ruiz met Mr. Lee. It rained.')).toEqual(['The U.S. Army and Gen. Ruiz met Mr. Lee.', 'It rained.']);
    expect(sentences('They were sent to the U.S. “It works,” he said.')).toEqual(['They were sent to the U.S.', '“It works,” he said.']);
  });

  it('gives the sentence around a range', () => {
    const text = 'One. Two "three" four. Five.';
    const p = { start: 0, end: text.length };
    const starts = sentenceStarts(text, p, scanQuotes(text, [p]));
    const f = frameOf(starts, text.length, 9, 16);
    expect(text.slice(f.start, f.end).trim()).toBe('Two "three" four.');
  });
});
