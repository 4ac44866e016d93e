import { describe, expect, it } from 'vitest';
import { diagnostic } from '../model';
import { formatDiagnostic, formatSummary, mergeDiagnostics, sortDiagnostics } from './diagnostic-report';

describe('diagnostic report', () => {
  it('prints path:line:column severity rule-id message', () => {
    const d = diagnostic('warning', 'invalid-utf8', 'Skipped: bad byte.', 'a.txt', { line: 3, column: 7 });
    expect(formatDiagnostic(d, (doc) => `data/documents/${doc}`)).toBe('data/documents/a.txt:3:7 warning invalid-utf8 Skipped: bad byte.');
  });

  it('keeps a hostile message on one line', () => {
    const d = diagnostic('info', 'noise-block', 'left out "x\nfake.txt:1:1 error forged"\u202E', 'a.txt', { line: 1, column: 1 });
    expect(formatDiagnostic(d, (doc) => doc ?? '').split('\n')).toHaveLength(1);
  });

  it('orders diagnostics the same whatever order they were produced in', () => {
    const list = [
      diagnostic('info', 'b', 'm', 'b.txt', { line: 1, column: 1 }),
      diagnostic('warning', 'a', 'm', 'a.txt', { line: 2, column: 1 }),
      diagnostic('error', 'a', 'm', 'a.txt', { line: 2, column: 1 }),
      diagnostic('info', 'z', 'm', null),
    ];
    const sorted = sortDiagnostics(list);
    expect(sortDiagnostics([...list].reverse())).toEqual(sorted);
    expect(sorted.map((d) => `${d.document}:${d.severity}`)).toEqual(['null:info', 'a.txt:error', 'a.txt:warning', 'b.txt:info']);
  });

  it('merges the build\'s own diagnostics into an already ordered list as a full sort would, repeats removed', () => {
    const ordered = sortDiagnostics([
      diagnostic('warning', 'quote-attribution', 'Ana Vidal or Rosa Pi?', 'b.txt', { line: 4, column: 2 }),
      diagnostic('info', 'noise-block', 'left out a caption', 'b.txt', { line: 4, column: 2 }),
      diagnostic('info', 'noise-block', 'left out a caption', 'c.txt', { line: 1, column: 1 }),
      diagnostic('warning', 'date-unknown', 'sin fecha: «el martes pasado»', 'c.txt', { line: 9, column: 3 }),
    ]);
    const own = [
      diagnostic('warning', 'invalid-utf8', 'Skipped: bad byte.', 'd.txt', { line: 1, column: 1 }),
      diagnostic('info', 'noise-block', 'left out a caption', 'c.txt', { line: 1, column: 1 }),
      diagnostic('error', 'read-failed', 'could not read', 'b.txt', { line: 4, column: 2 }),
      diagnostic('warning', 'empty-document', 'vacío', 'a.txt'),
    ];
    const merged = mergeDiagnostics(own, ordered);
    expect(merged).toEqual(sortDiagnostics([...own, ...ordered]));
    expect(merged.map((d) => `${d.document}:${d.rule}`)).toEqual([
      'a.txt:empty-document',
      'b.txt:read-failed',
      'b.txt:quote-attribution',
      'b.txt:noise-block',
      'c.txt:noise-block',
      'c.txt:date-unknown',
      'd.txt:invalid-utf8',
    ]);
    expect(merged.find((d) => d.document === 'c.txt' && d.line === 1)).toBe(own[1]);
  });

  it('summarises counts in one line', () => {
    expect(formatSummary({ documents: 5, events: 9, quotes: 12, warnings: 1, errors: 0 })).toBe('5 documents, 9 events, 12 quotes, 1 warnings, 0 errors');
  });
});
