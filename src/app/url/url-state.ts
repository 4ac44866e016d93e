/**
 * The URL as state. `parseUrlState` reads a query string defensively: anything
 * malformed, oversized, unknown or badly encoded is dropped with a notice, and
 * the result is always a valid state. `serializeUrlState` writes the canonical
 * form (fixed key order, defaults omitted), so `parse(serialize(s))` is `s`.
 * Parameters live in a Map, never as keys of a plain object, so names such as
 * `__proto__` are just unknown names.
 */
import { EVENT_TYPES, type EventType, type Timeline } from '../../schema/timeline';
import type { Filters } from '../store/filters-slice';
import type { Theme, ViewMode } from '../store/view-slice';
import type { Notice } from '../store/notices-slice';
import type { DateRange } from '../timeline/timeline-props';
import type { Lang } from '../i18n/translate';

export interface UrlState {
  data: string | null;
  filters: Filters;
  range: DateRange | null;
  selected: string | null;
  open: string | null;
  view: ViewMode;
  doc: string | null;
  collapsed: string[];
  order: string[] | null;
  lang: Lang | null;
  theme: Theme | null;
  embed: boolean;
  present: boolean;
  stop: number | null;
}

export type UrlNotice = Omit<Notice, 'id'>;

export const defaultUrlState: UrlState = {
  data: null,
  filters: { countries: [], actors: [], types: [], documents: [], from: null, to: null, search: '', showOffTopic: false },
  range: null,
  selected: null,
  open: null,
  view: 'timeline',
  doc: null,
  collapsed: [],
  order: null,
  lang: null,
  theme: null,
  embed: false,
  present: false,
  stop: null,
};

export const MAX_VALUE_LENGTH = 300;
export const MAX_LIST_LENGTH = 200;
/** Stands for "" (unknown country, unattributed lane) in list parameters. */
const NONE = '-';

const LIST_KEYS = ['country', 'actor', 'type', 'source', 'collapse', 'lanes'] as const;
const SINGLE_KEYS = ['data', 'from', 'to', 'q', 'offtopic', 'range', 'sel', 'open', 'view', 'doc', 'lang', 'theme', 'embed', 'present', 'stop'] as const;
const KNOWN = new Set<string>([...LIST_KEYS, ...SINGLE_KEYS]);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[mo - 1] ?? 0);
}

/** A path on this site: no scheme, no protocol-relative or backslash tricks, no control characters. */
export function isSameOriginPath(value: string): boolean {
  if (value === '' || value.length > MAX_VALUE_LENGTH) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  if (value.startsWith('//') || value.includes('\\')) return false;
  return !/[\u0000-\u001f\u007f]/.test(value);
}

function isId(value: string): boolean {
  return value.length > 0 && value.length <= MAX_VALUE_LENGTH && !/[\u0000-\u001f\u007f\ufffd]/.test(value);
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function cap(name: string): string {
  const chars = Array.from(name);
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : name;
}

export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const noted = new Set<string>();
  const note = (key: UrlNotice['key'], name: string, extra: Record<string, string> = {}) => {
    const tag = `${key}:${name}`;
    if (noted.has(tag)) return;
    noted.add(tag);
    notices.push({ key, vars: { name: cap(name), ...extra } });
  };

  const params = new Map<string, string[]>();
  const raw = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of raw.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (name === null || value === null) {
      if (!noted.has('encoding')) notices.push({ key: 'noticeBadEncoding' });
      noted.add('encoding');
      continue;
    }
    if (!KNOWN.has(name)) {
      note('noticeUnknownParam', name);
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      note('noticeTooLong', name);
      continue;
    }
    const list = params.get(name);
    if (list) list.push(value);
    else params.set(name, [value]);
  }

  const single = (name: (typeof SINGLE_KEYS)[number]): string | null => {
    const values = params.get(name);
    if (!values) return null;
    if (values.length > 1) note('noticeInvalidParam', name);
    return values[0] ?? null;
  };
  const list = (name: (typeof LIST_KEYS)[number], valid: (v: string) => boolean): string[] => {
    const out: string[] = [];
    for (const v of params.get(name) ?? []) {
      const value = v === NONE ? '' : v;
      if ((v === NONE || valid(value)) && !out.includes(value) && out.length < MAX_LIST_LENGTH) out.push(value);
      else note('noticeInvalidParam', name);
    }
    return out;
  };
  const invalid = (name: string) => note('noticeInvalidParam', name);

  const state: UrlState = structuredClone(defaultUrlState);

  const data = single('data');
  if (data !== null) {
    if (isSameOriginPath(data)) state.data = data;
    else notices.push({ key: 'noticeDataRejected' });
  }

  state.filters.countries = list('country', (v) => /^[A-Z]{2}$/.test(v));
  state.filters.actors = list('actor', (v) => v !== '' && isId(v));
  state.filters.types = list('type', (v) => (EVENT_TYPES as readonly string[]).includes(v)) as EventType[];
  state.filters.documents = list('source', (v) => v !== '' && isId(v));
  state.collapsed = list('collapse', isId);
  const lanes = list('lanes', isId);
  state.order = lanes.length > 0 ? lanes : null;

  for (const key of ['from', 'to'] as const) {
    const v = single(key);
    if (v === null) continue;
    if (isValidDay(v)) state.filters[key] = v;
    else invalid(key);
  }
  if (state.filters.from !== null && state.filters.to !== null && state.filters.from > state.filters.to) {
    invalid('to');
    state.filters.to = null;
  }

  const q = single('q');
  if (q !== null) {
    if (q.trim() !== '' && isId(q)) state.filters.search = q;
    else if (q !== '') invalid('q');
  }

  const offtopic = single('offtopic');
  if (offtopic !== null) {
    if (offtopic === '1') state.filters.showOffTopic = true;
    else invalid('offtopic');
  }

  const range = single('range');
  if (range !== null) {
    const [start, end, ...rest] = range.split('..');
    if (start && end && rest.length === 0 && isValidDay(start) && isValidDay(end) && start <= end) state.range = { start, end };
    else invalid('range');
  }

  for (const [key, field] of [['sel', 'selected'], ['open', 'open'], ['doc', 'doc']] as const) {
    const v = single(key);
    if (v === null) continue;
    if (isId(v)) state[field] = v;
    else invalid(key);
  }

  const view = single('view');
  if (view !== null) {
    if (view === 'list' || view === 'document') state.view = view;
    else invalid('view');
  }
  const lang = single('lang');
  if (lang !== null) {
    if (lang === 'en' || lang === 'es') state.lang = lang;
    else invalid('lang');
  }
  const theme = single('theme');
  if (theme !== null) {
    if (theme === 'light' || theme === 'dark') state.theme = theme;
    else invalid('theme');
  }
  for (const key of ['embed', 'present'] as const) {
    const v = single(key);
    if (v === null) continue;
    if (v === '' || v === '1') state[key] = true;
    else invalid(key);
  }
  const stop = single('stop');
  if (stop !== null) {
    if (/^[1-9]\d{0,5}$/.test(stop)) state.stop = Number(stop);
    else invalid('stop');
  }
  return { state, notices };
}

