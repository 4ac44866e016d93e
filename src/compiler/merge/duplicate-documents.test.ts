import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { duplicateSignature, findDuplicateDocuments, findDuplicateDocumentsExhaustive, jaccard, searchDuplicates, searchDuplicatesExhaustive, shingles, updateDuplicates } from './duplicate-documents';

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

describe('findDuplicateDocuments (indexed) against comparing every pair', () => {
  const vocabulary = ['border', 'talks', 'cartel', 'raid', 'minister', 'said', 'on', 'monday', 'the', 'troops', 'vote', 'port', 'deal', 'city', 'we', 'never'];
  const words = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 40 });
  // Documents built from a few base texts with small edits, so near-duplicates, exact copies and misses all occur.
  const corpus = fc
    .tuple(
      fc.array(words, { minLength: 1, maxLength: 4 }),
      fc.array(
        fc.record({
          base: fc.nat(),
          edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...vocabulary), fc.constantFrom('insert', 'replace', 'delete')), { maxLength: 4 }),
          published: fc.option(fc.constantFrom('2031-01-01', '2031-01-02', '2031-02-01'), { nil: null }),
          shout: fc.boolean(),
        }),
        { minLength: 1, maxLength: 14 },
      ),
    )
    .map(([bases, specs]) =>
      specs.map((spec, i) => {
        const text = [...(bases[spec.base % bases.length] ?? [])];
        for (const [at, word, kind] of spec.edits) {
          const k = text.length ? at % text.length : 0;
          if (kind === 'insert') text.splice(k, 0, word);
          else if (kind === 'replace') text[k] = word;
          else text.splice(k, 1);
        }
        const joined = text.join(' ');
        return { id: `d${i}`, path: `p${(i * 7) % 11}-${i}.txt`, text: spec.shout ? joined.toUpperCase() : joined, published: spec.published };
      }),
    );

  it('finds exactly the duplicates, originals and similarities that comparing every pair finds', () => {
    fc.assert(
      fc.property(corpus, (docs) => {
        expect([...findDuplicateDocuments(docs)].sort()).toEqual([...findDuplicateDocumentsExhaustive(docs)].sort());
      }),
      { numRuns: 400 },
    );
  });

  it('links exactly the documents that comparing every pair links: exact repeats and pairs within the lowest similarity', () => {
    fc.assert(
      fc.property(corpus, (docs) => {
        expect([...searchDuplicates(docs).linked].sort()).toEqual([...searchDuplicatesExhaustive(docs).linked].sort());
      }),
      { numRuns: 400 },
    );
  });

  // One article cut short or run on by a varying number of words: pairs of every size ratio, many near the lowest similarity.
  const lengths = fc.tuple(
    fc.array(fc.constantFrom(...vocabulary), { minLength: 20, maxLength: 60 }),
    fc.array(fc.record({ keep: fc.integer({ min: 1, max: 60 }), extra: fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }) }), { minLength: 2, maxLength: 12 }),
  );

  it('finds the same duplicates and links as comparing every pair when the copies are cut or run on by any number of words', () => {
    fc.assert(
      fc.property(lengths, ([base, specs]) => {
        const docs = specs.map((spec, i) => ({ id: `d${i}`, path: `p${i}.txt`, text: [...base.slice(0, spec.keep), ...spec.extra].join(' '), published: null }));
        const indexed = searchDuplicates(docs);
        const every = searchDuplicatesExhaustive(docs);
        expect([...indexed.found].sort()).toEqual([...every.found].sort());
        expect([...indexed.linked].sort()).toEqual([...every.linked].sort());
      }),
      { numRuns: 400 },
    );
  });

  it('reports, for a near copy found from signatures, the Jaccard similarity of the two texts\' shingle sets', () => {
    // Repeated phrases give repeated shingles, which a signature holds once.
    const chorus = 'the council said the council said the talks will go on';
    const a = `${chorus} and ${chorus} while Ana Ruiz waited in Puerto Sol for the convoy. ${article}`;
    const b = `${chorus} and ${chorus} while Ana Ruiz waited in Puerto Sol for the trucks. ${article}`;
    const c = `el consejo dijo el consejo dijo ${a.replace('convoy', 'camión')} el consejo dijo`;
    const docs = [a, b, c].map((text, i) => ({ id: `d${i}`, path: `d${i}.txt`, text, published: null, signature: duplicateSignature(text) }));
    const found = findDuplicateDocuments(docs);
    expect(found.size).toBe(2);
    for (const [id, { original, similarity }] of found) {
      const text = (key: string): string => docs.find((d) => d.id === key)?.text ?? '';
      expect(similarity).toBeCloseTo(jaccard(shingles(text(id)), shingles(text(original))), 12);
    }
  });

  it('finds the same from signatures kept from an earlier build, some documents having none', () => {
    fc.assert(
      fc.property(corpus, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (docs, kept) => {
        const warm = docs.map((d, i) => (kept[i % kept.length] ? { ...d, signature: duplicateSignature(d.text) } : d));
        expect([...findDuplicateDocuments(warm)].sort()).toEqual([...findDuplicateDocumentsExhaustive(docs)].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('still finds a copy among many articles that share a site template', () => {
    const template = 'We use cookies to improve your experience. Accept Decline. Leave a reply. Your email address will not be published.';
    const docs = Array.from({ length: 300 }, (_, i) => ({
      id: `a${i}`,
      path: `a${String(i).padStart(3, '0')}.txt`,
      text: `Story ${i}: the mayor of town ${i} met delegates ${i * 3} and ${i * 5} about bridge ${i % 17} and road ${i % 13}. ${template}`,
      published: null,
    }));
    const copy = { id: 'copy', path: 'z-copy.txt', text: `${docs[123]?.text ?? ''} Share this.`, published: null };
    const found = findDuplicateDocuments([...docs, copy]);
    expect([...found.keys()]).toEqual(['copy']);
    expect(found.get('copy')?.original).toBe('a123');
  });
});

describe('updateDuplicates', () => {
  const other = article.replace(/border talks/gu, 'football scores').replace(/cartel raids/gu, 'weather');
  const third = article.replace(/Sentence number/gu, 'Line').replace(/town/gu, 'harbour').replace(/reader/gu, 'public');

  it('keeps the earlier answer when the changed document is near no other, and refuses when it is', () => {
    const docs = [
      { id: 'a', path: 'a.txt', text: article, published: null },
      { id: 'b', path: 'b.txt', text: `${article} Share this article.`, published: null },
      { id: 'c', path: 'c.txt', text: other, published: null },
    ];
    const before = searchDuplicates(docs);
    expect(before.linked).toEqual(new Set(['a', 'b']));
    const edited = [...docs.slice(0, 2), { id: 'c', path: 'c.txt', text: third, published: null }];
    const updated = updateDuplicates(edited, { changed: new Set(['c']), removed: new Set() }, before);
    expect(updated?.found).toEqual(searchDuplicates(edited).found);
    const copied = [...docs.slice(0, 2), { id: 'c', path: 'c.txt', text: article.replace('town 3', 'city 3'), published: null }];
    expect(updateDuplicates(copied, { changed: new Set(['c']), removed: new Set() }, before)).toBeNull();
    expect(updateDuplicates(docs.slice(1), { changed: new Set(), removed: new Set(['a']) }, before)).toBeNull();
  });

  it('gives the same verdicts from the stored signatures of earlier builds as from the texts, whichever documents carry one', () => {
    const short = 'A short note about the weather in the harbour, nothing more.';
    const docs = [
      { id: 'd', path: 'd.txt', text: article.split(' ').reverse().join(' '), published: null },
      { id: 'a', path: 'a.txt', text: article, published: null },
      { id: 's', path: 's.txt', text: short, published: null },
      { id: 'c', path: 'c.txt', text: other, published: null },
    ];
    const signed = (list: typeof docs, ids: readonly string[]) => list.map((d) => (ids.includes(d.id) ? { ...d, signature: duplicateSignature(d.text) } : d));
    const before = searchDuplicates(docs);
    expect(before.linked).toEqual(new Set());
    const near = [...docs.slice(0, 3), { id: 'c', path: 'c.txt', text: article.replace('town 3', 'city 3'), published: null }];
    const apart = [...docs.slice(0, 3), { id: 'c', path: 'c.txt', text: third, published: null }];
    for (const ids of [[], ['d', 'a', 's', 'c'], ['a'], ['c'], ['d', 'a'], ['s', 'c']]) {
      expect(updateDuplicates(signed(near, ids), { changed: new Set(['c']), removed: new Set() }, before), `signed: ${ids.join()}`).toBeNull();
      expect(updateDuplicates(signed(apart, ids), { changed: new Set(['c']), removed: new Set() }, before)?.found, `signed: ${ids.join()}`).toEqual(searchDuplicates(apart).found);
    }
  });
});
