/**
 * The cleaning stage: splits the body into blocks and decides what each one is —
 * the title, page metadata, article text, an item of a "related articles" block,
 * furniture (noise) or a repeat (duplicate). It assigns each related item its own
 * story number. It only labels spans; it never rewrites text, so every offset still
 * indexes the original file. Noise and duplicates get an `info` diagnostic.
 */
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic, type Block, type SourceDocument } from '../model';
import { makePositioner, type Positioner } from './positions';
import { splitBlocks, type RawBlock } from './blocks';
import { duplicateKey, nearDuplicateFinder } from './duplicates';
import { crumbHeadline, isDatedLabelLine, metaReason } from './meta-lines';
import { IMAGE_CREDIT_REASON, dominantScript, noiseReason, scriptCounts } from './noise';
import { assignRelatedStories, isHeadlineLike, isRelatedHeading, isStoryParagraph } from './related-items';
import { chooseTitleBlock, isMastheadBeforeHeadline, joinWrappedHeadline, titleFromText, type TitleCandidate } from './title';
import { isMastheadShape } from './masthead';
import { markReferenceLists } from './reference-lists';
import { safeCut } from './safe-cut';
import { markSummaryBullets } from './summary-bullets';

/** Drafts looked at for masthead lines, at most, before the first real paragraph. */
const HEADER_DRAFTS = 15;

