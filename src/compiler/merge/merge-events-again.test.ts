import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/bench-corpus';
import type { ActorId, DateValue, DocumentId, EventType } from '../../schema/timeline';
import type { EventMember } from './corpus-items';
import { mergeEvents } from './merge-events';
import { eventsMemoFrom, mergedAsBefore, mergeEventsAgain, type EventsMemo } from './merge-events-again';
import { reportOrder, type PreparedKeys } from './merge-search';

// Invented people and governments of three invented countries, so that reports share actors and sides often.
const ACTORS: [string, string, boolean][] = [
  ['ana-ruiz', 'AA', true], ['tom-hale', 'BB', true], ['ivo-brask', 'CC', true], ['eva-sol', 'AA', true],
  ['gov-a', 'AA', false], ['gov-b', 'BB', false], ['gov-c', 'CC', false],
];
const TYPES: EventType[] = ['call', 'meeting', 'statement', 'rejection', 'threat', 'interview', 'military-operation', 'arrest-extradition', 'designation', 'policy'];
const SENTENCES = [
  'Ana Ruiz and Tom Hale spoke by phone about the border',
  'Ruiz y Hale conversaron por teléfono sobre la frontera',
  'The government said it would "never accept foreign troops on its soil" again',
  'El gobierno rechazó "cualquier intervención militar en su territorio" otra vez',
  'The government vowed to "close the corridor" again',
  'El gobierno prometió «cerrar el corredor» otra vez',
  'Forces captured the suspect and sent 29 prisoners across the border',
  'Las fuerzas capturaron al sospechoso y enviaron 29 presos a la frontera',
  'Officials met in the capital to discuss tariffs and trade',
  'Los ministros se reunieron en la capital para hablar de aranceles',
];

function dateOf(r: () => number): DateValue {
  const day = `2031-03-${String(1 + Math.floor(r() * 20)).padStart(2, '0')}`;
  const kind = Math.floor(r() * 5);
  if (kind === 0) return { start: day, precision: 'day', basis: 'stated', text: day };
  if (kind === 1) return { start: '2031-03', precision: 'month', basis: 'stated', text: 'marzo' };
  if (kind === 2) return { start: day, precision: 'day', basis: 'reported' };
  if (kind === 3) return { start: day, precision: 'day', basis: 'relative', text: 'on Monday' };
  return { start: null, precision: 'unknown', basis: 'reported' };
}

/** A document's reports, new objects each time (as the assembly makes for a changed document). */
function reports(document: string, canonical: string, seed: number): EventMember[] {
  const r = rng(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const published = dateOf(r);
  return Array.from({ length: 1 + Math.floor(r() * 4) }, (_, i) => {
    const chosen = [...new Set([pick(ACTORS), pick(ACTORS), pick(ACTORS)].slice(0, 1 + Math.floor(r() * 3)))];
    const text = pick(SENTENCES);
    const type = pick(TYPES);
    // A capture or transfer may name whom it befell, and may be told only in passing (rule TOLD-TARGET).
    const person = chosen.find(([, , isPerson]) => isPerson);
    const targeted = (type === 'military-operation' || type === 'arrest-extradition') && person !== undefined && r() < 0.6;
    const background = targeted && r() < 0.4;
    return {
      key: `${document}#${i}`,
      document,
      canonical,
      story: Math.floor(r() * 2),
      source: { document: document as DocumentId, start: i * 100, end: i * 100 + text.length, text },
      type,
      cameo: type === 'arrest-extradition' && r() < 0.5 ? '174' : '000',
      title: text.slice(0, 30),
      date: background ? { start: published.start, precision: published.start ? 'day' : 'unknown', basis: 'reported' } : r() < 0.5 ? published : dateOf(r),
      actors: chosen.map(([id]) => id as ActorId),
      people: chosen.filter(([, , person]) => person).map(([id]) => id as ActorId),
      sides: chosen.map(([, side]) => side),
      relevant: r() < 0.7,
      words: [...new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])].sort(),
      ...(targeted && person ? { targets: [person[0] as ActorId] } : {}),
      ...(background ? { background: true as const } : {}),
    };
  });
}

