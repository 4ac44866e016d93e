import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../schema/timeline';
import type { SourceDocument } from '../model';
import { applySources, parseSourcesFile } from './sources-file';

function doc(path: string, meta: SourceDocument['meta'] = {}): SourceDocument {
  return { id: path.replace(/\W/g, '-') as DocumentId, path, format: 'md', text: 'x', bodyStart: 0, meta, diagnostics: [] };
}

describe('data/sources', () => {
  it('overrides what the document says about itself', () => {
    const file = { path: 'data/sources.yaml', text: 'news/a.md:\n  published: 2025-11-19\n  outlet: Diario\n' };
    const { documents, diagnostics } = applySources([doc('news/a.md', { outlet: 'Old', title: 'T' })], parseSourcesFile(file), file);
    expect(documents[0]?.meta).toEqual({ outlet: 'Diario', title: 'T', published: '2025-11-19' });
    expect(diagnostics).toEqual([]);
  });

  it('matches a bare file name when it is unique in the folder', () => {
    const file = { path: 'data/sources.yaml', text: 'a.md:\n  outlet: Diario\n' };
    expect(applySources([doc('x/a.md')], parseSourcesFile(file), file).documents[0]?.meta.outlet).toBe('Diario');
  });

  it('notes entries for documents that are not in the folder as info', () => {
    const file = { path: 'data/sources.yaml', text: 'a.md:\n  outlet: A\nmissing.txt:\n  outlet: B\n' };
    const { diagnostics } = applySources([doc('a.md')], parseSourcesFile(file), file);
    expect(diagnostics).toMatchObject([{ severity: 'info', rule: 'sources-unknown-document', document: 'data/sources.yaml', line: 3, column: 1 }]);
  });

  it('reports a malformed file as an error naming the line', () => {
    const file = { path: 'data/sources.yaml', text: 'a.md:\n  outlet: A\n b: [\n' };
    const parsed = parseSourcesFile(file);
    expect(parsed.diagnostics).toMatchObject([{ severity: 'error', rule: 'malformed-sources-file' }]);
    expect(parsed.diagnostics[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reads the JSON form with positions too', () => {
    const file = { path: 'data/sources.json', text: '{\n  "a.md": {\n    "url": "javascript:alert(1)"\n  }\n}\n' };
    const { documents, diagnostics } = applySources([doc('a.md')], parseSourcesFile(file), file);
    expect(documents[0]?.meta.url).toBeUndefined();
    expect(diagnostics).toMatchObject([{ severity: 'warning', rule: 'invalid-metadata', line: 3 }]);
  });

  it('drops data: URLs and warns about look-alike hosts', () => {
    const file = { path: 'data/sources.yaml', text: 'a.md:\n  url: "data:text/html,<script>alert(1)</script>"\nb.md:\n  url: https://аррӏе.com/news\n' };
    const { documents, diagnostics } = applySources([doc('a.md'), doc('b.md')], parseSourcesFile(file), file);
    expect(documents[0]?.meta.url).toBeUndefined();
    expect(documents[1]?.meta.url).toMatch(/^https:\/\/xn--/);
    expect(diagnostics.map((d) => d.rule)).toEqual(['invalid-metadata', 'look-alike-url']);
  });
});