/** Whether a content block is a real paragraph, which ends the page header. */
function isParagraph(text: string): boolean {
  return text.length > 150 || (/[.!?"”»]$/u.test(text) && text.split(/\s+/u).length > 12);
}

/**
 * A crumb trail ending in the headline ("Home » Politics » Port reopens") is a title
 * candidate with the crumbs cut off, unless the next line repeats the headline
 * (then that line is the title and the trail stays metadata).
 */
function crumbTitleCandidate(drafts: readonly Draft[], index: number): TitleCandidate | null {
  const d = drafts[index];
  if (!d || d.role !== 'meta' || d.reason !== 'navigation crumb') return null;
  const headline = crumbHeadline(d.text);
  if (!headline) return null;
  const next = drafts.slice(index + 1).find((n) => n.role === 'content');
  const repeated = next !== undefined && duplicateKey(stripHeadingMarks(next.text)) === duplicateKey(headline);
  return { index, text: headline, skippable: repeated };
}

/** Short name lines in the header (outlet, section, "Milenio Digital") and its dated label line are page metadata. */
function markMastheads(drafts: Draft[], titleIndex: number | null): void {
  for (let i = 0; i < Math.min(drafts.length, HEADER_DRAFTS); i += 1) {
    const d = drafts[i];
    if (!d || i === titleIndex) continue;
    if (d.role === 'content' && isParagraph(d.text)) return;
    if (d.role === 'content' && isMastheadShape(d.text)) {
      d.role = 'meta';
      d.reason = 'masthead';
    } else if (d.role === 'content' && isDatedLabelLine(d.text)) {
      d.role = 'meta';
      d.reason = 'date line';
    }
  }
}

const MAX_BLOCK_DIAGNOSTICS = 200;

/** The heading of a reader-comment thread: "Comments", "Comments (214)", "12 comentarios", "Leave a Reply". */
const COMMENTS_HEADING =
  /^[*_#\s]*(?:(?:reader )?comments?|comentarios?(?: de (?:los )?lectores)?|\d{1,6} (?:comments?|comentarios?)|leave a (?:reply|comment)|deja (?:un comentario|una respuesta)|join the conversation)(?:\s*\(\d{1,6}\))?[*_\s:.]*$/iu;

/**
 * A comment thread runs from its heading to the end of the page: every block after
 * a comments heading in the second half of the page is readers' words, not the
 * article's. A heading near the top is a button ("Comments") and stops nothing.
 */
function markComments(doc: SourceDocument, drafts: Draft[]): void {
  const bodyLength = doc.text.length - doc.bodyStart;
  const at = drafts.findIndex((d) => d.start - doc.bodyStart > bodyLength / 2 && d.text.length <= 60 && COMMENTS_HEADING.test(d.text.trim()));
  if (at === -1) return;
  for (const d of drafts.slice(at)) {
    d.role = 'noise';
    d.reason = 'reader comments';
  }
}

type Draft = RawBlock & {
  text: string;
  role: 'heading' | 'noise' | 'meta' | 'content';
  reason?: string;
};

export interface ClassifiedBlocks {
  blocks: Block[];
  title: string;
  diagnostics: Diagnostic[];
}

/** Whether a related region so far is a box of links: two headline-like items or more, and nothing else. */
function linksOnly(drafts: readonly Draft[], region: readonly number[]): boolean {
  return region.length >= 2 && region.every((i) => isHeadlineLike(drafts[i]?.text ?? ''));
}

/** The next content draft after index `i`. */
function nextContent(drafts: readonly Draft[], i: number): Draft | undefined {
  for (let k = i + 1; k < drafts.length; k += 1) if (drafts[k]?.role === 'content') return drafts[k];
  return undefined;
}

function stripHeadingMarks(text: string): string {
  return text.replace(/^#{1,6}\s+/u, '').trim();
}

function draftBlocks(doc: SourceDocument): Draft[] {
  const raw = splitBlocks(doc.text, doc.bodyStart);
  const script = dominantScript(scriptCounts(doc.text, doc.bodyStart, doc.text.length, 8000));
  const drafts: Draft[] = raw.map((b) => {
    const text = doc.text.slice(b.start, b.end);
    if (isRelatedHeading(text)) return { ...b, text, role: 'heading' };
    const noise = noiseReason(text, script);
    if (noise) return { ...b, text, role: 'noise', reason: noise };
    const meta = metaReason(text);
    if (meta) return { ...b, text, role: 'meta', reason: meta };
    return { ...b, text, role: 'content' };
  });
  // A short line right before an image credit, in the same paragraph, is its caption.
  for (let i = 0; i + 1 < drafts.length; i += 1) {
    const d = drafts[i];
    const next = drafts[i + 1];
    if (d && next && d.role === 'content' && next.reason === IMAGE_CREDIT_REASON && next.paragraph === d.paragraph && d.text.length <= 300) {
      d.role = 'noise';
      d.reason = 'image caption';
    }
  }
  markComments(doc, drafts);
  markReferenceLists(drafts);
  markSummaryBullets(drafts);
  return drafts;
}

export function classifyBlocks(doc: SourceDocument): ClassifiedBlocks {
  const drafts = draftBlocks(doc);
  const diagnostics: Diagnostic[] = [];

  // Title.
  let titleIndex: number | null = null;
  let title: string;
  const metaTitle = doc.meta.title?.trim();
  if (metaTitle) {
    title = metaTitle;
    const key = duplicateKey(metaTitle);
    const firstContent = drafts.findIndex((d) => d.role === 'content');
    for (let i = Math.max(firstContent, 0); i < Math.min(drafts.length, firstContent + 3); i += 1) {
      const d = drafts[i];
      if (d?.role === 'content' && duplicateKey(stripHeadingMarks(d.text)) === key) {
        titleIndex = i;
        break;
      }
    }
  } else {
    const candidates = drafts
      .slice(0, 12)
      .map((d, index) => crumbTitleCandidate(drafts, index) ?? { index, text: joinWrappedHeadline(stripHeadingMarks(d.text)), skippable: d.role !== 'content' });
    titleIndex = chooseTitleBlock(candidates);
    // A masthead skipped in favour of the headline below it is page metadata.
    const usable = candidates.filter((c) => !c.skippable);
    const [first, second] = usable;
    if (first && second && titleIndex !== first.index && isMastheadBeforeHeadline(first.text, second.text)) {
      const masthead = drafts[first.index];
      if (masthead) {
        masthead.role = 'meta';
        masthead.reason = 'site name';
      }
    }
    const chosen = titleIndex === null ? undefined : drafts[titleIndex];
    const firstContent = drafts.find((d) => d.role === 'content');
    const chosenText = titleIndex === null ? undefined : candidates.find((c) => c.index === titleIndex)?.text;
    title = chosen ? (chosenText ?? stripHeadingMarks(chosen.text)) : firstContent ? titleFromText(firstContent.text) : doc.path;
  }

  markMastheads(drafts, titleIndex);

  // Related region: content after a related heading. A heading with nothing after it is a tail.
  const relatedFrom = new Set<number>();
  let inRelated = false;
  let lastContent = -1;
  drafts.forEach((d, i) => {
    if (d.role === 'content') lastContent = i;
  });
  // A heading in the first quarter of the article is an inline promo: only the
  // headline-like lines right after it are related; the article then resumes.
  // (Related blocks at the foot of a page can be as long as the article itself.)
  const contentCount = drafts.filter((d) => d.role === 'content').length;
  let contentSeen = 0;
  let inlinePromo = false;
  const regions: number[][] = [];
  for (let i = 0; i < drafts.length; i += 1) {
    const d = drafts[i];
    if (!d) continue;
    if (d.role === 'heading') {
      const hasItems = lastContent > i;
      if (hasItems) {
        inRelated = true;
        regions.push([]);
        inlinePromo = contentSeen < contentCount / 4;
      } else {
        d.role = 'noise';
        d.reason = 'related-articles heading with no items';
      }
      continue;
    }
    if (d.role !== 'content') continue;
    contentSeen += 1;
    if (inRelated && inlinePromo && !isHeadlineLike(d.text)) inRelated = false;
    // A box of bare headline links in mid-article ("TE RECOMENDAMOS" and two links
    // or more), then two prose paragraphs in a row: the article resumed. Related
    // items with summaries alternate headline and paragraph, or open with one.
    if (inRelated && linksOnly(drafts, regions[regions.length - 1] ?? []) && !isHeadlineLike(d.text) && !isHeadlineLike(nextContent(drafts, i)?.text ?? 'X')) {
      inRelated = false;
    }
    if (inRelated) {
      relatedFrom.add(i);
      regions[regions.length - 1]?.push(i);
    }
  }
  // A related block of bare headlines is a list of links, not stories to read.
  for (const region of regions) {
    if (region.some((i) => isStoryParagraph(drafts[i]?.text ?? ''))) continue;
    for (const i of region) {
      const d = drafts[i];
      if (!d) continue;
      relatedFrom.delete(i);
      d.role = 'noise';
      d.reason = 'related links (headlines only)';
    }
  }

  // Duplicates: the first occurrence stays.
  const seen = new Map<string, number>();
  const duplicateOf = new Map<number, number>();
  const nearlyRepeats = new Set<number>();
  const near = nearDuplicateFinder();
  drafts.forEach((d, i) => {
    if (d.role !== 'content') return;
    const key = duplicateKey(stripHeadingMarks(d.text));
    if (key.length === 0) return;
    const first = seen.get(key);
    if (first !== undefined) {
      duplicateOf.set(i, first);
      return;
    }
    seen.set(key, i);
    const similar = near.check(i, key);
    if (similar !== undefined) {
      duplicateOf.set(i, similar);
      nearlyRepeats.add(i);
    }
  });

  // Story numbers for related items (duplicates take no new story).
  const relatedIndexes = [...relatedFrom].filter((i) => !duplicateOf.has(i) && i !== titleIndex);
  const stories = assignRelatedStories(
    relatedIndexes.map((i) => drafts[i]?.text ?? ''),
    1,
  );
  const storyOf = new Map<number, number>();
  relatedIndexes.forEach((blockIndex, k) => storyOf.set(blockIndex, stories[k] ?? 1));

  const blocks: Block[] = [];
  let currentStory = 0;
  let positioner: Positioner | null = null;
  const positionAt = (_text: string, offset: number) => (positioner ??= makePositioner(doc.text))(offset);
  // One diagnostic per left-out block, up to a cap; a page of 100,000 repeated lines gets a summary.
  let reported = 0;
  let unreported = 0;
  const report = (d: Diagnostic): void => {
    if (reported < MAX_BLOCK_DIAGNOSTICS) {
      diagnostics.push(d);
      reported += 1;
    } else unreported += 1;
  };
  drafts.forEach((d, i) => {
    const story = storyOf.get(i);
    if (story !== undefined) currentStory = story;
    // Blocks between related items (credits, repeats) belong to the item around them.
    const block: Block = { start: d.start, end: d.end, kind: 'body', story: story ?? currentStory };
    if (i === titleIndex) {
      block.kind = 'title';
      block.story = 0;
    } else if (d.role === 'heading') {
      block.kind = 'meta';
      block.reason = 'related-articles heading';
    } else if (d.role === 'meta') {
      block.kind = 'meta';
      if (d.reason) block.reason = d.reason;
    } else if (d.role === 'noise') {
      block.kind = 'noise';
      block.reason = d.reason ?? 'noise';
      report(
        diagnostic('info', 'noise-block', `left out ${block.reason}: "${preview(d.text)}"`, doc.path, positionAt(doc.text, d.start)),
      );
    } else if (duplicateOf.has(i)) {
      const first = drafts[duplicateOf.get(i) ?? 0];
      const line = first ? positionAt(doc.text, first.start).line : 0;
      const how = nearlyRepeats.has(i) ? 'nearly repeats' : 'repeats';
      block.kind = 'duplicate';
      block.reason = `${how} the block at line ${line}`;
      report(
        diagnostic('info', 'duplicate-paragraph', `left out a block that ${how} line ${line}: "${preview(d.text)}"`, doc.path, positionAt(doc.text, d.start)),
      );
    } else if (relatedFrom.has(i)) {
      block.kind = 'related';
    }
    if (block.kind === 'body') block.story = 0;
    blocks.push(block);
  });
  if (unreported > 0) {
    diagnostics.push(diagnostic('info', 'noise-block', `and ${unreported} more noise or duplicate blocks left out`, doc.path, null));
  }
  return { blocks, title, diagnostics };
}

function preview(text: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > 60 ? `${safeCut(flat, 57)}…` : flat;
}