type Corpus = Map<string, EventMember[]>;

/** One random edit: a document changed, added, removed, or turned into a duplicate of another. */
function edit(corpus: Corpus, r: () => number, step: number): void {
  const names = [...corpus.keys()];
  const name = names[Math.floor(r() * names.length)] ?? 'a.txt';
  const kind = Math.floor(r() * 4);
  if (kind === 0) corpus.set(name, reports(name, name, step * 31 + 7));
  else if (kind === 1) corpus.set(`new-${step}.txt`, reports(`new-${step}.txt`, `new-${step}.txt`, step * 17 + 3));
  else if (kind === 2 && corpus.size > 1) corpus.delete(name);
  else {
    const original = names[Math.floor(r() * names.length)] ?? name;
    corpus.set(name, (corpus.get(name) ?? []).map((m) => ({ ...m, canonical: original })));
  }
}

/** `size` documents of random reports, each its own canonical document. */
function randomCorpus(seed: number, size: number): Corpus {
  const name = (i: number): string => `d${String(i).padStart(3, '0')}.txt`;
  return new Map(Array.from({ length: size }, (_, i) => [name(i), reports(name(i), name(i), seed + i)]));
}

/** A full merge of `before` as the state stores it: every report in merge order with its index keys, and the clusters of more than one report. */
function lastMerge(before: readonly EventMember[]): { seen: { m: EventMember; known: PreparedKeys }[]; clusters: EventMember[][] } {
  const seen: { m: EventMember; known: PreparedKeys }[] = [];
  const clusters = mergeEvents(before, (m, { keys, toldKeys, anyMonth, toldAnyMonth }) => seen.push({ m, known: { keys, toldKeys, anyMonth, toldAnyMonth } }))
    .filter((e) => e.members.length > 1)
    .map((e) => [...e.members].sort(reportOrder));
  return { seen, clusters };
}

