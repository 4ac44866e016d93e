/**
 * Properties of the URL state beyond url-state.test.ts's round trip over ASCII:
 * ids in any script and with URL metacharacters round-trip; any query string at
 * all parses without throwing into a state whose canonical URL is a fixed point;
 * and no parameter name pollutes Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultUrlState, parseUrlState, serializeUrlState, type UrlState } from './url-state';

const tricky = fc.constantFrom('&', '=', '+', '%', '%25', '#', '?', '/', ' ', '..', '__proto__', 'constructor', '"><img src=x onerror=alert(1)>', 'דוד', '日本', '👩🏽‍⚕️', 'e\u0301');
/** A valid id: 1–300 code points of well-formed Unicode, no control characters, not the "-" sentinel. */
const id = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), tricky), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((s) => s !== '-' && s.length <= 300 && !/[\u0000-\u001f\u007f\ufffd]/.test(s));

const stateArb: fc.Arbitrary<UrlState> = fc.record({
  actors: fc.uniqueArray(id, { maxLength: 4 }),
  documents: fc.uniqueArray(id, { maxLength: 3 }),
  search: fc.option(id.filter((s) => s.trim() !== ''), { nil: null }),
  selected: fc.option(id, { nil: null }),
  open: fc.option(id, { nil: null }),
  doc: fc.option(id, { nil: null }),
  collapsed: fc.uniqueArray(fc.oneof(id, fc.constant('')), { maxLength: 3 }),
}).map((r) => ({
  ...structuredClone(defaultUrlState),
  filters: { ...structuredClone(defaultUrlState.filters), actors: r.actors, documents: r.documents, search: r.search ?? '' },
  selected: r.selected,
  open: r.open,
  doc: r.doc,
  collapsed: r.collapsed,
}));

/** Query strings built from known and unknown names, good and broken values. */
const queryArb = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('data', 'q', 'sel', 'open', 'doc', 'view', 'from', 'to', 'range', 'actor', 'country', 'type', 'lang', 'theme', 'embed', 'present', 'stop', 'lanes', 'collapse', 'offtopic', 'source'),
        fc.constantFrom('__proto__', '__proto__[x]', 'constructor[prototype][x]', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '%E0%A4%A', '%', 'selected'),
        fc.string({ maxLength: 8 }),
      ),
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('%E0%A4%A', '%ZZ', '%', '1', 'list', '2026-02-30', '2026-01-19', 'x'.repeat(10_000), '-', '')),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => `?${pairs.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&')}`);

describe('URL state (properties)', () => {
  it('round-trips ids in any script and with URL metacharacters', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: back, notices } = parseUrlState(serializeUrlState(state));
        expect(notices).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('parses any query without throwing, and its canonical form is a fixed point', () => {
    fc.assert(
      fc.property(fc.oneof(queryArb, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 60 })), (query) => {
        const first = parseUrlState(query);
        const canonical = serializeUrlState(first.state);
        const second = parseUrlState(canonical);
        expect(second.notices).toEqual([]);
        expect(second.state).toEqual(first.state);
        expect(serializeUrlState(second.state)).toBe(canonical);
        expect(canonical.length).toBeLessThan(query.length + 2000);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps Object.prototype clean whatever the parameter names', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        parseUrlState(query);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>)['x']).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('ignores a 10 KB value with a notice and keeps the other parameters', () => {
    const { state, notices } = parseUrlState(`?q=${'x'.repeat(10_240)}&sel=${'y'.repeat(10_240)}&view=list`);
    expect(state).toEqual({ ...defaultUrlState, view: 'list' });
    expect(notices.map((n) => n.key)).toEqual(['noticeTooLong', 'noticeTooLong']);
  });
});
