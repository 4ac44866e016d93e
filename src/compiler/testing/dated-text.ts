/**
 * Runs the text stages on a small test article and returns each date mention's
 * value by the words that carry it, for the tests of the dates stage.
 */
import type { DocumentId } from '../../schema/timeline';
import type { CleanDocument, SourceDocument } from '../model';
import { cleanDocument } from '../text/clean-document';

export function cleanText(text: string, published?: string): CleanDocument {
  return cleanDocument({
    id: 'doc' as DocumentId, path: 'doc.txt', format: 'txt', text, bodyStart: 0, diagnostics: [],
    meta: published ? { published } : {},
  } satisfies SourceDocument);
}

export function dated(text: string, published?: string): Record<string, unknown> {
  const doc = cleanText(text, published);
  return Object.fromEntries(doc.dates.map((d) => [doc.text.slice(d.start, d.end), d.value]));
}
