/**
 * data/sources.yaml (or .json): editor metadata keyed by a document's path
 * relative to the documents folder (a bare file name works when it is unique).
 * Its fields override the document's own front matter or meta tags. A malformed
 * file is an error naming its line; an entry for a document that is not in the
 * folder is only `info`, because the same file serves several corpora.
 */
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic, positionAt, type SourceDocument } from '../model';
import type { DataFile } from '../compile';
import { readMetaFields, type DocumentMeta } from './meta-fields';
import { mapEntries, nodeOffset, parseYamlMap, scalarValue } from './yaml-map';

export interface SourcesEntry {
  key: string;
  position: { line: number; column: number };
  meta: DocumentMeta;
  diagnostics: Diagnostic[];
}

export function parseSourcesFile(file: DataFile): { entries: SourcesEntry[]; diagnostics: Diagnostic[] } {
  const parsed = parseYamlMap(file.text);
  if (!parsed.ok) {
    return {
      entries: [],
      diagnostics: [diagnostic('error', 'malformed-sources-file', `${file.path} is not valid YAML/JSON (${parsed.message}); fix this line.`, file.path, positionAt(file.text, parsed.offset))],
    };
  }
  const entries: SourcesEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of parsed.entries) {
    const position = positionAt(file.text, entry.offset);
    const fields = mapEntries(entry.node);
    if (fields.length === 0 && entry.node !== null) {
      diagnostics.push(diagnostic('error', 'malformed-sources-file', `Entry "${entry.key.slice(0, 80)}" must be a mapping of fields (published, outlet, url, title, language).`, file.path, position));
      continue;
    }
    const read = readMetaFields(
      fields.map((f) => ({ key: f.key, value: scalarValue(f.node), position: positionAt(file.text, nodeOffset(f.node, f.offset)) })),
      file.path,
      `sources entry "${entry.key.slice(0, 80)}"`,
    );
    entries.push({ key: entry.key.replace(/\\/g, '/').replace(/^\.\//, ''), position, meta: read.meta, diagnostics: read.diagnostics });
  }
  return { entries, diagnostics };
}

/** Applies sources entries over the documents' own metadata; returns new documents and file-level diagnostics. */
export function applySources(
  documents: SourceDocument[],
  sources: { entries: SourcesEntry[]; diagnostics: Diagnostic[] },
  file: DataFile,
): { documents: SourceDocument[]; diagnostics: Diagnostic[] } {
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const byName = new Map<string, SourceDocument[]>();
  for (const d of documents) {
    const name = d.path.slice(d.path.lastIndexOf('/') + 1);
    byName.set(name, [...(byName.get(name) ?? []), d]);
  }
  const overrides = new Map<string, SourcesEntry>();
  const diagnostics = [...sources.diagnostics];
  for (const entry of sources.entries) {
    diagnostics.push(...entry.diagnostics);
    const named = byName.get(entry.key);
    const target = byPath.get(entry.key) ?? (named?.length === 1 ? named[0] : undefined);
    if (!target) {
      diagnostics.push(diagnostic('info', 'sources-unknown-document', `Entry "${entry.key.slice(0, 80)}" matches no document in this folder; ignored.`, file.path, entry.position));
      continue;
    }
    if (overrides.has(target.path)) {
      diagnostics.push(diagnostic('warning', 'sources-duplicate-entry', `A second entry for "${target.path}" was ignored; keep one entry per document.`, file.path, entry.position));
      continue;
    }
    overrides.set(target.path, entry);
  }
  return {
    documents: documents.map((d) => {
      const entry = overrides.get(d.path);
      return entry ? { ...d, meta: { ...d.meta, ...entry.meta } } : d;
    }),
    diagnostics,
  };
}
