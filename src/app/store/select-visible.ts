/**
 * Derived data: which events and quotes pass the filters, live counts per filter
 * option, and the time order used by the keyboard. Pure functions of the timeline
 * and the filters, memoised on their identity.
 */
import type { Actor, DateValue, Quote, Timeline, TimelineEvent } from '../../schema/timeline';
import type { Facet, Filters } from './filters-slice';
import { foldQuery, foldText } from './search-match';

export interface Visible {
  events: TimelineEvent[];
  quotes: Quote[];
}

export interface FacetCounts {
  countries: Map<string, number>;
  actors: Map<string, number>;
  types: Map<string, number>;
  documents: Map<string, number>;
  /** Off-topic events that pass every other filter. */
  offTopic: number;
  total: { events: number; quotes: number };
}

interface Index {
  actors: Map<string, Actor>;
  events: Map<string, TimelineEvent>;
}

const indexCache = new WeakMap<Timeline, Index>();
export function timelineIndex(t: Timeline): Index {
  let idx = indexCache.get(t);
  if (!idx) {
    idx = { actors: new Map(t.actors.map((a) => [a.id, a])), events: new Map(t.events.map((e) => [e.id, e])) };
    indexCache.set(t, idx);
  }
  return idx;
}

/** First and last day covered by a date, as YYYY-MM-DD, or null when undated. */
export function dateBounds(d: DateValue): [string, string] | null {
  if (d.start === null) return null;
  const s = d.start;
  const start = s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
  const e = d.end ?? s;
  const end = e.length === 4 ? `${e}-12-31` : e.length === 7 ? `${e}-31` : e;
  return [start, end];
}

function inDateRange(d: DateValue, f: Filters): boolean {
  if (f.from === null && f.to === null) return true;
  const b = dateBounds(d);
  if (!b) return false;
  if (f.from !== null && b[1] < f.from) return false;
  if (f.to !== null && b[0] > f.to) return false;
  return true;
}

function countryOf(actors: Map<string, Actor>, id: string | null): string {
  if (id === null) return '';
  return actors.get(id)?.country ?? '';
}

function eventCountries(idx: Index, e: TimelineEvent): string[] {
  return e.actors.length === 0 ? [''] : e.actors.map((a) => countryOf(idx.actors, a));
}

/**
 * What search looks through for each item (title, summary, actor names; quote
 * text and speaker), folded once per timeline, so a keystroke is one pass of
 * `includes` over plain strings.
 */
const haystackCache = new WeakMap<Timeline, { ids: string[]; texts: string[] }>();
function haystacks(t: Timeline): { ids: string[]; texts: string[] } {
  let h = haystackCache.get(t);
  if (h) return h;
  const idx = timelineIndex(t);
  const name = (id: string | null) => (id === null ? '' : (idx.actors.get(id)?.name ?? ''));
  const ids: string[] = [];
  const texts: string[] = [];
  for (const e of t.events) {
    ids.push(e.id);
    texts.push(foldText([e.title, e.summary ?? '', ...e.actors.map(name)].join('\u0000')));
  }
  for (const q of t.quotes) {
    ids.push(q.id);
    texts.push(foldText(`${q.text}\u0000${name(q.speaker)}`));
  }
  h = { ids, texts };
  haystackCache.set(t, h);
  return h;
}

/** Ids of the items that match a folded query, computed once per timeline and query. */
const hitCache = new WeakMap<Timeline, { q: string; hits: Set<string> }>();
function searchHits(t: Timeline, q: string): Set<string> | null {
  if (q === '') return null;
  const cached = hitCache.get(t);
  if (cached && cached.q === q) return cached.hits;
  const { ids, texts } = haystacks(t);
  const hits = new Set<string>();
  texts.forEach((text, i) => {
    if (text.includes(q)) hits.add(ids[i] as string);
  });
  hitCache.set(t, { q, hits });
  return hits;
}

/** Every test an event must pass, except the facet being counted. */
function eventPasses(idx: Index, e: TimelineEvent, f: Filters, hits: Set<string> | null, skip: Facet | null, offTopic = f.showOffTopic): boolean {
  if (!e.relevant && !offTopic) return false;
  if (skip !== 'types' && f.types.length > 0 && !f.types.includes(e.type)) return false;
  if (skip !== 'actors' && f.actors.length > 0 && !e.actors.some((a) => f.actors.includes(a))) return false;
  if (skip !== 'countries' && f.countries.length > 0 && !eventCountries(idx, e).some((c) => f.countries.includes(c))) return false;
  if (skip !== 'documents' && f.documents.length > 0 && !e.sources.some((s) => f.documents.includes(s.document))) return false;
  return inDateRange(e.date, f) && (hits === null || hits.has(e.id));
}

function quotePasses(idx: Index, quote: Quote, f: Filters, hits: Set<string> | null, skip: Facet | null): boolean {
  const event = quote.event === null ? undefined : idx.events.get(quote.event);
  // A quote about an off-topic event is off-topic too.
  if (event && !event.relevant && !f.showOffTopic) return false;
  if (skip !== 'types' && f.types.length > 0 && !(event && f.types.includes(event.type))) return false;
  if (skip !== 'actors' && f.actors.length > 0 && !(quote.speaker !== null && f.actors.includes(quote.speaker))) return false;
  if (skip !== 'countries' && f.countries.length > 0 && !f.countries.includes(countryOf(idx.actors, quote.speaker))) return false;
  if (skip !== 'documents' && f.documents.length > 0 && !f.documents.includes(quote.source.document)) return false;
  return inDateRange(quote.date, f) && (hits === null || hits.has(quote.id));
}

