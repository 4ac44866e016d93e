/**
 * The dates stage for one document: finds date mentions in the blocks that are
 * read, decides the publication date (see text/publication.ts for the
 * precedence), builds each story's date context and resolves every mention in its
 * own story's context. The lower bound is the latest fully stated day anywhere in
 * the document (a dated photo caption included, though it is not read for events),
 * leaving out days in a future context ("will vote on March 5, 2027"), which say
 * nothing about when the text was written. Two readings need
 * the dates around them: "the same day" / "The call came a day after…" take the
 * day of an earlier dated mention (or stay unresolved), and a stated date after
 * "since" opens a period that ends at the publication date when there is one.
 */
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic, type Block, type CalendarDay, type DateMention, type Sentence, type SourceDocument, type StoryContext } from '../model';
import { choosePublication, isDateline, isHeaderStamp, recordTitleDay, urlDay, type PublicationCandidate } from '../text/publication';
import { isSourceLine } from '../text/meta-lines';
import { makePositioner, type Positioner } from '../text/positions';
import { formatDay, parseDay } from './calendar';
import { narrativeYears } from './narrative-years';
import { isYearlessDay, monthBoundOf, nearWriting, spanDateline, THIS_WEEKDAY, yearlessDateline } from './writing-bounds';
import { findDateMentions, type RawDate, type TextRange } from './date-mentions';
import { CHRONO_HINT, DATE_SCAN_HINT, hasFollowingFutureCue, hasFutureCue, isFutureClause } from './lexicon';
import { listEntryYears } from './list-years';
import { dropDisagreeingStamps } from './message-stamps';
import { resolveAnaphors } from './anaphors';
import { beforeTheMonth, giveSameYears, inferred, namesPastMonth } from './year-readings';
import { latestDay, resolveDate, sinceRange, statedDays } from './resolve-date';

/** Characters of text scanned for dates per document; beyond it dates are skipped with a diagnostic. */
const SCAN_BUDGET = 400_000;
const CHUNK = 4000;
const MAX_DATE_WARNINGS = 100;
/** Meta blocks searched for a publication date at the top and at the foot of a page. */
const META_HEAD = 30;
const META_TAIL = 10;

export interface DocumentDates {
  published: CalendarDay | null;
  stories: StoryContext[];
  dates: DateMention[];
  diagnostics: Diagnostic[];
  awaitsYear?: true;
}

interface Found {
  raw: RawDate;
  block: number;
  sentence: number | null;
  future: boolean;
}

/**
 * Runs of consecutive sentences of a block that may hold a date, up to CHUNK
 * characters each. Sentences with no digit, month, weekday or relative word are
 * never scanned; of the others, chrono, which is most of the cost of this stage,
 * reads only those with a digit or a month name (`chrono`: runs of such sentences).
 */
function chunks(text: string, sentences: readonly Sentence[], first: number, blockIndex: number, chrono: TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  let current: TextRange | null = null;
  let run: TextRange | null = null;
  for (let i = first; i < sentences.length; i += 1) {
    const s = sentences[i];
    if (!s || s.block !== blockIndex) break;
    if (!DATE_SCAN_HINT.test(text.slice(s.start, Math.min(s.end, s.start + CHUNK * 4)).toLowerCase())) {
      if (current) out.push(current);
      current = null;
      run = null;
      continue;
    }
    if (!CHRONO_HINT.test(text.slice(s.start, s.end))) run = null;
    else if (run) run.end = s.end;
    else {
      run = { start: s.start, end: s.end };
      chrono.push(run);
    }
    if (current && s.end - current.start <= CHUNK) current.end = s.end;
    else {
      if (current) out.push(current);
      current = { start: s.start, end: s.end };
    }
  }
  if (current) out.push(current);
  // A single huge sentence is cut into fixed windows.
  return out.flatMap((c) => {
    if (c.end - c.start <= CHUNK * 2) return [c];
    const parts: TextRange[] = [];
    for (let at = c.start; at < c.end; at += CHUNK) parts.push({ start: at, end: Math.min(c.end, at + CHUNK) });
    return parts;
  });
}

