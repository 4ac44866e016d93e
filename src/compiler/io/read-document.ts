/**
 * One file's bytes → a SourceDocument, or a reason to skip it. Pure: the caller
 * has already read the bytes. Decides the format (a `.txt` that is really a
 * saved HTML page is read as HTML), decodes strictly, normalises the text, reads
 * front matter or HTML meta tags, and refuses documents with no text at all.
 */
import type { Diagnostic, DocumentId } from '../../schema/timeline';
import { diagnostic, type SourceDocument } from '../model';
import { decodeBytes } from './decode';
import { readFrontMatter } from './front-matter';
import { estimateHtmlDepth, extractHtmlArticle, looksLikeHtmlPage, MAX_HTML_DEPTH } from './html-article';
import { readMetaFields, type MetaEntry } from './meta-fields';
import { normalizeText } from './normalize-text';

export type ReadOutcome =
  | { ok: true; document: SourceDocument }
  | { ok: false; diagnostics: Diagnostic[] };

export function formatOf(path: string): SourceDocument['format'] | null {
  const ext = /\.[^./]+$/.exec(path)?.[0]?.toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  return null;
}

function fromHtml(html: string, path: string): { text: string; meta: SourceDocument['meta']; diagnostics: Diagnostic[] } {
  const article = extractHtmlArticle(html);
  const at = { line: 1, column: 1 };
  const entries: MetaEntry[] = [];
  if (article.title) entries.push({ key: 'title', value: article.title, position: at });
  if (article.url) entries.push({ key: 'url', value: article.url, position: at });
  if (article.outlet) entries.push({ key: 'outlet', value: article.outlet, position: at });
  if (article.published) entries.push({ key: 'published', value: article.published, position: at });
  if (article.language) entries.push({ key: 'language', value: article.language, position: at });
  const { meta, diagnostics } = readMetaFields(entries, path, 'HTML meta tags');
  if (!article.articleDetected) {
    diagnostics.push(diagnostic('warning', 'html-too-complex', 'The page nests too deeply or holds too many elements for article detection; all of its text was kept. Save the article text alone if menus or comments got in.', path, { line: 1, column: 1 }));
  }
  // Extracted text passes through the same normalisation (NFC, invisibles) as a text file.
  const normalized = normalizeText(article.text, path);
  return { text: normalized.text, meta, diagnostics: [...diagnostics, ...normalized.diagnostics] };
}

export function readDocument(id: DocumentId, path: string, bytes: Uint8Array): ReadOutcome {
  const declared = formatOf(path);
  if (!declared) {
    return { ok: false, diagnostics: [diagnostic('info', 'unsupported-file', 'Skipped: only .txt, .md and .html files are read.', path, { line: 1, column: 1 })] };
  }
  const decoded = decodeBytes(bytes, path);
  if (!decoded.ok) return { ok: false, diagnostics: decoded.diagnostics };
  const normalized = normalizeText(decoded.text, path);
  const diagnostics = [...decoded.diagnostics, ...normalized.diagnostics];
  let format = declared;
  let text = normalized.text;
  let bodyStart = 0;
  let meta: SourceDocument['meta'] = {};

  if (format === 'txt' && looksLikeHtmlPage(text)) {
    format = 'html';
    diagnostics.push(diagnostic('info', 'html-in-txt', 'This .txt file is a saved HTML page; its article text was extracted as for an .html file.', path, { line: 1, column: 1 }));
  }
  if (format === 'html') {
    const depth = estimateHtmlDepth(text);
    if (depth > MAX_HTML_DEPTH) {
      return {
        ok: false,
        diagnostics: [...diagnostics, diagnostic('warning', 'html-too-deep', `Skipped: the page nests elements about ${depth} deep (limit ${MAX_HTML_DEPTH}), which no article needs. Save the article's text as a .txt file instead.`, path, { line: 1, column: 1 })],
      };
    }
    const html = fromHtml(text, path);
    text = html.text;
    meta = html.meta;
    diagnostics.push(...html.diagnostics);
  } else if (format === 'md') {
    const front = readFrontMatter(text, path);
    meta = front.meta;
    bodyStart = front.bodyStart;
    diagnostics.push(...front.diagnostics);
  }

  if (text.slice(bodyStart).trim() === '') {
    const what = format === 'html' ? 'the page has no readable article text' : bytes.length === 0 ? 'the file is empty' : 'the file holds only whitespace';
    return {
      ok: false,
      diagnostics: [...diagnostics, diagnostic('warning', 'empty-document', `Skipped: ${what}. Add the article text or remove the file.`, path, { line: 1, column: 1 })],
    };
  }
  return { ok: true, document: { id, path, format, text, bodyStart, meta, diagnostics } };
}
