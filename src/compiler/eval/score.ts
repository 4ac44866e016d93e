/**
 * Scores a compiled timeline against hand-annotated gold, following
 * data/gold/README.md. An event matches a gold event when it cites one of the
 * gold's documents, shares an actor (by canonical name, alias or surname) and
 * does not assert a different date; each predicted event counts for the one
 * gold event it fits best (type, then date, then shared actors). Pure: the
 * eval script and its test do the reading.
 */
import type { Actor, Timeline, TimelineEvent } from '../../schema/timeline';

export interface GoldEvent {
  id: string;
  date: string | { from: string; to: string } | null;
  precision: 'day' | 'month' | 'year' | 'unknown';
  actors: string[];
  type: string;
  summary?: string;
  docs: string[];
}

export interface GoldQuote {
  doc: string;
  speaker: string | null;
  quote_start: string;
  direct: boolean;
}

export interface Gold {
  events: GoldEvent[];
  quotes: GoldQuote[];
}

export interface EventScore {
  gold: number;
  predicted: number;
  predictedRelevant: number;
  recall: number;
  /** Share of relevant predicted events that match a gold event. */
  precision: number;
  /** Share of all predicted events (relevant or not) that match a gold event. */
  precisionAll: number;
  /**
   * Share of relevant predicted events that match a gold event of their own type: the
   * lenient match above takes any type, so an event that is not what its sentence reports
   * (an "agreement" read from "de acuerdo con") still counts there.
   */
  precisionTyped: number;
  predictedTyped: number;
  datedMatched: number;
  datedRight: number;
  dateAccuracy: number;
  invented: { gold: string; event: string; date: string }[];
  multiDoc: number;
  merged: number;
  /**
   * Pairs of articles of multi-article gold events that one matching predicted event cites
   * together, and all such pairs: partial merges count here ("merged" needs every article).
   */
  mergedPairs: number;
  multiDocPairs: number;
  missed: string[];
  /** Dated gold events found, but never with the right date. */
  wrongDates: string[];
  mergedIds: string[];
  /**
   * Predicted events that join articles no single gold event they match lists together (two
   * happenings fused into one), by id: a wrong merge, worse than a missed one.
   */
  fused: string[];
  /** Gold id → matched predicted event ids. */
  matches: Record<string, string[]>;
  /** Gold id → every predicted event that could match it (cites one of its articles, shares an actor, no conflicting date). */
  candidates: Record<string, string[]>;
}

export interface QuoteScore {
  gold: number;
  found: number;
  recall: number;
  attributed: number;
  attributionAccuracy: number;
  missed: string[];
  misattributed: { quote: string; expected: string | null; got: string | null }[];
}

export interface SpanScore {
  total: number;
  invalid: string[];
}

export interface Score {
  events: EventScore;
  quotes: QuoteScore;
  spans: SpanScore;
}

const PRECISION_RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };

export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function surname(name: string): string {
  const parts = foldName(name).split(' ');
  return parts[parts.length - 1] ?? '';
}

/** True when a gold actor name designates this predicted actor. */
export function actorMatches(goldName: string, actor: Pick<Actor, 'name' | 'aliases' | 'kind'>): boolean {
  const g = foldName(goldName);
  if (foldName(actor.name) === g) return true;
  if (actor.aliases.some((a) => foldName(a) === g)) return true;
  if (actor.kind !== 'person') return false;
  const s = surname(goldName);
  return s.length >= 4 && foldName(actor.name).split(' ').includes(s);
}

function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? path : path.slice(i + 1);
}

/** Truncates "YYYY-MM-DD" to the gold's precision. */
function truncate(start: string, precision: string): string {
  return precision === 'year' ? start.slice(0, 4) : precision === 'month' ? start.slice(0, 7) : start;
}

function ownDate(e: TimelineEvent): boolean {
  return e.date.start !== null && e.date.basis !== 'reported' && e.date.precision !== 'unknown';
}

