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
  type Quote,
  type Timeline,
  type TimelineEvent,
} from './timeline';
import { fastAccept } from './fast-accept';

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
  // Each event and quote is validated once, on its own, so a bad one is skipped
  // rather than failing the file; the rest of the file is then validated without
  // them (the item schemas are the ones `timelineSchema` uses for its arrays).
  // What the compiler writes takes the fast path (fast-accept.ts); zod sees the rest.
  const fastEvent = fastAccept(eventSchema);
  const fastQuote = fastAccept(quoteSchema);
  const goodEvents: TimelineEvent[] = [];
  for (const e of events) {
    if (fastEvent(e)) {
      goodEvents.push(e as TimelineEvent);
      continue;
    }
    const r = eventSchema.safeParse(e);
    if (r.success) goodEvents.push(r.data);
  }
  const eventIds = new Set<string>(goodEvents.map((e) => e.id));
  const goodQuotes: Quote[] = [];
  for (const q of quotes) {
    let quote: Quote;
    if (fastQuote(q)) quote = q as Quote;
    else {
      const r = quoteSchema.safeParse(q);
      if (!r.success) continue;
      quote = r.data;
    }
    // A quote pointing at a skipped event keeps its text but loses the link.
    goodQuotes.push(quote.event !== null && !eventIds.has(quote.event) ? { ...quote, event: null } : quote);
  }

  const header = { ...raw, events: [], quotes: [] };
  let rest: Timeline;
  if (fastAccept(timelineSchema)(header)) rest = header as unknown as Timeline;
  else {
    const result = timelineSchema.safeParse(header);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue ? issue.path.join('.') : '';
      return { ok: false, problem: { kind: 'wrong-shape', detail: `${where}: ${issue?.message ?? 'invalid'}` } };
    }
    rest = result.data;
  }
  return {
    ok: true,
    timeline: { ...rest, events: goodEvents, quotes: goodQuotes },
    skipped: { events: events.length - goodEvents.length, quotes: quotes.length - goodQuotes.length },
  };
}
