/**
 * The outlet and URL of a document: metadata wins; otherwise an "Original
 * Source:" or "Source: Reuters" line, then a domain site-name line, then the
 * masthead (see masthead.ts), then a wire dateline's "(Reuters)", then a byline's
 * "By X, Reuters". The URL is the first http(s) URL with a host in a meta line.
 * Only http(s) URLs are ever returned.
 */
import type { Block, SourceDocument } from '../model';
import { bylineOutlet, chooseOutlet, datelineAgency, isMastheadShape, type MastheadLine, withoutAccountLinks } from './masthead';
import { outletFrom, urlFrom } from './meta-lines';

const MASTHEAD_REASONS = new Set(['masthead', 'site name', 'navigation crumb']);
const HOME_CRUMB = /^(?:home|inicio|portada|news|noticias)$/iu;

/** The masthead lines before the article's first paragraph; a leading crumb gives its first segment. */
function mastheadLines(doc: SourceDocument, blocks: readonly Block[]): MastheadLine[] {
  const lines: MastheadLine[] = [];
  for (const b of blocks) {
    if (b.kind === 'body' || b.kind === 'related') break;
    if (b.kind !== 'meta' || b.story !== 0 || !MASTHEAD_REASONS.has(b.reason ?? '')) continue;
    let text = withoutAccountLinks(doc.text.slice(b.start, b.end));
    if (b.reason === 'navigation crumb') text = text.split(/\s*[›>|»/·•]\s*/u)[0] ?? '';
    if (!isMastheadShape(text) || HOME_CRUMB.test(text)) continue;
    lines.push({ text, first: lines.length === 0, opensDocument: b === blocks[0] && b.reason !== 'navigation crumb' });
  }
  return lines;
}

function mastheadOutlet(doc: SourceDocument, blocks: readonly Block[]): string | null {
  const lines = mastheadLines(doc, blocks);
  const firstBody = blocks.find((b) => b.kind === 'body' && b.story === 0);
  const agency = firstBody ? datelineAgency(doc.text.slice(firstBody.start, Math.min(firstBody.end, firstBody.start + 200))) : null;
  // The page furniture (up to 20,000 characters, normalised by chooseOutlet) is gathered only when there is a masthead line to look for in it.
  if (lines.length > 0) {
    let furniture = agency ?? '';
    for (const b of blocks) {
      if ((b.kind === 'meta' || b.kind === 'noise') && b.end - b.start <= 300 && furniture.length < 20_000) furniture += ` ${doc.text.slice(b.start, b.end)}`;
    }
    const chosen = chooseOutlet(lines, furniture);
    if (chosen) return chosen;
  }
  if (agency) return agency;
  for (const b of blocks) {
    if (b.kind === 'meta' && b.reason === 'source or byline') {
      const name = bylineOutlet(doc.text.slice(b.start, b.end));
      if (name) return name;
    }
  }
  return null;
}

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
    outlet ??= mastheadOutlet(doc, blocks);
  }
  if (!url) {
    for (const t of metaTexts) {
      url = urlFrom(t);
      if (url) break;
    }
  }
  return { outlet, url };
}
