import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../schema/timeline';
import type { CleanDocument } from '../model';
import { cleanDocument } from './clean-document';

const seedDir = fileURLToPath(new URL('../../../data/documents/', import.meta.url));

function clean(name: string): CleanDocument {
  const text = readFileSync(`${seedDir}${name}`, 'utf8');
  return cleanDocument({ id: name as DocumentId, path: name, format: 'txt', text, bodyStart: 0, meta: {}, diagnostics: [] });
}

function dateOf(doc: CleanDocument, words: string) {
  const found = doc.dates.find((d) => doc.text.slice(d.start, d.end).includes(words));
  if (!found) throw new Error(`no date mention "${words}" in ${doc.path}`);
  return found.value;
}

function blockKindOf(doc: CleanDocument, words: string): string[] {
  return doc.blocks.filter((b) => doc.text.slice(b.start, b.end).includes(words)).map((b) => b.kind);
}

describe('the seed articles', () => {
  it('dates doc 004 from its timestamp and resolves its relative dates against it', () => {
    const doc = clean('004_508a3fb128a196f7.txt');
    expect(doc.published).toEqual({ year: 2026, month: 1, day: 17 });
    expect(doc.title).toBe('Mexico Rejects Direct U.S. Military Intervention Against Drug Cartels');
    expect(doc.diagnostics.filter((d) => d.rule === 'conflicting-publication-date')).toEqual([]);
    expect(dateOf(doc, 'January 3')).toMatchObject({ start: '2026-01-03', precision: 'day', basis: 'relative' });
    expect(dateOf(doc, 'This week')).toMatchObject({ start: '2026-01-12', end: '2026-01-18', precision: 'week', basis: 'relative' });
    expect(dateOf(doc, 'last year')).toMatchObject({ start: '2025', precision: 'year', basis: 'relative' });
    expect(blockKindOf(doc, '2026-01-17T01:52:41')).toEqual(['meta']);
  });

  it('dates doc 002 from its source line and skips the site name', () => {
    const doc = clean('002_b5b6aae21bfda0bb.txt');
    expect(doc.published).toEqual({ year: 2025, month: 11, day: 19 });
    expect(doc.title).toBe('Mexico Rejects U.S. Military Intervention in Fight Against Cartels');
    expect(dateOf(doc, '2025')).toMatchObject({ start: '2025', precision: 'year', basis: 'stated' });
    expect(blockKindOf(doc, 'More recent coverage')).toEqual(['noise']);
  });

  it('infers the year of doc 000 year-less days from its latest stated day, and leaves weekdays unresolved', () => {
    const doc = clean('000_03a3d458316e5dff.txt');
    expect(doc.published).toBeNull();
    expect(doc.stories.every((s) => s.lowerBound?.day === 29 && s.lowerBound.month === 1 && s.lowerBound.year === 2026)).toBe(true);
    expect(dateOf(doc, 'January 3, 2026')).toMatchObject({ start: '2026-01-03', precision: 'day', basis: 'stated' });
    expect(dateOf(doc, 'January 29, 2026')).toMatchObject({ start: '2026-01-29', precision: 'day', basis: 'stated' });
    expect(dateOf(doc, 'January 19')).toMatchObject({ start: '2026-01-19', precision: 'day', basis: 'inferred' });
    expect(dateOf(doc, 'January 12')).toMatchObject({ start: '2026-01-12', precision: 'day', basis: 'inferred' });
    expect(dateOf(doc, 'Monday')).toMatchObject({ start: null, precision: 'unknown' });
    expect(dateOf(doc, 'October 2024')).toMatchObject({ start: '2024-10', precision: 'month', basis: 'stated' });
    expect(dateOf(doc, 'February')).toMatchObject({ start: null });
  });

  it('splits the related block of doc 000 into separate stories and drops its Russian furniture', () => {
    const doc = clean('000_03a3d458316e5dff.txt');
    expect(blockKindOf(doc, 'Связанные статьи')).toEqual(['meta']);
    expect(blockKindOf(doc, 'Этот сайт использует куки')).toEqual(['noise']);
    expect(blockKindOf(doc, 'Отклонить')).toEqual(['noise']);
    expect(blockKindOf(doc, 'Dramatic illustration')).toEqual(['noise']);
    expect(doc.blocks.filter((b) => doc.text.slice(b.start, b.end).trim() === 'Сообщено ИИ').every((b) => b.kind === 'noise')).toBe(true);
    const storyOf = (words: string) => doc.blocks.find((b) => doc.text.slice(b.start, b.end).includes(words))?.story;
    expect(storyOf('In the wake of the US capture')).toBe(storyOf('Trump escalates threats against Mexican cartels'));
    const related = new Set(doc.blocks.filter((b) => b.kind === 'related').map((b) => b.story));
    expect(related.size).toBe(7);
    expect(storyOf('Alejandro \'Alito\' Moreno, PRI leader')).toBe(0);
    expect(storyOf('during a phone call on January 29, 2026')).not.toBe(storyOf('In the wake of the US capture'));
  });

  it('drops the ID lines and comment form of doc 001 and takes its outlet from the source line', () => {
    const doc = clean('001_17f309d8c28a3e47.txt');
    expect(doc.outlet).toBe('foxnews.com');
    expect(doc.published).toBeNull();
    expect(blockKindOf(doc, '77b894ee-98c4-41e9-bdc0-672c7d31e19b')).toEqual(['noise']);
    expect(doc.blocks.find((b) => doc.text.slice(b.start, b.end) === '0')?.kind).toBe('noise');
    expect(blockKindOf(doc, 'Leave a Reply')).toEqual(['noise']);
    expect(blockKindOf(doc, 'Your email address will not be published')).toEqual(['noise']);
    expect(doc.diagnostics.filter((d) => d.rule === 'noise-block' && d.severity === 'info')).toHaveLength(4);
    expect(doc.dates).toEqual([]);
  });

  it('takes the repeated headline of doc 003 as its title and marks repeated paragraphs as duplicates', () => {
    const doc = clean('003_762d60e56c0ed017.txt');
    expect(doc.title).toBe("Mexico Denies Trump's Military Intervention Plans Against Drug Cartels");
    expect(blockKindOf(doc, 'Mexico Denies Trump')).toEqual(['title', 'duplicate']);
    expect(blockKindOf(doc, 'Sheinbaum has previously rejected')).toEqual(['body', 'duplicate']);
    expect(blockKindOf(doc, 'Despite tensions')).toEqual(['body', 'duplicate']);
    expect(doc.diagnostics.filter((d) => d.rule === 'duplicate-paragraph')).toHaveLength(3);
    expect(dateOf(doc, 'on Friday')).toMatchObject({ start: null, precision: 'unknown' });
    expect(dateOf(doc, 'earlier this year')).toMatchObject({ start: null, precision: 'unknown' });
  });

  it('gives every seed sentences that lie inside read blocks', () => {
    for (const name of ['000_03a3d458316e5dff.txt', '001_17f309d8c28a3e47.txt', '002_b5b6aae21bfda0bb.txt', '003_762d60e56c0ed017.txt', '004_508a3fb128a196f7.txt']) {
      const doc = clean(name);
      expect(doc.sentences.length).toBeGreaterThan(3);
      for (const s of doc.sentences) {
        const block = doc.blocks[s.block];
        expect(block && (block.kind === 'body' || block.kind === 'related')).toBe(true);
        expect(block && s.start >= block.start && s.end <= block.end).toBe(true);
      }
    }
  });
});
