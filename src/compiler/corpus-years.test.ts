import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../schema/timeline';
import { compileCorpus } from './compile';
import { corpusSpan } from './corpus-years';
import type { SourceDocument } from './model';

const actors =
  'actors:\n  - name: Ana Ruiz\n    aliases: [Ruiz]\n    country: null\n    kind: person\n    gender: female\n' +
  '  - name: Ivo Brask\n    aliases: [Brask]\n    country: null\n    kind: person\n    gender: male\n';

function doc(path: string, text: string, published?: string): SourceDocument {
  return { id: path as DocumentId, path, format: 'txt', text, bodyStart: 0, meta: published ? { published } : {}, diagnostics: [] };
}

/** Each event of the undated file, as "type date basis". */
function undatedEvents(documents: SourceDocument[], file: string): string[] {
  const { timeline } = compileCorpus(documents, { actors: { path: 'actors.yaml', text: actors }, project: null, curation: null });
  const id = timeline.documents.find((d) => d.path === file)?.id;
  return timeline.events.filter((e) => e.sources.some((s) => s.document === id)).map((e) => `${e.type} ${e.date.start ?? '-'} ${e.date.basis}`);
}

const dated = [
  doc('a.txt', 'Port talks\n\nAna Ruiz met Ivo Brask in Port Alden on Monday to discuss the port.\n', '2031-02-12'),
  doc('b.txt', 'Port deal\n\nIvo Brask said on Tuesday that the port would reopen.\n', '2031-03-04'),
];

describe('a year-less dateline in a document that states no year', () => {
  it('takes its year from the span the corpus\'s dated articles were published in, so "ayer" gets its day, in Spanish', () => {
    const es = doc('c.txt', 'Puerto\n\nPUERTO NIEVE, Son., 20 de febrero.- Ana Ruiz se reunió ayer con Ivo Brask en el puerto.\n');
    expect(undatedEvents([...dated, es], 'c.txt')).toEqual(['meeting 2031-02-19 inferred']);
  });

  it('does so in English, with "on Tuesday" resolved against the placed dateline', () => {
    const en = doc('c.txt', 'Port\n\nLAKEVIEW, Ariz., Feb. 20 — Ana Ruiz met Ivo Brask at the port on Tuesday.\n');
    // February 20, 2031 is a Thursday.
    expect(undatedEvents([...dated, en], 'c.txt')).toEqual(['meeting 2031-02-18 inferred']);
  });

  it('gives the same result whatever the order of the files', () => {
    const es = doc('c.txt', 'Puerto\n\nPUERTO NIEVE, Son., 20 de febrero.- Ana Ruiz se reunió ayer con Ivo Brask en el puerto.\n');
    expect(undatedEvents([es, dated[1]!, dated[0]!], 'c.txt')).toEqual(undatedEvents([...dated, es], 'c.txt'));
  });

  it('stays undated when the dateline falls outside the span, or when no article of the corpus is dated', () => {
    const far = doc('c.txt', 'Puerto\n\nPUERTO NIEVE, Son., 20 de agosto.- Ana Ruiz se reunió ayer con Ivo Brask en el puerto.\n');
    expect(undatedEvents([...dated, far], 'c.txt')).toEqual([expect.stringMatching(/^meeting - /u)]);
    const alone = doc('c.txt', 'Port\n\nLAKEVIEW, Ariz., Feb. 20 — Ana Ruiz met Ivo Brask at the port on Tuesday.\n');
    expect(undatedEvents([alone], 'c.txt')).toEqual([expect.stringMatching(/^meeting - /u)]);
  });
});

describe('the corpus span', () => {
  const day = (year: number, month: number, d: number) => ({ year, month, day: d });

  it('runs from a month before the first dated article to a month after the last', () => {
    expect(corpusSpan([{ published: day(2031, 2, 12) }, { published: null }, { published: day(2031, 3, 4) }])).toEqual({ from: '2031-01-12', to: '2031-04-04' });
  });

  it('is not given when the articles span a year or more, where a month and day may fall twice', () => {
    expect(corpusSpan([{ published: day(2030, 3, 1) }, { published: day(2031, 2, 1) }])).toBeNull();
  });
});
