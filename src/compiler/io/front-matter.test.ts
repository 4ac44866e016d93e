import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter';

describe('readFrontMatter', () => {
  it('reads the metadata fields and starts the body after the closing fence', () => {
    const text = '---\ntitle: Una noticia\nurl: https://example.org/a\noutlet: Diario\npublished: 2025-11-19\nlanguage: es-MX\n---\nCuerpo.\n';
    const fm = readFrontMatter(text, 'a.md');
    expect(fm.meta).toEqual({ title: 'Una noticia', url: 'https://example.org/a', outlet: 'Diario', published: '2025-11-19', language: 'es' });
    expect(text.slice(fm.bodyStart)).toBe('Cuerpo.\n');
    expect(fm.diagnostics).toEqual([]);
  });

  it('takes the calendar day of a timestamp as written, whatever the offset', () => {
    expect(readFrontMatter('---\npublished: 2026-01-17T23:52:41-08:00\n---\nx', 'a.md').meta.published).toBe('2026-01-17');
  });

  it('reads a publication day written out in words, in English and Spanish', () => {
    const published = (value: string) => readFrontMatter(`---\npublished: "${value}"\n---\nx`, 'a.md').meta.published;
    expect(published('Friday, October 9, 2026 7:15 AM ET')).toBe('2026-10-09');
    expect(published('Oct. 9, 2026')).toBe('2026-10-09');
    expect(published('miércoles 21 de abril de 2027, 07:15 h')).toBe('2027-04-21');
    expect(published('21 Apr 2027')).toBe('2027-04-21');
  });

  it('reads a publication day in figures when its day cannot be a month, day first or month first', () => {
    const fm = (value: string) => readFrontMatter(`---\npublished: "${value}"\n---\nx`, 'a.md').meta.published;
    expect(fm('21/04/2027 19:48')).toBe('2027-04-21');
    expect(fm('04/21/2027 7:48 PM')).toBe('2027-04-21');
    expect(fm('21.04.2027')).toBe('2027-04-21');
    expect(fm('31/04/2027')).toBeUndefined();
    expect(fm('21/04/2027, after the vote')).toBeUndefined();
  });

  it('refuses a written day whose weekday is wrong, or whose day and month could be swapped', () => {
    const fm = (value: string) => readFrontMatter(`---\npublished: "${value}"\n---\nx`, 'a.md');
    expect(fm('Monday, October 9, 2026 7:15 AM ET').meta.published).toBeUndefined();
    expect(fm('Monday, October 9, 2026 7:15 AM ET').diagnostics).toMatchObject([{ severity: 'warning', rule: 'invalid-metadata' }]);
    expect(fm('03/05/2026').meta.published).toBeUndefined();
    expect(fm('Friday, October 9, 2026, the day of the vote').meta.published).toBeUndefined();
  });

  it('reports malformed YAML as an error on its line and still finds the body', () => {
    const text = '---\ntitle: fine\nurl: [unclosed\n---\nBody\n';
    const fm = readFrontMatter(text, 'a.md');
    expect(fm.meta).toEqual({});
    expect(text.slice(fm.bodyStart)).toBe('Body\n');
    expect(fm.diagnostics).toMatchObject([{ severity: 'error', rule: 'malformed-front-matter', document: 'a.md' }]);
    expect(fm.diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports front matter that is never closed', () => {
    const fm = readFrontMatter('---\ntitle: x\nBody without fence\n', 'a.md');
    expect(fm.diagnostics[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(fm.bodyStart).toBe(0);
  });

  it('drops impossible dates and script URLs with warnings on their lines', () => {
    const fm = readFrontMatter('---\npublished: 2025-02-30\nurl: javascript:alert(1)\n---\nBody\n', 'a.md');
    expect(fm.meta).toEqual({});
    expect(fm.diagnostics).toMatchObject([
      { severity: 'warning', rule: 'invalid-metadata', line: 2 },
      { severity: 'warning', rule: 'invalid-metadata', line: 3 },
    ]);
  });

  it('treats keys named __proto__ and constructor as unknown text, not as object properties', () => {
    const fm = readFrontMatter('---\n__proto__:\n  polluted: yes\nconstructor: x\n---\nBody\n', 'a.md');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(fm.meta)).toBe(Object.prototype);
    expect(fm.diagnostics.map((d) => d.rule)).toEqual(['unknown-metadata-key', 'unknown-metadata-key']);
  });

  it('leaves a file without front matter alone', () => {
    expect(readFrontMatter('# Title\n---\nnot front matter', 'a.md')).toEqual({ meta: {}, bodyStart: 0, diagnostics: [] });
  });
});
