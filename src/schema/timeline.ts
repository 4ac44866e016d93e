/**
 * The contract between the compiler and the app. Both sides import this file and
 * nothing else from each other: the compiler validates its output with
 * `timelineSchema` before writing, and every path where JSON enters the app goes
 * through `parseTimeline`.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

export const documentIdSchema = z.string().min(1).brand<'DocumentId'>();
export const actorIdSchema = z.string().min(1).brand<'ActorId'>();
export const eventIdSchema = z.string().min(1).brand<'EventId'>();
export const quoteIdSchema = z.string().min(1).brand<'QuoteId'>();
export type DocumentId = z.infer<typeof documentIdSchema>;
export type ActorId = z.infer<typeof actorIdSchema>;
export type EventId = z.infer<typeof eventIdSchema>;
export type QuoteId = z.infer<typeof quoteIdSchema>;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": a calendar value, never a JS Date. */
export const calendarStringSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

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
  start: calendarStringSchema.nullable(),
  /** Last day of a range or of a week; absent for single values. */
  end: calendarStringSchema.optional(),
  precision: z.enum(PRECISIONS),
  basis: z.enum(BASES),
  /** The words the date came from ("a January 19 interview", "This week"). */
  text: z.string().optional(),
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
  published: calendarStringSchema.nullable(),
  outlet: z.string().nullable(),
  /** Only http(s) URLs with a host; anything else is dropped by the compiler. */
  url: z.string().nullable(),
  language: z.string(),
  /**
   * The document's text after decoding (BOM removed, line endings normalised to
   * LF). Every offset in the file indexes this string: `text.slice(start, end)`.
   */
  text: z.string(),
  /** How the compiler read each part of the text. Parts not listed were ignored whitespace. */
  blocks: z.array(
    z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      kind: z.enum(['title', 'meta', 'body', 'related', 'noise', 'duplicate']),
      /** Why a block was left out of extraction (noise and duplicate blocks). */
      reason: z.string().optional(),
    }),
  ),
  /** Set when this document duplicates another one (byte-identical or near-identical). */
  duplicateOf: documentIdSchema.nullable().optional(),
});
export type TimelineDocument = z.infer<typeof documentSchema>;

export const actorSchema = z.object({
  id: actorIdSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  /** ISO 3166-1 alpha-2 code (US, MX, VE…) or null when unknown. */
  country: z.string().nullable(),
  kind: z.enum(ACTOR_KINDS),
  gender: z.enum(['female', 'male', 'other']).nullable().optional(),
  /** registry: from data/actors; discovered: found in the text by the compiler. */
  origin: z.enum(['registry', 'discovered']),
});
export type Actor = z.infer<typeof actorSchema>;

export const spanSchema = z.object({
  document: documentIdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof spanSchema>;

export const sourceSchema = spanSchema.extend({
  /** The cited words: exactly `document.text.slice(start, end)`. */
  text: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Names of fields an editor changed through data/curation; empty when none. */
const curatedFieldsSchema = z.array(z.string()).optional();

export const eventSchema = z.object({
  id: eventIdSchema,
  type: z.enum(EVENT_TYPES),
  /** CAMEO event code, e.g. "041" for a phone call. */
  cameo: z.string(),
  title: z.string(),
  summary: z.string().optional(),
  relevant: z.boolean(),
  date: dateValueSchema,
  actors: z.array(actorIdSchema),
  sources: z.array(sourceSchema).min(1),
  /** Number of independent sources (distinct, non-duplicate documents). */
  sourceCount: z.number().int().positive(),
  curated: curatedFieldsSchema,
});
export type TimelineEvent = z.infer<typeof eventSchema>;

export const quoteSchema = z.object({
  id: quoteIdSchema,
  speaker: actorIdSchema.nullable(),
  text: z.string(),
  /** true: the words are in quotation marks in the source. */
  direct: z.boolean(),
  date: dateValueSchema,
  event: eventIdSchema.nullable(),
  source: spanSchema,
  /** The sentence (or sentences) around the quote, for context. */
  context: spanSchema.optional(),
  curated: curatedFieldsSchema,
});
export type Quote = z.infer<typeof quoteSchema>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const diagnosticSchema = z.object({
  severity: z.enum(SEVERITIES),
  /** Stable kebab-case rule id, e.g. "noise-block". */
  rule: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  message: z.string(),
  /** Path relative to the documents folder (or a data file path), or null for corpus-wide diagnostics. */
  document: z.string().nullable(),
  /** 1-based; null when not tied to a position. */
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
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