/** The first day of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" value. */
function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** 'right' | 'compatible' | 'conflict' for a predicted date against a dated gold event. */
function compareDate(e: TimelineEvent, g: GoldEvent): 'right' | 'compatible' | 'conflict' {
  const start = e.date.start;
  if (g.date === null || start === null || e.date.precision === 'unknown') return 'compatible';
  if (typeof g.date === 'object') {
    // "2025-09" starts on "2025-09-01": compared as text it would sort before it.
    const inside = firstDay(start) >= g.date.from && (e.date.end ?? start) <= g.date.to;
    if (inside && e.date.precision === 'day') return 'right';
    return inside || e.date.basis === 'reported' ? 'compatible' : 'conflict';
  }
  const coarser = Math.max(PRECISION_RANK[e.date.precision] ?? 4, PRECISION_RANK[g.precision] ?? 4);
  const level = coarser >= 3 ? 'year' : coarser === 2 ? 'month' : 'day';
  // A week is compared through its days.
  const weekHolds = e.date.precision === 'week' && g.precision === 'day' && e.date.end !== undefined && start <= g.date && g.date <= e.date.end;
  if (truncate(start, level) !== truncate(g.date, level) && !weekHolds) return e.date.basis === 'reported' ? 'compatible' : 'conflict';
  const fineEnough = (PRECISION_RANK[e.date.precision] ?? 4) <= (PRECISION_RANK[g.precision] ?? 4);
  return fineEnough && !weekHolds && truncate(start, g.precision) === g.date ? 'right' : 'compatible';
}

