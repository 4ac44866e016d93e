import { describe, expect, it } from 'vitest';
import { findDuplicateDocuments } from './duplicate-documents';

const article = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} tells the reader about border talks and cartel raids in town ${i}.`).join(' ');

describe('findDuplicateDocuments', () => {
  it('points a byte-identical copy to the earlier-published original', () => {
    const found = findDuplicateDocuments([
      { id: 'b', path: 'b.txt', text: article, published: '2031-01-02' },
      { id: 'a', path: 'z.txt', text: article, published: '2031-01-01' },
    ]);
    expect([...found]).toEqual([['b', { original: 'a', similarity: 1 }]]);
  });

  it('finds a near-identical copy (a changed word, a site footer) but not a different article', () => {
    const near = `${article.replace('town 7', 'city 7')} Share this article.`;
    const other = article.replace(/border talks/gu, 'football scores').replace(/cartel raids/gu, 'weather');
    const found = findDuplicateDocuments([
      { id: 'a', path: 'a.txt', text: article, published: null },
      { id: 'b', path: 'b.txt', text: near, published: null },
      { id: 'c', path: 'c.txt', text: other, published: null },
    ]);
    expect(found.get('b')?.original).toBe('a');
    expect(found.get('b')?.similarity).toBeGreaterThanOrEqual(0.9);
    expect(found.has('c')).toBe(false);
  });

  it('finds an edited copy of a short wire story (one inserted word) but not a short story on another subject', () => {
    const wire =
      'Senator criticises port deal. Halden City, April 14, 2025 - Senator Marcus Odell warned on Monday that the new port agreement would hurt local workers and called for a vote. "This deal was negotiated behind closed doors," Odell told reporters. The agreement was signed on April 2, 2025 by the transport ministry.';
    const edited = wire.replace('warned on Monday', 'warned on Monday morning');
    const other =
      'Mayor opens new library. Halden City, April 14, 2025 - Mayor Ines Brask opened the new library on Monday and promised longer hours for students. "Books are the cheapest school we have," Brask told reporters. The building was finished on April 2, 2025 by a local firm.';
    const found = findDuplicateDocuments([
      { id: 'a', path: 'a.txt', text: wire, published: null },
      { id: 'b', path: 'b.txt', text: edited, published: null },
      { id: 'c', path: 'c.txt', text: other, published: null },
    ]);
    expect(found.get('b')?.original).toBe('a');
    expect(found.has('c')).toBe(false);
  });

  it('does not depend on the order of the documents', () => {
    const docs = [
      { id: 'a', path: 'a.txt', text: article, published: null },
      { id: 'b', path: 'b.txt', text: `${article} More.`, published: null },
    ];
    expect([...findDuplicateDocuments([...docs].reverse())]).toEqual([...findDuplicateDocuments(docs)]);
  });
});
