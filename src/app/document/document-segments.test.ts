import { describe, expect, it } from 'vitest';
import { documentSegments } from './document-segments';

describe('document segments', () => {
  const text = 'Title\n\nHe said "we will act" today.\n\nRelated junk';
  const blocks = [
    { start: 0, end: 5, kind: 'title' as const },
    { start: 7, end: 35, kind: 'body' as const },
    { start: 37, end: 49, kind: 'noise' as const, reason: 'related list' },
  ];

  it('splits the text into its blocks and marks every extracted span', () => {
    const views = documentSegments({ text, blocks }, [
      { id: 'e1', kind: 'event', start: 7, end: 34 },
      { id: 'q1', kind: 'quote', start: 16, end: 27 },
    ]);
    expect(views.map((v) => v.kind)).toEqual(['title', 'body', 'noise']);
    const body = views[1]!;
    expect(body.segments.map((s) => [s.text, s.items])).toEqual([
      ['He said "', ['e1']],
      ['we will act', ['q1', 'e1']],
      ['" today', ['e1']],
      ['.', []],
    ]);
    expect(views[2]!.reason).toBe('related list');
  });

  it('shows text that no block covers as left out, so nothing is hidden', () => {
    const views = documentSegments({ text: 'kept. stray words', blocks: [{ start: 0, end: 5, kind: 'body' }] }, []);
    expect(views.map((v) => [v.kind, v.segments.map((s) => s.text).join('')])).toEqual([
      ['body', 'kept.'],
      ['unlisted', ' stray words'],
    ]);
  });

  it('shows the whole text as body when there are no blocks, and clips spans past the end', () => {
    const views = documentSegments({ text: 'abc', blocks: [] }, [{ id: 'x', kind: 'quote', start: 1, end: 99 }]);
    expect(views).toHaveLength(1);
    expect(views[0]!.segments.map((s) => s.text)).toEqual(['a', 'bc']);
  });
});