/** The parts of the chrono runs (document offsets, in order) inside the scanned pieces, as offsets into the joined text. */
function chronoRanges(pieces: readonly Piece[], runs: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  let r = 0;
  for (const piece of pieces) {
    while (r < runs.length && (runs[r]?.end ?? 0) <= piece.start) r += 1;
    for (let k = r; k < runs.length; k += 1) {
      const run = runs[k];
      if (!run || run.start >= piece.end) break;
      const start = Math.max(run.start, piece.start);
      const end = Math.min(run.end, piece.end);
      if (start < end) out.push({ start: piece.joined + start - piece.start, end: piece.joined + end - piece.start });
    }
  }
  return out;
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

/**
 * Whether the words before a date, in its own clause, put it in the future ("will
 * be presented in February", "se reunirá el lunes"). The clause stops at a comma,
 * semicolon, colon, dash or quote, so "Sotelo, who will govern until 2030, said
 * on Monday" reads Monday as past.
 */
function isFuture(text: string, raw: RawDate, sentence: Sentence | undefined): boolean {
  const from = Math.max(sentence?.start ?? raw.start - 80, raw.start - 80);
  const before = text.slice(from, raw.start);
  const clause = before.slice(Math.max(...[',', ';', ':', '—', '–', '"', '“', '”', '«', '»'].map((mark) => before.lastIndexOf(mark))) + 1);
  return isFutureClause(clause) || hasFutureCue(raw.text) || hasFollowingFutureCue(text.slice(raw.end, raw.end + 40));
}

/** Where each scanned piece sits in the joined scan text and in the document. */
interface Piece {
  joined: number;
  start: number;
  end: number;
}

/** Separates pieces in the joined text: neither space nor word, so no date spans it. */
const SEPARATOR = '\u0000';

function pieceAt(pieces: readonly Piece[], joinedOffset: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pieces[mid]?.joined ?? 0) <= joinedOffset) lo = mid;
    else hi = mid - 1;
  }
  return pieces[lo];
}

