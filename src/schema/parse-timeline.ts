/**
 * The single validator for JSON entering the app. It refuses a file whose shape
 * or version is wrong, and salvages a file where only some events or quotes are
 * invalid: those are skipped and counted so the app can say so.
 */
import {
  SCHEMA_VERSION,
  eventSchema,
  quoteSchema,
  timelineSchema,
  type Timeline,
} from './timeline';

export type TimelineProblem =
  | { kind: 'not-json'; detail: string }
  | { kind: 'wrong-shape'; detail: string }
  | { kind: 'newer-version'; found: number }
  | { kind: 'older-version'; found: unknown };

export type ParseResult =
  | { ok: true; timeline: Timeline; skipped: { events: number; quotes: number } }
  | { ok: false; problem: TimelineProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseTimelineText(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  return parseTimeline(raw);
}

export function parseTimeline(raw: unknown): ParseResult {
  if (!isRecord(raw)) return { ok: false, problem: { kind: 'wrong-shape', detail: 'expected a JSON object' } };
  const version = raw['schemaVersion'];
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', found: version } };
  }
  if (version !== SCHEMA_VERSION) return { ok: false, problem: { kind: 'older-version', found: version } };

  const events = Array.isArray(raw['events']) ? raw['events'] : [];
  const quotes = Array.isArray(raw['quotes']) ? raw['quotes'] : [];
  const goodEvents = events.filter((e) => eventSchema.safeParse(e).success);
  const goodQuotes = quotes.filter((q) => quoteSchema.safeParse(q).success);
  const eventIds = new Set(goodEvents.map((e) => (e as { id: string }).id));
  // A quote pointing at a skipped event keeps its text but loses the link.
  const linkedQuotes = goodQuotes.map((q) => {
    const quote = q as { event: string | null };
    return quote.event !== null && !eventIds.has(quote.event) ? { ...quote, event: null } : quote;
  });

  const result = timelineSchema.safeParse({ ...raw, events: goodEvents, quotes: linkedQuotes });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return { ok: false, problem: { kind: 'wrong-shape', detail: `${where}: ${issue?.message ?? 'invalid'}` } };
  }
  return {
    ok: true,
    timeline: result.data,
    skipped: { events: events.length - goodEvents.length, quotes: quotes.length - goodQuotes.length },
  };
}
