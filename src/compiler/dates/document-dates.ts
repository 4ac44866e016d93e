/**
 * The dates stage for one document: finds date mentions in the blocks that are
 * read, decides the publication date (see text/publication.ts for the
 * precedence), builds each story's date context and resolves every mention in its
 * own story's context. The lower bound is the latest fully stated day anywhere in
 * the document, leaving out days in a future context ("will vote on March 5,
 * 2027"), which say nothing about when the text was written.
 */
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic, positionAt, type Block, type CalendarDay, type DateMention, type Sentence, type SourceDocument, type StoryContext } from '../model';
import { choosePublication, isDateline, type PublicationCandidate } from '../text/publication';
import { isSourceLine } from '../text/meta-lines';
import { parseDay } from './calendar';
import { findDateMentions, type RawDate } from './date-mentions';
import { FUTURE_CUE } from './lexicon';
import { latestDay, resolveDate, statedDays } from './resolve-date';

/** Characters of text scanned for dates per document; beyond it dates are skipped with a diagnostic. */
const SCAN_BUDGET = 400_000;
const CHUNK = 4000;

export interface DocumentDates {
  published: CalendarDay | null;
  stories: StoryContext[];
  dates: DateMention[];
  diagnostics: Diagnostic[];
}

interface Found {
  raw: RawDate;
  block: number;
  sentence: number | null;
  future: boolean;
}

function chunks(block: Block, sentences: readonly Sentence[], blockIndex: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let current: { start: number; end: number } | null = null;
  for (const s of sentences) {
    if (s.block !== blockIndex) continue;
    if (current && s.end - current.start <= CHUNK) current.end = s.end;
    else {
      if (current) out.push(current);
      current = { start: s.start, end: s.end };
    }
  }
  if (current) out.push(current);
  if (out.length === 0) out.push({ start: block.start, end: block.end });
  // A single huge sentence is cut into fixed windows.
  return out.flatMap((c) => {
    if (c.end - c.start <= CHUNK * 2) return [c];
    const parts: { start: number; end: number }[] = [];
    for (let at = c.start; at < c.end; at += CHUNK) parts.push({ start: at, end: Math.min(c.end, at + CHUNK) });
    return parts;
  });
}

function sentenceAt(sentences: readonly Sentence[], offset: number): number | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return null;
}

function isFuture(text: string, raw: RawDate, sentence: Sentence | undefined): boolean {
  const from = Math.max(sentence?.start ?? raw.start - 80, raw.start - 80);
  return FUTURE_CUE.test(text.slice(from, raw.start)) || FUTURE_CUE.test(raw.text);
}

export function extractDates(doc: SourceDocument, blocks: readonly Block[], sentences: readonly Sentence[], language: string): DocumentDates {
  const diagnostics: Diagnostic[] = [];
  const found: Found[] = [];
  let budget = SCAN_BUDGET;
  let skipped = false;
  blocks.forEach((block, index) => {
    const read = block.kind === 'body' || block.kind === 'related';
    if (!read && block.kind !== 'meta') return;
    for (const chunk of read ? chunks(block, sentences, index) : [{ start: block.start, end: block.end }]) {
      const length = chunk.end - chunk.start;
      if (length > budget) {
        skipped = true;
        return;
      }
      budget -= length;
      for (const raw of findDateMentions(doc.text.slice(chunk.start, chunk.end), chunk.start, language)) {
        const sentence = read ? sentenceAt(sentences, raw.start) : null;
        found.push({ raw, block: index, sentence, future: isFuture(doc.text, raw, sentence === null ? undefined : sentences[sentence]) });
      }
    }
  });
  if (skipped) {
    diagnostics.push(
      diagnostic('info', 'date-scan-limit', `only the first ${SCAN_BUDGET} characters were searched for dates`, doc.path, null),
    );
  }

  // Publication candidates per story.
  const candidates = new Map<number, PublicationCandidate[]>();
  const push = (story: number, c: PublicationCandidate): void => {
    const list = candidates.get(story) ?? [];
    list.push(c);
    candidates.set(story, list);
  };
  if (doc.meta.published) {
    const day = parseDay(doc.meta.published);
    if (day) push(0, { day, source: 'metadata', offset: null, text: doc.meta.published });
    else diagnostics.push(diagnostic('warning', 'invalid-published-date', `metadata published "${doc.meta.published}" is not a real YYYY-MM-DD day; ignored`, doc.path, null));
  }
  for (const f of found) {
    const block = blocks[f.block];
    if (!block || f.raw.kind !== 'day' || f.raw.year === null || f.raw.until) continue;
    const day = { year: f.raw.year, month: f.raw.month, day: f.raw.day };
    const blockText = doc.text.slice(block.start, block.end);
    if (block.kind === 'meta') {
      push(block.story, { day, source: isSourceLine(blockText) ? 'source line' : 'timestamp', offset: f.raw.start, text: f.raw.text });
    } else if (isDateline(blockText, f.raw.start - block.start, f.raw.end - block.start)) {
      push(block.story, { day, source: 'dateline', offset: f.raw.start, text: f.raw.text });
    }
  }
  const publishedOf = new Map<number, CalendarDay>();
  for (const [story, list] of candidates) {
    const { published, conflicts } = choosePublication(list);
    if (published) publishedOf.set(story, published.day);
    for (const c of conflicts) {
      diagnostics.push(
        diagnostic('warning', 'conflicting-publication-date', c.message, doc.path, c.other.offset === null ? null : positionAt(doc.text, c.other.offset)),
      );
    }
  }

  const lowerBound = latestDay(found.filter((f) => !f.future).flatMap((f) => statedDays(f.raw)));
  const storyNumbers = [...new Set([0, ...blocks.map((b) => b.story)])].sort((a, b) => a - b);
  const stories: StoryContext[] = storyNumbers.map((story) => ({ story, published: publishedOf.get(story) ?? null, lowerBound }));
  const contextOf = new Map(stories.map((s) => [s.story, s]));

  const dates: DateMention[] = [];
  for (const f of found) {
    if (f.raw.kind === 'impossible') {
      diagnostics.push(
        diagnostic('warning', 'impossible-date', `"${f.raw.text}" is not a real date (${f.raw.why}); left undated`, doc.path, positionAt(doc.text, f.raw.start)),
      );
      continue;
    }
    if (f.raw.kind === 'ambiguous') {
      diagnostics.push(
        diagnostic('warning', 'ambiguous-date', `"${f.raw.text}" could be day/month or month/day (${f.raw.why}); only the year ${f.raw.year} is kept`, doc.path, positionAt(doc.text, f.raw.start)),
      );
    }
    if (f.sentence === null) continue;
    const story = blocks[f.block]?.story ?? 0;
    const context = contextOf.get(story) ?? { published: null, lowerBound };
    const value = resolveDate(f.raw, context, f.future);
    if (value) dates.push({ start: f.raw.start, end: f.raw.end, sentence: f.sentence, value });
  }
  dates.sort((a, b) => a.start - b.start);
  return { published: publishedOf.get(0) ?? null, stories, dates, diagnostics };
}
