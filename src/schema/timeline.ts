/**
 * The contract between the compiler and the app. Both sides import this file and
 * nothing else from each other: the compiler validates its output with
 * `timelineSchema` before writing, and every path where JSON enters the app goes
 * through `parseTimeline`.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini (a fraction of classic zod's size in the app bundle) ships no messages;
// classic zod registers English on first use. Do the same, so an issue still reads
// "Invalid input: expected string, received undefined" on both sides.
if (!z.config().localeError) z.config(en());

export const SCHEMA_VERSION = 1;

export const documentIdSchema = z.string().check(z.minLength(1)).brand<'DocumentId'>();
export const actorIdSchema = z.string().check(z.minLength(1)).brand<'ActorId'>();
export const eventIdSchema = z.string().check(z.minLength(1)).brand<'EventId'>();
export const quoteIdSchema = z.string().check(z.minLength(1)).brand<'QuoteId'>();
export type DocumentId = z.infer<typeof documentIdSchema>;
export type ActorId = z.infer<typeof actorIdSchema>;
export type EventId = z.infer<typeof eventIdSchema>;
export type QuoteId = z.infer<typeof quoteIdSchema>;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": a calendar value, never a JS Date. */
export const calendarStringSchema = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

export const PRECISIONS = ['day', 'week', 'month', 'year', 'unknown'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * stated: written in full in the text; relative: resolved against the publication
 * date; inferred: year supplied by the document's lower bound; reported: undated,
 * placed at the article's publication date; curated: set by an editor.
 */
export const BASES = ['stated', 'relative', 'inferred', 'reported', 'curated'] as const;
export type Basis = (typeof BASES)[number];

export const dateValueSchema = z.object({
  /** First day of the period (for a week, its Monday, as YYYY-MM-DD). Null when unknown. */
  start: z.nullable(calendarStringSchema),
  /** Last day of a range or of a week; absent for single values. */
  end: z.optional(calendarStringSchema),
  precision: z.enum(PRECISIONS),
  basis: z.enum(BASES),
  /** The words the date came from ("a March 9 interview", "This week"). */
  text: z.optional(z.string()),
});
export type DateValue = z.infer<typeof dateValueSchema>;

export const EVENT_TYPES = [
  'call',
  'meeting',
  'statement',
  'interview',
  'rejection',
  'threat',
  'military-operation',
  'designation',
  'report',
  'arrest-extradition',
  'policy',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ACTOR_KINDS = ['person', 'organization', 'government', 'media'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const documentSchema = z.object({
  id: documentIdSchema,
  /** Relative to the documents folder, with forward slashes. */
  path: z.string(),
  title: z.string(),
  published: z.nullable(calendarStringSchema),
  outlet: z.nullable(z.string()),
  /** Only http(s) URLs with a host; anything else is dropped by the compiler. */
  url: z.nullable(z.string()),
  language: z.string(),
  /**
   * The document's text after decoding (BOM removed, line endings normalised to
   * LF). Every offset in the file indexes this string: `text.slice(start, end)`.
   */
  text: z.string(),
  /** How the compiler read each part of the text. Parts not listed were ignored whitespace. */
  blocks: z.array(
    z.object({
      start: z.number().check(z.int(), z.nonnegative()),
      end: z.number().check(z.int(), z.nonnegative()),
      kind: z.enum(['title', 'meta', 'body', 'related', 'noise', 'duplicate']),
      /** Why a block was left out of extraction (noise and duplicate blocks). */
      reason: z.optional(z.string()),
    }),
  ),
  /** Set when this document duplicates another one (byte-identical or near-identical). */
  duplicateOf: z.optional(z.nullable(documentIdSchema)),
});
export type TimelineDocument = z.infer<typeof documentSchema>;

export const actorSchema = z.object({
  id: actorIdSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  /** ISO 3166-1 alpha-2 code (US, MX, VE…) or null when unknown. */
  country: z.nullable(z.string()),
  kind: z.enum(ACTOR_KINDS),
  gender: z.optional(z.nullable(z.enum(['female', 'male', 'other']))),
  /** registry: from data/actors; discovered: found in the text by the compiler. */
  origin: z.enum(['registry', 'discovered']),
});
export type Actor = z.infer<typeof actorSchema>;

export const spanSchema = z.object({
  document: documentIdSchema,
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
});
export type Span = z.infer<typeof spanSchema>;

export const sourceSchema = z.extend(spanSchema, {
  /** The cited words: exactly `document.text.slice(start, end)`. */
  text: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Names of fields an editor changed through data/curation; empty when none. */
const curatedFieldsSchema = z.optional(z.array(z.string()));

export const eventSchema = z.object({
  id: eventIdSchema,
  type: z.enum(EVENT_TYPES),
  /** CAMEO event code, e.g. "041" for a phone call. */
  cameo: z.string(),
  title: z.string(),
  summary: z.optional(z.string()),
  relevant: z.boolean(),
  date: dateValueSchema,
  actors: z.array(actorIdSchema),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  /** Number of independent sources (distinct, non-duplicate documents). */
  sourceCount: z.number().check(z.int(), z.positive()),
  curated: curatedFieldsSchema,
});
export type TimelineEvent = z.infer<typeof eventSchema>;

export const quoteSchema = z.object({
  id: quoteIdSchema,
  speaker: z.nullable(actorIdSchema),
  text: z.string(),
  /** true: the words are in quotation marks in the source. */
  direct: z.boolean(),
  date: dateValueSchema,
  event: z.nullable(eventIdSchema),
  source: spanSchema,
  /** The sentence (or sentences) around the quote, for context. */
  context: z.optional(spanSchema),
  curated: curatedFieldsSchema,
});
export type Quote = z.infer<typeof quoteSchema>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const diagnosticSchema = z.object({
  severity: z.enum(SEVERITIES),
  /** Stable kebab-case rule id, e.g. "noise-block". */
  rule: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  message: z.string(),
  /** Path relative to the documents folder (or a data file path), or null for corpus-wide diagnostics. */
  document: z.nullable(z.string()),
  /** 1-based; null when not tied to a position. */
  line: z.nullable(z.number().check(z.int(), z.positive())),
  column: z.nullable(z.number().check(z.int(), z.positive())),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export const timelineSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: z.string(),
  description: z.string(),
  documents: z.array(documentSchema),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
  quotes: z.array(quoteSchema),
  /** Event ids in presentation order (data/curation story), or empty for the default. */
  story: z.array(eventIdSchema),
  diagnostics: z.array(diagnosticSchema),
});
export type Timeline = z.infer<typeof timelineSchema>;