export function serializeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  const many = (name: string, values: readonly string[]) => values.forEach((v) => p.append(name, v === '' ? NONE : v));
  if (s.data !== null) p.set('data', s.data);
  if (s.view !== 'timeline') p.set('view', s.view);
  if (s.doc !== null) p.set('doc', s.doc);
  if (s.filters.search !== '') p.set('q', s.filters.search);
  many('country', s.filters.countries);
  many('actor', s.filters.actors);
  many('type', s.filters.types);
  many('source', s.filters.documents);
  if (s.filters.from !== null) p.set('from', s.filters.from);
  if (s.filters.to !== null) p.set('to', s.filters.to);
  if (s.filters.showOffTopic) p.set('offtopic', '1');
  if (s.range !== null) p.set('range', `${s.range.start}..${s.range.end}`);
  if (s.selected !== null) p.set('sel', s.selected);
  if (s.open !== null) p.set('open', s.open);
  many('collapse', s.collapsed);
  if (s.order !== null) many('lanes', s.order);
  if (s.lang !== null) p.set('lang', s.lang);
  if (s.theme !== null) p.set('theme', s.theme);
  if (s.embed) p.set('embed', '1');
  if (s.present) p.set('present', '1');
  if (s.stop !== null) p.set('stop', String(s.stop));
  const text = p.toString();
  return text === '' ? '' : `?${text}`;
}

/** Drops ids the loaded timeline does not contain, with a notice for each. */
export function checkIds(s: UrlState, t: Timeline): { state: UrlState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const actors = new Set<string>(t.actors.map((a) => a.id));
  const docs = new Set<string>(t.documents.map((d) => d.id));
  // Every item id is only gathered when the URL names one (a large file has tens of thousands).
  const items = s.selected === null && s.open === null ? new Set<string>() : new Set<string>([...t.events.map((e) => e.id), ...t.quotes.map((q) => q.id)]);
  const countries = new Set<string>(t.actors.map((a) => a.country ?? ''));
  countries.add('');
  const lanes = new Set<string>(actors);
  lanes.add('');
  const unknown = (name: string, value: string) => notices.push({ key: 'noticeUnknownId', vars: { name, value: cap(value) } });
  const keep = (name: string, values: string[], known: Set<string>) =>
    values.filter((v) => known.has(v) || (unknown(name, v), false));
  const one = (name: string, value: string | null, known: Set<string>) =>
    value === null || known.has(value) ? value : (unknown(name, value), null);

  const order = s.order === null ? null : keep('lanes', s.order, lanes);
  const state: UrlState = {
    ...s,
    filters: {
      ...s.filters,
      countries: keep('country', s.filters.countries, countries),
      actors: keep('actor', s.filters.actors, actors),
      documents: keep('source', s.filters.documents, docs),
    },
    selected: one('sel', s.selected, items),
    open: one('open', s.open, items),
    doc: one('doc', s.doc, docs),
    collapsed: keep('collapse', s.collapsed, lanes),
    order: order === null || order.length === 0 ? null : order,
  };
  return { state, notices };
}
