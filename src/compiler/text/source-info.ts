/**
 * The outlet and URL of a document: metadata wins; otherwise an "Original
 * Source:" or "Source: Reuters" line, then a site-name line, then the first
 * http(s) URL with a host in a meta line. Only http(s) URLs are ever returned.
 */
import type { Block, SourceDocument } from '../model';
import { outletFrom, urlFrom } from './meta-lines';

function safeUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

export function sourceInfo(doc: SourceDocument, blocks: readonly Block[]): { outlet: string | null; url: string | null } {
  let outlet = doc.meta.outlet?.trim() || null;
  let url = doc.meta.url ? safeUrl(doc.meta.url) : null;
  const metaTexts = blocks.filter((b) => b.kind === 'meta' && b.story === 0).map((b) => doc.text.slice(b.start, b.end));
  if (!outlet) {
    // A labelled line ("Original Source: www.foxnews.com") beats a bare site name.
    const labelled = metaTexts.filter((t) => /:/.test(t));
    for (const t of [...labelled, ...metaTexts]) {
      outlet = outletFrom(t);
      if (outlet) break;
    }
  }
  if (!url) {
    for (const t of metaTexts) {
      url = urlFrom(t);
      if (url) break;
    }
  }
  return { outlet, url };
}
