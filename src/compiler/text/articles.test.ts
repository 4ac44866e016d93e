import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { DocumentId } from '../../schema/timeline';
import type { CleanDocument, SourceDocument } from '../model';
import { cleanDocument } from './clean-document';

/**
 * Invented articles in src/compiler/fixtures/articles/text-*, each with a sibling
 * <name>.expect.yaml stating what the text stages must produce.
 */
const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const articles = readdirSync(dir).filter((f) => /^text-.*\.(txt|md)$/.test(f)).sort();

interface ExpectedDate {
  text: string;
  start: string | null;
  end?: string;
  precision: string;
  basis?: string;
}

interface Expectation {
  published: string | null;
  title?: string;
  language?: string;
  outlet?: string;
  url?: string;
  dates?: ExpectedDate[];
  absentDates?: string[];
  blocks?: Record<string, string[]>;
  sameStory?: [string, string][];
  differentStory?: [string, string][];
  warnings?: string[];
}

function read(name: string): SourceDocument {
  const text = readFileSync(`${dir}${name}`, 'utf8');
  const doc: SourceDocument = { id: name as DocumentId, path: name, format: name.endsWith('.md') ? 'md' : 'txt', text, bodyStart: 0, meta: {}, diagnostics: [] };
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (front) {
    const meta = parseYaml(front[1] ?? '') as Record<string, unknown>;
    doc.bodyStart = front[0].length;
    for (const key of ['title', 'url', 'outlet', 'published', 'language'] as const) {
      const value = meta[key];
      if (typeof value === 'string') doc.meta[key] = value;
    }
  }
  return doc;
}

const pad = (n: number) => String(n).padStart(2, '0');

function blockWith(doc: CleanDocument, words: string) {
  return doc.blocks.find((b) => doc.text.slice(b.start, b.end).includes(words) && (b.kind === 'body' || b.kind === 'related'))
    ?? doc.blocks.find((b) => doc.text.slice(b.start, b.end).includes(words));
}

describe.each(articles)('invented article %s', (name) => {
  const expectation = parseYaml(readFileSync(`${dir}${name.replace(/\.(txt|md)$/, '.expect.yaml')}`, 'utf8')) as Expectation;
  const doc = cleanDocument(read(name));

  it('finds the publication date, title, language, outlet and url', () => {
    const published = doc.published ? `${doc.published.year}-${pad(doc.published.month)}-${pad(doc.published.day)}` : null;
    expect(published).toBe(expectation.published);
    if (expectation.title !== undefined) expect(doc.title).toBe(expectation.title);
    if (expectation.language !== undefined) expect(doc.language).toBe(expectation.language);
    if (expectation.outlet !== undefined) expect(doc.outlet).toBe(expectation.outlet);
    if (expectation.url !== undefined) expect(doc.url).toBe(expectation.url);
  });

  it('resolves each date mention as expected', () => {
    for (const want of expectation.dates ?? []) {
      const candidates = doc.dates
        .filter((d) => doc.text.slice(d.start, d.end).includes(want.text))
        .sort((a, b) => a.end - a.start - (b.end - b.start));
      const got = candidates[0];
      expect(got, `a date mention "${want.text}"`).toBeDefined();
      const value = got?.value;
      expect({ text: want.text, start: value?.start, end: value?.end, precision: value?.precision }).toEqual({
        text: want.text,
        start: want.start,
        end: want.end,
        precision: want.precision,
      });
      if (want.basis) expect(value?.basis, want.text).toBe(want.basis);
      expect(doc.sentences[got?.sentence ?? -1]?.start ?? Infinity).toBeLessThanOrEqual(got?.start ?? 0);
    }
    for (const words of expectation.absentDates ?? []) {
      expect(doc.dates.filter((d) => doc.text.slice(d.start, d.end).includes(words) || words.includes(doc.text.slice(d.start, d.end))), words).toEqual([]);
    }
  });

  it('classifies noise, metadata, duplicates and related items', () => {
    for (const [kind, texts] of Object.entries(expectation.blocks ?? {})) {
      for (const words of texts) {
        const kinds = doc.blocks.filter((b) => doc.text.slice(b.start, b.end).includes(words)).map((b) => b.kind);
        expect(kinds, `"${words}"`).toContain(kind);
      }
    }
    for (const [a, b] of expectation.sameStory ?? []) expect(blockWith(doc, a)?.story, `${a} / ${b}`).toBe(blockWith(doc, b)?.story);
    for (const [a, b] of expectation.differentStory ?? []) expect(blockWith(doc, a)?.story, `${a} / ${b}`).not.toBe(blockWith(doc, b)?.story);
  });

  it('emits exactly the expected warnings, each positioned', () => {
    const warnings = doc.diagnostics.filter((d) => d.severity !== 'info');
    expect(warnings.map((d) => d.rule).sort()).toEqual([...(expectation.warnings ?? [])].sort());
    for (const w of warnings) expect(w.document).toBe(name);
  });
});
