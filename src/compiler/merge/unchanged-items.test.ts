import { describe, expect, it } from 'vitest';
import type { Curation } from '../curation/parse-curation';
import { curationInert } from './unchanged-items';

const corpus = [
  { id: 'halden-herald.txt', path: 'halden-herald.txt' },
  { id: 'diario-quinta.md', path: 'es/diario-quinta.md' },
];
const empty: Curation = { path: 'data/curation.yaml', events: [], add: [], quotes: [], story: [] };
const pin = (document: string) => ({ document, match: 'Varga met Okafor', line: 3 });

describe('whether curation can reach an item a fresh process would copy', () => {
  it('cannot when the file has no entries, or every entry names a document outside the corpus', () => {
    expect(curationInert(empty, corpus)).toBe(true);
    expect(curationInert({ ...empty, events: [{ ...pin('port-aldren.txt'), title: 'Varga se reúne con Okafor' }], story: [pin('marlow-bay.txt')] }, corpus)).toBe(true);
  });

  it('can when any entry, of any kind, names a document of the corpus by path or id', () => {
    expect(curationInert({ ...empty, events: [{ ...pin('halden-herald.txt'), hide: true }] }, corpus)).toBe(false);
    expect(curationInert({ ...empty, quotes: [{ ...pin('es/diario-quinta.md'), speaker: null }] }, corpus)).toBe(false);
    expect(curationInert({ ...empty, add: [{ ...pin('diario-quinta.md'), type: 'meeting', date: null, title: 'Reunión', actors: [] }] }, corpus)).toBe(false);
    expect(curationInert({ ...empty, story: [pin('halden-herald.txt')] }, corpus)).toBe(false);
  });
});