export function scoreTimeline(timeline: Timeline, gold: Gold): Score {
  const docName = new Map<string, string>();
  const docText = new Map<string, string>();
  for (const d of timeline.documents) {
    docName.set(d.id, baseName(d.path));
    docText.set(d.id, d.text);
  }
  const actorById = new Map<string, Actor>();
  for (const a of timeline.actors) actorById.set(a.id, a);
  const cites = (e: TimelineEvent, docs: readonly string[]): boolean => e.sources.some((s) => docs.includes(docName.get(s.document) ?? ''));
  const shared = (e: TimelineEvent, g: GoldEvent): number =>
    g.actors.filter((name) => e.actors.some((id) => {
      const actor = actorById.get(id);
      return actor !== undefined && actorMatches(name, actor);
    })).length;

  /** The first actor the event names (usually who acted) is one of the gold's. */
  const leads = (e: TimelineEvent, g: GoldEvent): boolean => {
    const first = e.actors[0] === undefined ? undefined : actorById.get(e.actors[0]);
    return first !== undefined && g.actors.some((name) => actorMatches(name, first));
  };
  const candidates = (e: TimelineEvent): GoldEvent[] =>
    gold.events.filter((g) => cites(e, g.docs) && shared(e, g) > 0 && compareDate(e, g) !== 'conflict');

  // A date the text gives, right for this gold event, is the strongest sign; an undated
  // prediction fits an undated gold event better than a dated one.
  const fit = (e: TimelineEvent, g: GoldEvent): number =>
    (g.type === e.type ? 4 : 0) +
    (ownDate(e) && compareDate(e, g) === 'right' ? 2 : 0) +
    shared(e, g) +
    (leads(e, g) ? 0.5 : 0) +
    ((g.date !== null) === ownDate(e) ? 1 : 0);
  const options = new Map<TimelineEvent, GoldEvent[]>();
  for (const e of timeline.events) {
    const c = candidates(e);
    if (c.length) options.set(e, c.sort((a, b) => fit(e, b) - fit(e, a)));
  }
  // Recall: a maximum matching, so one predicted event never stands in for two gold events.
  const holder = new Map<TimelineEvent, GoldEvent>();
  const tryGold = (g: GoldEvent, visited: Set<TimelineEvent>): boolean => {
    const ranked = [...options.entries()].filter(([, gs]) => gs.includes(g)).sort(([a], [b]) => fit(b, g) - fit(a, g));
    for (const [e] of ranked) {
      if (visited.has(e)) continue;
      visited.add(e);
      const current = holder.get(e);
      if (!current || tryGold(current, visited)) {
        holder.set(e, g);
        return true;
      }
    }
    return false;
  };
  for (const g of gold.events) tryGold(g, new Set());
  // Every other matching event counts for the gold event it fits best.
  const assigned = new Map<string, TimelineEvent[]>();
  for (const [e, gs] of options) {
    const g = holder.get(e) ?? gs[0];
    if (g) assigned.set(g.id, [...(assigned.get(g.id) ?? []), e]);
  }
  const recalled = new Set([...holder.values()].map((g) => g.id));

  const matches: Record<string, string[]> = {};
  const candidateIds: Record<string, string[]> = {};
  for (const [e, gs] of options) for (const g of gs) (candidateIds[g.id] ??= []).push(e.id);
  let datedMatched = 0;
  let datedRight = 0;
  const invented: EventScore['invented'] = [];
  const wrongDates: string[] = [];
  for (const g of gold.events) {
    const found = assigned.get(g.id) ?? [];
    matches[g.id] = found.map((e) => e.id);
    if (found.length === 0) continue;
    if (g.date !== null) {
      datedMatched += 1;
      const matching = [...options.entries()].filter(([, gs]) => gs.includes(g)).map(([e]) => e);
      if (matching.some((e) => compareDate(e, g) === 'right')) datedRight += 1;
      else wrongDates.push(g.id);
    } else {
      for (const e of found) {
        // A day that a dated gold event it also matches confirms is not invented.
        const confirmed = (options.get(e) ?? []).some((other) => other.date !== null && compareDate(e, other) === 'right');
        if (ownDate(e) && e.date.precision === 'day' && !confirmed) invented.push({ gold: g.id, event: e.id, date: e.date.start ?? '' });
      }
    }
  }
  const multi = gold.events.filter((g) => g.docs.length > 1);
  const mergedIds = multi
    .filter((g) => timeline.events.some((e) => g.docs.every((d) => cites(e, [d])) && shared(e, g) > 0 && compareDate(e, g) !== 'conflict'))
    .map((g) => g.id);
  let mergedPairs = 0;
  let multiDocPairs = 0;
  for (const g of multi) {
    multiDocPairs += (g.docs.length * (g.docs.length - 1)) / 2;
    const together = new Set<string>();
    for (const e of timeline.events) {
      if (shared(e, g) === 0 || compareDate(e, g) === 'conflict') continue;
      const docs = g.docs.filter((d) => cites(e, [d]));
      for (let i = 0; i < docs.length; i += 1) for (let j = i + 1; j < docs.length; j += 1) together.add(`${docs[i]}\u0000${docs[j]}`);
    }
    mergedPairs += together.size;
  }
  const fused = timeline.events.filter((e) => fusesArticles(e, options.get(e) ?? [], docName)).map((e) => e.id);
  const matchedEvents = new Set([...assigned.values()].flat());
  const relevant = timeline.events.filter((e) => e.relevant);
  const matchedGold = recalled.size;
  const typed = relevant.filter((e) => (options.get(e) ?? []).some((g) => g.type === e.type)).length;

  const events: EventScore = {
    gold: gold.events.length,
    predicted: timeline.events.length,
    predictedRelevant: relevant.length,
    recall: ratio(matchedGold, gold.events.length),
    precision: ratio(relevant.filter((e) => matchedEvents.has(e)).length, relevant.length),
    precisionAll: ratio(matchedEvents.size, timeline.events.length),
    precisionTyped: ratio(typed, relevant.length),
    predictedTyped: typed,
    datedMatched,
    datedRight,
    dateAccuracy: ratio(datedRight, datedMatched),
    invented,
    multiDoc: multi.length,
    merged: mergedIds.length,
    mergedPairs,
    multiDocPairs,
    missed: gold.events.filter((g) => !recalled.has(g.id)).map((g) => g.id),
    wrongDates,
    mergedIds,
    fused,
    matches,
    candidates: candidateIds,
  };

  // Whitespace is squashed, and punctuation that closes the gold's first words
  // ("no," before the closing quotation mark) is not asked of the output, whose
  // quote text ends at the words.
  const squash = (t: string): string => t.replace(/\s+/gu, ' ');
  const firstWords = (t: string): string => squash(t).replace(/[\s,;:]+$/u, '');
  let found = 0;
  let attributed = 0;
  const missedQuotes: string[] = [];
  const misattributed: QuoteScore['misattributed'] = [];
  for (const gq of gold.quotes) {
    const candidatesQ = timeline.quotes.filter((q) => docName.get(q.source.document) === gq.doc && squash(q.text).includes(firstWords(gq.quote_start)));
    if (candidatesQ.length === 0) {
      missedQuotes.push(gq.quote_start);
      continue;
    }
    found += 1;
    const speakerName = (id: string | null): string | null => (id === null ? null : (actorById.get(id)?.name ?? id));
    const right = candidatesQ.some((q) => {
      const actor = q.speaker === null ? undefined : actorById.get(q.speaker);
      return gq.speaker === null ? q.speaker === null : actor !== undefined && actorMatches(gq.speaker, actor);
    });
    if (right) attributed += 1;
    else misattributed.push({ quote: gq.quote_start, expected: gq.speaker, got: speakerName(candidatesQ[0]?.speaker ?? null) });
  }
  const quotes: QuoteScore = {
    gold: gold.quotes.length,
    found,
    recall: ratio(found, gold.quotes.length),
    attributed,
    attributionAccuracy: ratio(attributed, found),
    missed: missedQuotes,
    misattributed,
  };

  const invalid: string[] = [];
  let total = 0;
  for (const e of timeline.events) {
    for (const s of e.sources) {
      total += 1;
      if ((docText.get(s.document) ?? '').slice(s.start, s.end) !== s.text || s.end < s.start) invalid.push(`${e.id} ${s.document}:${s.start}-${s.end}`);
    }
  }
  for (const q of timeline.quotes) {
    total += 1;
    const text = docText.get(q.source.document) ?? '';
    if (q.source.end > text.length || q.source.end <= q.source.start || text.slice(q.source.start, q.source.end) !== q.text) invalid.push(`${q.id} ${q.source.document}:${q.source.start}-${q.source.end}`);
  }
  return { events, quotes, spans: { total, invalid } };
}

