/**
 * The shapes that flow between compiler stages. Each stage takes a document (or
 * the corpus) and returns a new one with more filled in; problems are appended to
 * `diagnostics`, never thrown or printed.
 *
 *   read (I/O, in the CLI) → clean → segment → dates → actors → quotes → events
 *   → merge → relevance → curate → emit
 *
 * All offsets index `SourceDocument.text` (decoded, BOM removed, line endings
 * normalised to LF), which is shipped in the output as `documents[].text`.
 */
import type {
  ActorId,
  DateValue,
  Diagnostic,
  DocumentId,
  EventType,
  Severity,
  TimelineDocument,
} from '../schema/timeline';

/** A calendar day, never a JS Date. month is 1-12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** What a reader (txt/md/html) produced, before any extraction. Built by the I/O layer. */
/** The first and last day (YYYY-MM-DD) a year-less dateline may fall on, from a corpus's dated documents. */
export interface CorpusSpan {
  from: string;
  to: string;
}

export interface SourceDocument {
  id: DocumentId;
  /** Relative to the documents folder, forward slashes. */
  path: string;
  format: 'txt' | 'md' | 'html';
  /** Decoded, BOM-free, LF-only text. All offsets index this string. */
  text: string;
  /** Offset where the article body starts (after YAML front matter), else 0. */
  bodyStart: number;
  /** From front matter and data/sources (sources wins). Dates as YYYY-MM-DD. */
  meta: {
    title?: string;
    url?: string;
    outlet?: string;
    published?: string;
    language?: string;
  };
  /**
   * Set only by the corpus pass (corpus-years.ts) for a document that awaits a year: the first
   * and last day (YYYY-MM-DD) a year-less dateline of it may fall on, from the corpus's dated documents.
   */
  corpusSpan?: CorpusSpan;
  diagnostics: Diagnostic[];
}

export type BlockKind = TimelineDocument['blocks'][number]['kind'];

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  reason?: string;
  /** 0 = the main article; 1..n = the n-th item of a "related articles" block. */
  story: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into CleanDocument.blocks. */
  block: number;
  story: number;
}

/** The date context of one story (the main article, or a related item). */
export interface StoryContext {
  story: number;
  /** The real publication date, when the text or metadata gives one. */
  published: CalendarDay | null;
  /** The latest fully stated date in the document: a lower bound on when it was written. */
  lowerBound: CalendarDay | null;
}

/** A date expression found in the text, already resolved. */
export interface DateMention {
  start: number;
  end: number;
  sentence: number;
  value: DateValue;
}

/** After clean + segment + dates (the text stages). */
export interface CleanDocument extends SourceDocument {
  title: string;
  language: string;
  outlet: string | null;
  url: string | null;
  published: CalendarDay | null;
  blocks: Block[];
  sentences: Sentence[];
  stories: StoryContext[];
  dates: DateMention[];
  /** A story opens with a year-less dateline ("TIJUANA, 27 de febrero.-") that nothing in the document gives a year. */
  awaitsYear?: true;
}

export interface ActorMention {
  start: number;
  end: number;
  sentence: number;
  actor: ActorId;
  /** How it was found: a full name, a surname, an alias/description, or a pronoun. */
  via: 'name' | 'surname' | 'alias' | 'pronoun';
}

export interface ExtractedQuote {
  start: number;
  end: number;
  text: string;
  direct: boolean;
  speaker: ActorId | null;
  sentence: number;
  context: { start: number; end: number };
  date: DateValue;
}

export interface ExtractedEvent {
  type: EventType;
  cameo: string;
  title: string;
  date: DateValue;
  actors: ActorId[];
  sentence: number;
  /** The cited words (usually the sentence or clause). */
  start: number;
  end: number;
  /** Indexes into the document's quotes said at this event. */
  quotes: number[];
  /** Who a capture, arrest or transfer happened to: those named right after its trigger ("the capture of X"). */
  targets?: ActorId[];
  /** A capture told only in passing ("after the capture of X"): it joins an event found elsewhere, never stands alone. */
  background?: true;
}

/** A document after all per-document stages. */
export interface ExtractedDocument extends CleanDocument {
  mentions: ActorMention[];
  quotes: ExtractedQuote[];
  events: ExtractedEvent[];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function diagnostic(
  severity: Severity,
  rule: string,
  message: string,
  document: string | null,
  position: { line: number; column: number } | null = null,
): Diagnostic {
  return {
    severity,
    rule,
    // Messages quote document text cut at a length; a cut through an emoji must not
    // put a lone surrogate into the output.
    message: message.replace(LONE_SURROGATE, ''),
    document,
    line: position?.line ?? null,
    column: position?.column ?? null,
  };
}

/** 1-based line and column of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