function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((blocks[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * "Photo: An officer inspects a truck in Port Alden on Feb. 6, 2027.": a caption left out of
 * extraction still says the picture was taken by then, so its stated days bound the writing.
 */
const CAPTION_LEAD = /^\s*(?:photo|foto|image|imagen|photograph|fotograf[íi]a|pie de foto|photo caption)\s*:/iu;
const MAX_CAPTION = 600;

function isDatedCaption(text: string, block: Block): boolean {
  return block.kind === 'noise' && block.end - block.start <= MAX_CAPTION && CAPTION_LEAD.test(text.slice(block.start, block.start + 24));
}

/** A full date in parentheses closing a short related-item headline. */
function isHeadlineDate(text: string, raw: RawDate, block: Block): boolean {
  if (block.end - block.start > 200) return false;
  return text[raw.start - 1] === '(' && text[raw.end] === ')' && text.slice(raw.end + 1, block.end).trim() === '';
}

/** Words that make a stated date the start of a period running to the time of writing. */
const SINCE = /(?:^|[^\p{L}])(?:(?:since|ever since|desde(?: el)?|a partir del?)|(?:since|desde que)\s[^,;.:!?"“”«»\n]{1,60}\s(?:on|in|el|en))\s+$/iu;

/** Words right before a date that make it the edge of a period: "from 4 March", "hasta el 9 de marzo", "takes effect March 2". */
const PERIOD_EDGE =
  /(?:^|[^\p{L}])(?:from|starting|beginning|as of|effective|until|till|through|by|no later than|a partir del?|hasta el|desde el|(?:takes|take|goes|go) (?:effect|into effect|into force)(?: on)?|entra(?:n)? en vigor(?: el)?)\s+$/iu;

/**
 * "Este martes México envió a 37 presos, el tercer traslado desde febrero del año
 * pasado": a date after "since"/"desde" opens the stretch, so when its clause has a
 * date of its own, that date is the event's and the stretch's start is left out.
 */
function dropSinceWhereDated(text: string, dates: DateMention[], sinceStarts: ReadonlySet<number>): void {
  if (sinceStarts.size === 0) return;
  const keep = dates.filter((d, i) => {
    if (!sinceStarts.has(d.start)) return true;
    for (let j = i - 1; j >= 0; j -= 1) {
      const other = dates[j];
      if (!other || other.sentence !== d.sentence) break;
      if (sinceStarts.has(other.start) || other.value.start === null) continue;
      // Same clause: no full stop, semicolon, quote or ", and <verb>" coordination between them.
      if (!/[;"“”«»]|,\s+(?:and|but|y|pero)\s/iu.test(text.slice(other.end, d.start))) return false;
    }
    return true;
  });
  dates.splice(0, dates.length, ...keep);
}

/** Index of the first paragraph of prose (a sentence's end after 120 characters at least): the header is what comes before it. */
function headerEnd(text: string, blocks: readonly Block[]): number {
  const k = blocks.findIndex((b) => b.kind === 'body' && b.end - b.start > 120 && /[.!?"\u201d\u00bb]\s*$/u.test(text.slice(b.end - 4, b.end)));
  return k === -1 ? blocks.length : k;
}

/** `url`: the page's web address (metadata or a meta line), whose path may state its day. */
export function extractDates(doc: SourceDocument, blocks: readonly Block[], sentences: readonly Sentence[], language: string, url: string | null = null): DocumentDates {
  const diagnostics: Diagnostic[] = [];
  let positioner: Positioner | null = null;
  const positionAt = (_text: string, offset: number) => (positioner ??= makePositioner(doc.text))(offset);

  // The stretches worth scanning, joined into one text so chrono runs once per document.
  const spans: TextRange[] = [];
  // Document offsets chrono reads: runs of read sentences with a digit or a month name, and whole meta blocks and captions.
  const chronoRuns: TextRange[] = [];
  let budget = SCAN_BUDGET;
  let skipped = false;
  let firstSentence = 0;
  // Meta blocks only matter for the publication date: the first and last few are enough,
  // and a page of thousands of timestamp lines must not feed them all to chrono.
  const metaCount = blocks.reduce((n, b) => n + (b.kind === 'meta' ? 1 : 0), 0);
  let metaSeen = 0;
  blocks.forEach((block, index) => {
    const read = block.kind === 'body' || block.kind === 'related';
    if (!read && block.kind !== 'meta' && !isDatedCaption(doc.text, block)) return;
    if (block.kind === 'meta') {
      metaSeen += 1;
      if (metaSeen > META_HEAD && metaSeen <= metaCount - META_TAIL) return;
    }
    while (firstSentence < sentences.length && (sentences[firstSentence]?.block ?? Infinity) < index) firstSentence += 1;
    if (!read) chronoRuns.push({ start: block.start, end: block.end });
    for (const chunk of read ? chunks(doc.text, sentences, firstSentence, index, chronoRuns) : [{ start: block.start, end: block.end }]) {
      const length = chunk.end - chunk.start;
      if (length > budget) {
        skipped = true;
        return;
      }
      budget -= length;
      spans.push(chunk);
    }
  });
  if (skipped) {
    diagnostics.push(
      diagnostic('info', 'date-scan-limit', `only the first ${SCAN_BUDGET} characters were searched for dates`, doc.path, null),
    );
  }
  const pieces: Piece[] = [];
  let joinedLength = 0;
  for (const span of spans) {
    pieces.push({ joined: joinedLength, start: span.start, end: span.end });
    joinedLength += span.end - span.start + SEPARATOR.length;
  }
  const joined = spans.map((span) => doc.text.slice(span.start, span.end)).join(SEPARATOR);

  const found: Found[] = [];
  for (const mention of pieces.length ? findDateMentions(joined, 0, language, chronoRanges(pieces, chronoRuns)) : []) {
    if (mention.text.includes(SEPARATOR)) continue;
    const piece = pieceAt(pieces, mention.start);
    if (!piece) continue;
    const shift = piece.start - piece.joined;
    const raw: RawDate = { ...mention, start: mention.start + shift, end: mention.end + shift };
    const block = blockAt(blocks, raw.start);
    const read = blocks[block]?.kind === 'body' || blocks[block]?.kind === 'related';
    const sentence = read ? sentenceAt(sentences, raw.start) : null;
    found.push({ raw, block, sentence, future: isFuture(doc.text, raw, sentence === null ? undefined : sentences[sentence]) });
  }

  giveSameYears(found);

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
  const header = headerEnd(doc.text, blocks);
  for (const f of found) {
    const block = blocks[f.block];
    if (!block || block.kind === 'noise' || f.raw.kind !== 'day' || f.raw.year === null || f.raw.until) continue;
    const day = { year: f.raw.year, month: f.raw.month, day: f.raw.day };
    const blockText = doc.text.slice(block.start, block.end);
    if (block.kind === 'meta') {
      push(block.story, { day, source: isSourceLine(blockText) ? 'source line' : 'timestamp', offset: f.raw.start, text: f.raw.text });
    } else if (isDateline(blockText, f.raw.start - block.start, f.raw.end - block.start)) {
      push(block.story, { day, source: 'dateline', offset: f.raw.start, text: f.raw.text });
    } else if (f.block < header && isHeaderStamp(blockText, f.raw.start - block.start, f.raw.end - block.start)) {
      // "Mexicali · Miércoles 11 de febrero de 2026 · No. 25,814": a print masthead's or a site header's stamp.
      push(block.story, { day, source: 'timestamp', offset: f.raw.start, text: f.raw.text });
    } else if (block.kind === 'related' && isHeadlineDate(doc.text, f.raw, block)) {
      // "Minister meets envoy (2025-09-15)": a related item's own date.
      push(block.story, { day, source: 'source line', offset: f.raw.start, text: f.raw.text });
    }
  }
  dropDisagreeingStamps(candidates, doc.path, diagnostics);
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const titleDay = titleBlock ? recordTitleDay(doc.text.slice(titleBlock.start, titleBlock.end), titleBlock.start) : null;
  if (titleDay) push(0, titleDay);
  // A page stating no day of its own may still carry one in its web address.
  const addressDay = !candidates.has(0) && url !== null ? urlDay(url) : null;
  if (addressDay) push(0, addressDay);
  const lowerBound = nearWriting(doc.text, latestDay(found.filter((f) => !f.future).flatMap((f) => statedDays(f.raw))), found);
  // Year-less datelines only where the story has no other candidate; what they give is inferred.
  const inferredStories = new Set<number>();
  let awaitsYear = false;
  for (const f of found) {
    const block = blocks[f.block];
    if (!block || block.kind !== 'body' || candidates.has(block.story)) continue;
    if (!isDateline(doc.text.slice(block.start, block.end), f.raw.start - block.start, f.raw.end - block.start)) continue;
    const story = block.story;
    const thisWeekdays = found.flatMap((w) =>
      w.raw.kind === 'weekday' && !w.future && blocks[w.block]?.story === story && THIS_WEEKDAY.test(w.raw.text) ? [w.raw.weekday] : [],
    );
    // With no full day in the document, only the corpus's span can place it (corpus-years.ts).
    const day = lowerBound ? yearlessDateline(f.raw, lowerBound, thisWeekdays) : spanDateline(f.raw, doc.corpusSpan, thisWeekdays);
    if (!lowerBound && !doc.corpusSpan && isYearlessDay(f.raw)) awaitsYear = true;
    if (day) {
      push(story, { day, source: 'dateline', offset: f.raw.start, text: f.raw.text });
      inferredStories.add(story);
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

  const monthBound = lowerBound ? null : monthBoundOf(found);
  const storyNumbers = [...new Set([0, ...blocks.map((b) => b.story)])].sort((a, b) => a - b);
  const stories: StoryContext[] = storyNumbers.map((story) => ({ story, published: publishedOf.get(story) ?? null, lowerBound }));
  const contextOf = new Map(stories.map((s) => [s.story, s]));
  const listYears = listEntryYears(
    doc.text,
    found.flatMap((f) => (f.sentence === null ? [] : [{ raw: f.raw, block: f.block, anchor: contextOf.get(blocks[f.block]?.story ?? 0)?.published ?? lowerBound }])),
  );

  const narrative = narrativeYears(found.filter((f) => f.sentence !== null));
  const dates: DateMention[] = [];
  const sinceStarts = new Set<number>();
  let warned = 0;
  for (const f of found) {
    if (f.raw.kind === 'impossible') {
      if (++warned <= MAX_DATE_WARNINGS) diagnostics.push(
        diagnostic('warning', 'impossible-date', `"${f.raw.text}" is not a real date (${f.raw.why}); left undated`, doc.path, positionAt(doc.text, f.raw.start)),
      );
      continue;
    }
    if (f.raw.kind === 'ambiguous' && ++warned <= MAX_DATE_WARNINGS) {
      diagnostics.push(
        diagnostic('warning', 'ambiguous-date', `"${f.raw.text}" could be day/month or month/day (${f.raw.why}); only the year ${f.raw.year} is kept`, doc.path, positionAt(doc.text, f.raw.start)),
      );
    }
    if (f.sentence === null) continue;
    const story = blocks[f.block]?.story ?? 0;
    const storyContext = { ...(contextOf.get(story) ?? { published: null, lowerBound }), monthBound };
    const context = namesPastMonth(doc.text, f) ? beforeTheMonth(storyContext) : storyContext;
    const opensPeriod = PERIOD_EDGE.test(doc.text.slice(Math.max(0, f.raw.start - 24), f.raw.start));
    const listYear = listYears.get(f.raw.start);
    let value =
      listYear !== undefined && (f.raw.kind === 'day' || f.raw.kind === 'month')
        ? inferred(resolveDate({ ...f.raw, year: listYear }, context, f.future, opensPeriod))
        : resolveDate(f.raw, context, f.future, opensPeriod);
    const narrativeYear = listYear === undefined ? narrative.get(f.raw.start) : undefined;
    if (narrativeYear !== undefined && (f.raw.kind === 'day' || f.raw.kind === 'month') && !value?.start?.startsWith(String(narrativeYear))) {
      const told = inferred(resolveDate({ ...f.raw, year: narrativeYear }, context, f.future, opensPeriod));
      // Never later than the time of writing.
      const anchor = context.published ?? context.lowerBound;
      if (told?.start && (!anchor || told.start <= formatDay(anchor))) value = told;
    }
    const anchored = f.raw.kind === 'day' || f.raw.kind === 'month' ? f.raw.year !== null || f.raw.yearOf !== undefined : false;
    if (value && anchored && SINCE.test(doc.text.slice(Math.max(0, f.raw.start - 80), f.raw.start))) {
      value = sinceRange(value, context.published);
      sinceStarts.add(f.raw.start);
    }
    if (value && value.basis === 'relative' && inferredStories.has(story)) value = inferred(value);
    if (value) dates.push({ start: f.raw.start, end: f.raw.end, sentence: f.sentence, value });
  }
  dates.sort((a, b) => a.start - b.start);
  dropSinceWhereDated(doc.text, dates, sinceStarts);
  resolveAnaphors(doc.text, dates, found, sentences);
  return { published: publishedOf.get(0) ?? null, stories, dates, diagnostics, ...(awaitsYear ? { awaitsYear } : {}) };
}
