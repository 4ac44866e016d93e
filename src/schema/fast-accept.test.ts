import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { generateTimeline } from '../app/timeline/fixtures/generate-timeline';
import { hostileTimeline, sampleTimeline } from '../app/timeline/fixtures/sample-timeline';
import { fastAccept } from './fast-accept';
import { eventSchema, quoteSchema, timelineSchema } from './timeline';

const generated = generateTimeline({ items: 300, seed: 11 });
const timelines = [sampleTimeline, hostileTimeline, generated];
const rest = (t: typeof generated) => ({ ...t, events: [], quotes: [] });

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const clone = <T,>(v: T): T => structuredClone(v);

/** Every path to a value inside `v`, the root excluded. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== 'object' || v === null) return [];
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [[...at, k], ...paths((v as Record<string | number, unknown>)[k], [...at, k])]);
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

function mutate(v: unknown, path: (string | number)[], m: Mutation): unknown {
  const out = clone(v);
  if (path.length === 0) return out;
  let parent = out as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') delete parent[last];
  else {
    // Keys are added to objects only: JSON cannot give an array a named property.
    const target = parent[last];
    // As JSON.parse does: "__proto__" becomes an own key, not the prototype.
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

const odd: unknown[] = ['', 'x', '2026-13-01', '2026-02', '2026', 0, -1, 1.5, 2 ** 53, NaN, Infinity, true, null, undefined, [], {}, ['a'], 'day', 'stated', 'call'];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: fc.oneof(fc.constantFrom(...odd), fc.jsonValue()) }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('add' as const), key: fc.constantFrom('extra', 'id', 'text', '__proto__', 'constructor'), value: fc.jsonValue() }),
);

/** The acceptor's promise: a yes means zod accepts the value and returns it unchanged. */
function keepsPromise(schema: z.ZodMiniType, value: unknown): void {
  if (!fastAccept(schema)(value)) return;
  const r = schema.safeParse(value);
  expect(r.success).toBe(true);
  expect(r.data).toStrictEqual(value);
}

describe('the fast acceptor of a schema', () => {
  it('says yes to every event, quote and file header the compiler writes, so they skip the slow path', () => {
    for (const t of timelines) {
      for (const e of t.events) expect(fastAccept(eventSchema)(e)).toBe(true);
      for (const q of t.quotes) expect(fastAccept(quoteSchema)(q)).toBe(true);
      expect(fastAccept(timelineSchema)(rest(t))).toBe(true);
    }
  });

  it('says yes only when zod accepts the value exactly as it is, whatever is changed in an event or a quote', () => {
    const items = [...generated.events.slice(0, 20).map((e) => [eventSchema, e] as const), ...generated.quotes.slice(0, 20).map((q) => [quoteSchema, q] as const)];
    const cases = items.flatMap(([schema, item]) => paths(item).map((p) => [schema, item, p] as const));
    fc.assert(
      fc.property(fc.constantFrom(...cases), mutation, ([schema, item, path], m) => {
        keepsPromise(schema, mutate(item, path, m));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps that promise for the rest of the file: documents, actors, story and diagnostics', () => {
    const file = rest(sampleTimeline);
    fc.assert(
      fc.property(fc.constantFrom(...paths(file)), mutation, (path, m) => {
        keepsPromise(timelineSchema, mutate(file, path, m));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves to zod the values it would change: unknown keys (stripped), missing required fields, wrong types', () => {
    const q = generated.quotes[0] as unknown as Record<string, Json>;
    const accept = fastAccept(quoteSchema);
    expect(accept({ ...q, extra: 1 })).toBe(false);
    expect(accept({ ...q, text: 5 })).toBe(false);
    const { text: _, ...noText } = q;
    expect(accept(noText)).toBe(false);
    expect(accept(Object.assign(Object.create({ inherited: 1 }) as object, q))).toBe(false);
    expect(accept(null)).toBe(false);
    expect(accept([q])).toBe(false);
  });

  it('answers "ask zod" for schema parts it does not know', () => {
    const s = z.object({ a: z.union([z.string(), z.number()]), b: z.pipe(z.string(), z.transform((v) => v.length)) });
    expect(fastAccept(s)({ a: 'x', b: 'y' })).toBe(false);
    expect(s.safeParse({ a: 'x', b: 'y' }).success).toBe(true);
  });
});
