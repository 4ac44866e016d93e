import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { registryFrom, whoSaidWhat } from '../fixtures/who-said-what';

const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const registry = registryFrom(readFileSync(fileURLToPath(new URL('../fixtures/actors.quotes-test.yaml', import.meta.url)), 'utf8'));

interface Expectation {
  quotes: { speaker: string | null; startsWith: string }[];
  actors?: string[];
}

const articles = readdirSync(dir).filter((f) => f.startsWith('quotes-') && f.endsWith('.txt')).sort();

describe('the invented quote articles', () => {
  it('has at least six of them, two in Spanish', () => {
    expect(articles.length).toBeGreaterThanOrEqual(6);
    expect(articles.filter((a) => a.startsWith('quotes-es-')).length).toBeGreaterThanOrEqual(2);
  });

  for (const file of articles) {
    const expected = parse(readFileSync(`${dir}${file.replace(/\.txt$/u, '.expect.yaml')}`, 'utf8')) as Expectation;
    const result = whoSaidWhat(readFileSync(`${dir}${file}`, 'utf8'), registry, file);

    it(`finds exactly the expected quotes and speakers in ${file}`, () => {
      const got = result.said.map(([speaker, text]) => ({ speaker, text }));
      expect(got.map((g) => g.speaker)).toEqual(expected.quotes.map((q) => q.speaker));
      expected.quotes.forEach((q, i) => expect(got[i]?.text.startsWith(q.startsWith), `quote ${i + 1}: "${got[i]?.text ?? ''}"`).toBe(true));
    });

    it(`cites the exact quoted words of ${file}`, () => {
      for (const q of result.quotes) {
        if (!q.text.includes('\n\n')) expect(result.doc.text.slice(q.start, q.end)).toBe(q.text);
        expect(result.doc.text.slice(q.context.start, q.context.end)).toContain(q.text.split('\n\n')[0] ?? '');
      }
    });

    if (expected.actors) {
      it(`names the expected actors in ${file}`, () => {
        const names = new Set(result.named.map(([, name]) => name));
        for (const a of expected.actors ?? []) expect(names).toContain(a);
      });
    }
  }
});