describe('mergeEventsAgain', () => {
  it('gives the events of a full merge after every step of random edits (English and Spanish reports)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 4, max: 40 }), (seed, size) => {
        const r = rng(seed);
        const corpus = randomCorpus(seed, size);
        let memo: EventsMemo | null = null;
        for (let step = 0; step < 6; step += 1) {
          const all = [...corpus.values()].flat();
          const again = mergeEventsAgain(all, memo);
          expect(again.events).toEqual(mergeEvents(all));
          memo = again.memo;
          edit(corpus, r, seed + step);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the events of a full merge when the last merge is known only by its clusters (a fresh process)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 4, max: 40 }), (seed, size) => {
        const r = rng(seed);
        const corpus = randomCorpus(seed, size);
        for (let step = 0; step < 4; step += 1) {
          const before = [...corpus.values()].flat();
          const clusters = mergeEvents(before)
            .filter((e) => e.members.length > 1)
            .map((e) => [...e.members].sort(reportOrder));
          edit(corpus, r, seed + step);
          const all = [...corpus.values()].flat();
          const now = new Set(all);
          const then = new Set(before);
          const memo = eventsMemoFrom(all.filter((m) => then.has(m)), before.filter((m) => !now.has(m)), clusters);
          const again = mergeEventsAgain(all, memo);
          expect(again.events).toEqual(mergeEvents(all));
          // An event it does not call touched is one the last merge made, member for member.
          const last = new Map(mergeEvents(before).map((e) => [e.members[0]?.key, e]));
          for (const e of again.events) {
            if (again.touched.events.has(e)) continue;
            expect(e).toEqual(last.get(e.members[0]?.key));
            for (const m of e.members) expect(again.touched.reports.has(m.key)).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the events of a full merge when the kept reports come in the stored order with the index keys the last merge worked out, the gone ones before the first or each at its own place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 4, max: 40 }), fc.boolean(), (seed, size, inPlace) => {
        const corpus = randomCorpus(seed, size);
        const r = rng(seed);
        for (let step = 0; step < 4; step += 1) {
          const before = [...corpus.values()].flat();
          const { seen, clusters } = lastMerge(before);
          edit(corpus, r, seed + step);
          const all = [...corpus.values()].flat();
          const now = new Set(all);
          // In place: every last report, kept or gone, in the last merge's order.
          const listed = inPlace ? seen : seen.filter(({ m }) => now.has(m));
          const again = mergeEventsAgain(all, eventsMemoFrom(listed.map((k) => k.m), before.filter((m) => !now.has(m)), clusters, listed.map((k) => k.known), inPlace));
          expect(again.events).toEqual(mergeEvents(all));
          const last = new Map(mergeEvents(before).map((e) => [e.members[0]?.key, e]));
          for (const e of again.events) if (!again.touched.events.has(e)) expect(e).toEqual(last.get(e.members[0]?.key));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the events of a full merge from the last merge alone when every report is the last merge\'s, some as new objects with the same fields', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 4, max: 40 }), (seed, size) => {
        const corpus = randomCorpus(seed, size);
        const r = rng(seed);
        const before = [...corpus.values()].flat();
        const { seen, clusters } = lastMerge(before);
        // Some documents made again (an edit that changed none of their reports): new objects, equal fields.
        const again = new Map<EventMember, EventMember>();
        for (const [name, members] of corpus) {
          if (r() < 0.3) continue;
          const copies = members.map((m) => structuredClone(m));
          members.forEach((m, i) => again.set(m, copies[i] as EventMember));
          corpus.set(name, copies);
        }
        const now = (m: EventMember): EventMember => again.get(m) ?? m;
        const all = [...corpus.values()].flat();
        const merged = mergedAsBefore(seen.map((k) => now(k.m)), clusters.map((c) => c.map(now)));
        expect(merged.events).toEqual(mergeEvents(all));
        expect(merged.touched.events.size).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('reads fewer reports when each gone report is gone at its own place than when all are gone before the first', () => {
    const corpus: Corpus = new Map(Array.from({ length: 80 }, (_, i) => [`d${String(i).padStart(2, '0')}.txt`, reports(`d${String(i).padStart(2, '0')}.txt`, `d${String(i).padStart(2, '0')}.txt`, 900 + i)]));
    const before = [...corpus.values()].flat();
    const { seen, clusters } = lastMerge(before);
    corpus.set('d79.txt', reports('d79.txt', 'd79.txt', 4242));
    const all = [...corpus.values()].flat();
    const now = new Set(all);
    const gone = before.filter((m) => !now.has(m));
    const kept = seen.filter(({ m }) => now.has(m));
    // A report's words are read when its probe is worked out: when it searches, or sits in a cluster a search looks at.
    let reads = 0;
    for (const m of before) {
      const words = m.words;
      Object.defineProperty(m, 'words', { enumerable: true, get: () => ((reads += 1), words) });
    }
    const first = mergeEventsAgain(all, eventsMemoFrom(kept.map((k) => k.m), gone, clusters, kept.map((k) => k.known)));
    const readFirst = reads;
    reads = 0;
    const inPlace = mergeEventsAgain(all, eventsMemoFrom(seen.map((k) => k.m), gone, clusters, seen.map((k) => k.known), true));
    const readInPlace = reads;
    expect(inPlace.events).toEqual(first.events);
    expect(inPlace.events).toEqual(mergeEvents(all));
    expect(readInPlace).toBeLessThan(readFirst);
  });

  it('keeps the events of clusters that no changed report touches, as the same objects', () => {
    const corpus: Corpus = new Map(Array.from({ length: 60 }, (_, i) => [`d${i}.txt`, reports(`d${i}.txt`, `d${i}.txt`, 500 + i)]));
    const first = mergeEventsAgain([...corpus.values()].flat(), null);
    corpus.set('d30.txt', reports('d30.txt', 'd30.txt', 9));
    const all = [...corpus.values()].flat();
    const again = mergeEventsAgain(all, first.memo);
    expect(again.events).toEqual(mergeEvents(all));
    const before = new Set(first.events);
    const kept = again.events.filter((e) => before.has(e)).length;
    expect(kept).toBeGreaterThan(again.events.length / 2);
    expect(kept).toBeLessThan(again.events.length);
  });
});