/**
 * Whether an event cites two articles that the gold events it matches list only apart: each
 * is an article of one of those gold events, and none of them lists both.
 */
function fusesArticles(e: TimelineEvent, matching: readonly GoldEvent[], docName: ReadonlyMap<string, string>): boolean {
  const docs = [...new Set(e.sources.map((s) => docName.get(s.document) ?? s.document))];
  const listed = (doc: string): GoldEvent[] => matching.filter((g) => g.docs.includes(doc));
  for (let i = 0; i < docs.length; i += 1) {
    const a = listed(docs[i] as string);
    if (a.length === 0) continue;
    for (let j = i + 1; j < docs.length; j += 1) {
      const b = listed(docs[j] as string);
      if (b.length > 0 && !a.some((g) => b.includes(g))) return true;
    }
  }
  return false;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function formatScore(score: Score): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const e = score.events;
  const q = score.quotes;
  return [
    `events: recall ${pct(e.recall)} (${e.gold - e.missed.length}/${e.gold}), precision ${pct(e.precision)} of ${e.predictedRelevant} relevant (${pct(e.precisionAll)} of all ${e.predicted})`,
    `precision with the gold's type: ${pct(e.precisionTyped)} (${e.predictedTyped}/${e.predictedRelevant})`,
    `dated events with the right date: ${pct(e.dateAccuracy)} (${e.datedRight}/${e.datedMatched})${e.wrongDates.length ? ` (not right: ${e.wrongDates.join(', ')})` : ''}`,
    `invented dates: ${e.invented.length}${e.invented.length ? ` (${e.invented.map((i) => `${i.gold}→${i.date}`).join(', ')})` : ''}`,
    `merged across articles: ${e.merged}/${e.multiDoc}${e.mergedIds.length ? ` (${e.mergedIds.join(', ')})` : ''}`,
    `pairs of articles merged: ${e.mergedPairs}/${e.multiDocPairs} (${pct(ratio(e.mergedPairs, e.multiDocPairs))})`,
    `events fusing articles of different gold events: ${e.fused.length}${e.fused.length ? ` (${e.fused.join(', ')})` : ''}`,
    `quotes: recall ${pct(q.recall)} (${q.found}/${q.gold}), attribution ${pct(q.attributionAccuracy)} (${q.attributed}/${q.found})`,
    `cited spans valid: ${score.spans.total - score.spans.invalid.length}/${score.spans.total}`,
    e.missed.length ? `missed events: ${e.missed.join(', ')}` : 'missed events: none',
    q.missed.length ? `missed quotes: ${q.missed.map((m) => JSON.stringify(m)).join(', ')}` : 'missed quotes: none',
    ...q.misattributed.map((m) => `misattributed: ${JSON.stringify(m.quote)} expected ${m.expected ?? 'null'}, got ${m.got ?? 'null'}`),
  ].join('\n');
}
