/**
 * The text stages in one pure function: clean (classify blocks), segment
 * (sentences) and dates (publication date, story contexts, date mentions). The
 * result keeps every offset in the original text. See classify-blocks.ts,
 * sentences.ts, publication.ts and ../dates/resolve-date.ts for what each part
 * decides and refuses to guess.
 */
import type { CleanDocument, SourceDocument } from '../model';
import { classifyBlocks } from './classify-blocks';
import { detectLanguage, normaliseLanguage } from './language';
import { segmentSentences } from './segment';
import { sourceInfo } from './source-info';
import { siteSuffix, withoutSiteSuffix } from './title-suffix';
import { extractDates } from '../dates/document-dates';

export function cleanDocument(doc: SourceDocument): CleanDocument {
  const { blocks, title, diagnostics } = classifyBlocks(doc);
  const sentences = segmentSentences(doc.text, blocks);
  const language = doc.meta.language ? normaliseLanguage(doc.meta.language) : detectLanguage(bodySample(doc.text, blocks));
  const source = sourceInfo(doc, blocks);
  const dated = extractDates(doc, blocks, sentences, language, source.url);
  const { url } = source;
  const fromPage = !(doc.format === 'md' && doc.meta.title);
  // With no outlet or address known, the title's own site suffix names the outlet.
  const suffix = fromPage && source.outlet === null && url === null ? siteSuffix(title) : null;
  const outlet = source.outlet ?? suffix?.outlet ?? null;
  return {
    ...doc,
    diagnostics: [...doc.diagnostics, ...diagnostics, ...dated.diagnostics],
    // A title from the page has its site's name cut; an editor's front-matter title is kept as written.
    title: suffix ? suffix.title : fromPage ? withoutSiteSuffix(title, outlet, url) : title,
    language,
    outlet,
    url,
    published: dated.published,
    blocks,
    sentences,
    stories: dated.stories,
    dates: dated.dates,
    ...(dated.awaitsYear ? { awaitsYear: dated.awaitsYear } : {}),
  };
}

function bodySample(text: string, blocks: CleanDocument['blocks']): string {
  let sample = '';
  for (const b of blocks) {
    if (b.kind !== 'body' && b.kind !== 'related' && b.kind !== 'title') continue;
    sample += `${text.slice(b.start, Math.min(b.end, b.start + 5000))}\n`;
    if (sample.length > 20000) break;
  }
  return sample;
}