export function filterTimeline(t: Timeline, f: Filters): Visible {
  const idx = timelineIndex(t);
  const q = searchHits(t, foldQuery(f.search));
  return {
    events: t.events.filter((e) => eventPasses(idx, e, f, q, null)),
    quotes: t.quotes.filter((quote) => quotePasses(idx, quote, f, q, null)),
  };
}

function bump(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Faceted counts: each option counts the items it would show given every other
 * filter, so a reader sees what choosing it adds.
 */
export function countFacets(t: Timeline, f: Filters): FacetCounts {
  const idx = timelineIndex(t);
  const q = searchHits(t, foldQuery(f.search));
  const counts: FacetCounts = {
    countries: new Map(),
    actors: new Map(),
    types: new Map(),
    documents: new Map(),
    offTopic: 0,
    total: { events: t.events.length, quotes: t.quotes.length },
  };
  // Skipping a facet that has no selection changes nothing: such a facet reuses
  // the item's own verdict, so an unfiltered view tests each item once, not four times.
  const active = (facet: Facet) => f[facet].length > 0;
  const skips = { countries: active('countries'), actors: active('actors'), types: active('types'), documents: active('documents') };
  // Plain loops, no per-item closures or sets: this runs over every item on load.
  for (const e of t.events) {
    if (!e.relevant && eventPasses(idx, e, f, q, null, true)) counts.offTopic++;
    const passes = eventPasses(idx, e, f, q, null);
    if (skips.countries ? eventPasses(idx, e, f, q, 'countries') : passes) {
      if (e.actors.length === 0) bump(counts.countries, '');
      else bumpDistinct(counts.countries, e.actors, (a) => countryOf(idx.actors, a));
    }
    if (skips.actors ? eventPasses(idx, e, f, q, 'actors') : passes) bumpDistinct(counts.actors, e.actors, (a) => a);
    if (skips.types ? eventPasses(idx, e, f, q, 'types') : passes) bump(counts.types, e.type);
    if (skips.documents ? eventPasses(idx, e, f, q, 'documents') : passes) bumpDistinct(counts.documents, e.sources, (s) => s.document);
  }
  for (const quote of t.quotes) {
    const passes = quotePasses(idx, quote, f, q, null);
    if (skips.countries ? quotePasses(idx, quote, f, q, 'countries') : passes) bump(counts.countries, countryOf(idx.actors, quote.speaker));
    if (quote.speaker !== null && (skips.actors ? quotePasses(idx, quote, f, q, 'actors') : passes)) bump(counts.actors, quote.speaker);
    const event = quote.event === null ? undefined : idx.events.get(quote.event);
    if (event && (skips.types ? quotePasses(idx, quote, f, q, 'types') : passes)) bump(counts.types, event.type);
    if (skips.documents ? quotePasses(idx, quote, f, q, 'documents') : passes) bump(counts.documents, quote.source.document);
  }
  return counts;
}

/** Counts each distinct key of a short list once (an item has a handful of actors or sources). */
function bumpDistinct<T>(map: Map<string, number>, list: readonly T[], key: (t: T) => string): void {
  for (let i = 0; i < list.length; i++) {
    const k = key(list[i] as T);
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = key(list[j] as T) === k;
    if (!seen) bump(map, k);
  }
}

export interface TimedItem {
  kind: 'event' | 'quote';
  id: string;
  date: DateValue;
}

/** Items in time order: dated first by start day, events before quotes on the same day, undated last. */
export function timeOrder(v: Visible): TimedItem[] {
  const items: TimedItem[] = [
    ...v.events.map((e) => ({ kind: 'event' as const, id: e.id, date: e.date })),
    ...v.quotes.map((q) => ({ kind: 'quote' as const, id: q.id, date: q.date })),
  ];
  const key = (i: TimedItem) => dateBounds(i.date)?.[0] ?? '9999-99-99';
  return items
    .map((item, n) => ({ item, n, k: key(item) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.item.kind !== b.item.kind ? (a.item.kind === 'event' ? -1 : 1) : a.n - b.n))
    .map((x) => x.item);
}

function memo2<A extends object, B extends object, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  let lastA: A | undefined;
  let lastB: B | undefined;
  let last: R | undefined;
  return (a, b) => {
    if (a !== lastA || b !== lastB || last === undefined) {
      last = fn(a, b);
      lastA = a;
      lastB = b;
    }
    return last;
  };
}

function memo1<A extends object, R>(fn: (a: A) => R): (a: A) => R {
  let lastA: A | undefined;
  let last: R | undefined;
  return (a) => {
    if (a !== lastA || last === undefined) {
      last = fn(a);
      lastA = a;
    }
    return last;
  };
}

const emptyVisible: Visible = { events: [], quotes: [] };
const filterMemo = memo2(filterTimeline);
const countMemo = memo2(countFacets);
const orderMemo = memo1(timeOrder);

/** Store selectors: stable results while the timeline and filters are unchanged. */
export function selectVisible(s: { timeline: Timeline | null; filters: Filters }): Visible {
  return s.timeline ? filterMemo(s.timeline, s.filters) : emptyVisible;
}
export function selectFacetCounts(s: { timeline: Timeline | null; filters: Filters }): FacetCounts | null {
  return s.timeline ? countMemo(s.timeline, s.filters) : null;
}
export function selectTimeOrder(s: { timeline: Timeline | null; filters: Filters }): TimedItem[] {
  return orderMemo(selectVisible(s));
}
