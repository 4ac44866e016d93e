import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_TYPES, type Timeline } from '../../schema/timeline';
import { checkIds, defaultUrlState, parseUrlState, serializeUrlState, type UrlState } from './url-state';

const id = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s !== '-' && !/[\u0000-\u001f\u007f\ufffd]/.test(s));
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const country = fc.constantFrom('', 'US', 'MX', 'VE');

const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    data: fc.option(fc.constantFrom('timeline.json', 'fixtures/a b.json', 'data/x.json?v=2'), { nil: null }),
    countries: fc.uniqueArray(country, { maxLength: 3 }),
    actors: fc.uniqueArray(id, { maxLength: 4 }),
    types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 3 }),
    documents: fc.uniqueArray(id, { maxLength: 3 }),
    dates: fc.tuple(fc.option(day, { nil: null }), fc.option(day, { nil: null })),
    search: fc.option(id.filter((s) => s.trim() !== ''), { nil: null }),
    showOffTopic: fc.boolean(),
    range: fc.option(fc.tuple(day, day), { nil: null }),
    selected: fc.option(id, { nil: null }),
    open: fc.option(id, { nil: null }),
    view: fc.constantFrom('timeline' as const, 'list' as const, 'document' as const),
    doc: fc.option(id, { nil: null }),
    collapsed: fc.uniqueArray(fc.oneof(id, fc.constant('')), { maxLength: 3 }),
    order: fc.option(fc.uniqueArray(fc.oneof(id, fc.constant('')), { minLength: 1, maxLength: 3 }), { nil: null }),
    lang: fc.constantFrom(null, 'en' as const, 'es' as const),
    theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
    embed: fc.boolean(),
    present: fc.boolean(),
    stop: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
  })
  .map((r) => {
    const [a, b] = r.dates;
    const from = a !== null && b !== null && a > b ? b : a;
    const to = a !== null && b !== null && a > b ? a : b;
    const range = r.range === null ? null : r.range[0] <= r.range[1] ? { start: r.range[0], end: r.range[1] } : { start: r.range[1], end: r.range[0] };
    return {
      data: r.data,
      filters: {
        countries: r.countries,
        actors: r.actors,
        types: r.types,
        documents: r.documents,
        from,
        to,
        search: r.search ?? '',
        showOffTopic: r.showOffTopic,
      },
      range,
      selected: r.selected,
      open: r.open,
      view: r.view,
      doc: r.doc,
      collapsed: r.collapsed,
      order: r.order,
      lang: r.lang,
      theme: r.theme,
      embed: r.embed,
      present: r.present,
      stop: r.stop,
    };
  });

describe('URL state', () => {
  it('gives back the same state after serializing and parsing it (property)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: back, notices } = parseUrlState(serializeUrlState(state));
        expect(notices).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the default state as an empty query', () => {
    expect(serializeUrlState(defaultUrlState)).toBe('');
  });

  it('ignores a prototype-polluting parameter with a notice and leaves Object.prototype alone', () => {
    const { state, notices } = parseUrlState('?__proto__[x]=1&__proto__=y&constructor[prototype][z]=2&view=list');
    expect(state.view).toBe('list');
    expect(notices.map((n) => n.key)).toEqual(['noticeUnknownParam', 'noticeUnknownParam', 'noticeUnknownParam']);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(({} as Record<string, unknown>)['z']).toBeUndefined();
    expect(serializeUrlState(state)).toBe('?view=list');
  });

  it('ignores a parameter with broken percent-encoding but keeps the rest', () => {
    const { state, notices } = parseUrlState('?q=%E0%A4%A&view=list');
    expect(state.filters.search).toBe('');
    expect(state.view).toBe('list');
    expect(notices).toEqual([{ key: 'noticeBadEncoding' }]);
  });

  it('ignores oversized, malformed and impossible values', () => {
    const { state, notices } = parseUrlState(
      `?q=${'a'.repeat(5000)}&from=2026-02-30&to=2026-13-01&range=2026-01-05..2026-01-01&view=chart&stop=-1&type=bogus&lang=fr&theme=blue`,
    );
    expect(state).toEqual(defaultUrlState);
    expect(notices.length).toBe(9);
  });

  it('refuses a data path that leaves the site', () => {
    for (const bad of ['https://evil.example/t.json', '//evil.example/t.json', 'javascript:alert(1)', '\\\\evil\\t.json', 'data:application/json,{}']) {
      const { state, notices } = parseUrlState(`?data=${encodeURIComponent(bad)}`);
      expect(state.data).toBeNull();
      expect(notices).toEqual([{ key: 'noticeDataRejected' }]);
    }
    expect(parseUrlState('?data=fixtures%2Fother.json').state.data).toBe('fixtures/other.json');
  });

  it('keeps the first of a repeated single parameter, with a notice', () => {
    const { state, notices } = parseUrlState('?view=list&view=document');
    expect(state.view).toBe('list');
    expect(notices).toHaveLength(1);
  });

  it('drops ids the timeline does not contain', () => {
    const t = {
      actors: [{ id: 'a1', country: 'MX' }],
      documents: [{ id: 'd1' }],
      events: [{ id: 'e1' }],
      quotes: [{ id: 'q1' }],
    } as unknown as Timeline;
    const { state } = parseUrlState('?actor=a1&actor=ghost&source=d9&open=e1&sel=nope&doc=d1&country=MX&country=FR&collapse=-');
    const checked = checkIds(state, t);
    expect(checked.state.filters.actors).toEqual(['a1']);
    expect(checked.state.filters.documents).toEqual([]);
    expect(checked.state.filters.countries).toEqual(['MX']);
    expect(checked.state.open).toBe('e1');
    expect(checked.state.selected).toBeNull();
    expect(checked.state.doc).toBe('d1');
    expect(checked.state.collapsed).toEqual(['']);
    expect(checked.notices.map((n) => n.vars?.['name'])).toEqual(['country', 'actor', 'source', 'sel']);
  });
});
