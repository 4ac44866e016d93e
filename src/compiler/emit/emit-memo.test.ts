import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, ActorId, DateValue, Diagnostic } from '../../schema/timeline';
import type { CorpusEvent, CorpusQuote, EventMember } from '../merge/corpus-items';
import { emitMemo } from './emit-memo';
import { emitTimeline, type EmitInput } from './emit-timeline';

// A long-lived compiler's emit (one memo over many builds) must give what emit without a memo
// gives, whatever the builds change: events and quotes kept as the same objects, given as equal
// copies, changed, removed, added, two events with one id, two events sharing a report key,
// diagnostics kept, repeated and copied.

const ACTORS: Actor[] = ['lena-varga', 'tomas-roe', 'ines-sol'].map((id) => ({ id: id as ActorId, name: id, aliases: [], country: null, kind: 'person', origin: 'registry' }));
const DAYS = ['2031-03-01', '2031-03-02', null];
const day = (start: string | null): DateValue => (start ? { start, precision: 'day', basis: 'stated' } : { start: null, precision: 'unknown', basis: 'reported' });

function member(doc: number, index: number): EventMember {
  return {
    key: `d${doc}#${index}`,
    document: `d${doc}`,
    canonical: `d${doc}`,
    story: 0,
    source: { document: `d${doc}`, start: index * 10, end: index * 10 + 8, text: `words ${index}` } as EventMember['source'],
    type: 'statement',
    cameo: '010',
    title: `La ministra habló ${doc}-${index}`,
    date: day(null),
    actors: [],
    relevant: true,
    words: [],
  };
}

/** The world of one build, as numbers: each event's id, date, actors and reports; each quote's host report and speaker. */
const eventSpec = fc.record({ id: fc.integer({ min: 0, max: 12 }), day: fc.integer({ min: 0, max: 2 }), actor: fc.integer({ min: 0, max: 3 }), reports: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 3 }) });
const quoteSpec = fc.record({ id: fc.integer({ min: 0, max: 12 }), report: fc.integer({ min: -1, max: 7 }), speaker: fc.integer({ min: 0, max: 3 }) });
const diagnosticSpec = fc.record({ doc: fc.integer({ min: 0, max: 2 }), line: fc.integer({ min: 1, max: 3 }), rule: fc.constantFrom('unknown-actor', 'noise-block') });
const world = fc.record({ events: fc.array(eventSpec, { maxLength: 10 }), quotes: fc.array(quoteSpec, { maxLength: 10 }), diagnostics: fc.array(diagnosticSpec, { maxLength: 12 }) });

describe('emit in a long-lived compiler', () => {
  it('gives what emit without a memo gives, build after build, whatever is kept, copied, changed or removed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(world, fc.array(fc.boolean(), { maxLength: 20 })), { minLength: 1, maxLength: 5 }), (builds) => {
        const memo = emitMemo();
        const members = new Map<number, EventMember>();
        const reportOf = (n: number): EventMember => members.get(n) ?? members.set(n, member(n % 4, n)).get(n) as EventMember;
        const events = new Map<string, CorpusEvent>();
        const quotes = new Map<string, CorpusQuote>();
        const diagnostics = new Map<string, Diagnostic>();
        for (const [w, copy] of builds) {
          // The same spec twice in one build is the same object twice (a repeat to remove).
          const diagnosticOf = (s: (typeof w.diagnostics)[number], k: number): Diagnostic => {
            const key = JSON.stringify(s);
            const kept = diagnostics.get(key);
            if (kept && !copy[k]) return kept;
            const made: Diagnostic = { severity: 'info', rule: s.rule, message: `Aviso ${s.line}`, document: `d${s.doc}.txt`, line: s.line, column: 1 };
            diagnostics.set(key, made);
            return made;
          };
          // The same spec gives the same object as last build, unless told to copy it (an equal, other object).
          const eventOf = (s: (typeof w.events)[number], k: number): CorpusEvent => {
            const key = JSON.stringify(s);
            const kept = events.get(key);
            if (kept && !copy[k]) return kept;
            const made: CorpusEvent = {
              id: `ev-${s.id}`,
              type: 'statement',
              cameo: '010',
              title: `Event ${s.id}`,
              relevant: true,
              date: kept?.date ?? day(DAYS[s.day] ?? null),
              actors: s.actor < 3 ? [(ACTORS[s.actor] as Actor).id] : ['nobody-known' as ActorId],
              members: kept?.members ?? s.reports.map(reportOf),
              sourceCount: s.reports.length,
              curated: [],
              hidden: false,
            };
            events.set(key, made);
            return made;
          };
          const quoteOf = (s: (typeof w.quotes)[number], k: number): CorpusQuote => {
            const key = JSON.stringify(s);
            const kept = quotes.get(key);
            if (kept && !copy[10 + k]) return kept;
            const made: CorpusQuote = {
              id: `q-${s.id}`,
              document: 'd0',
              speaker: s.speaker < 3 ? (ACTORS[s.speaker] as Actor).id : null,
              text: `«Seguiremos negociando» ${s.id}`,
              direct: true,
              date: day('2031-02-01'),
              eventKey: s.report < 0 ? null : `d${s.report % 4}#${s.report}`,
              source: { document: 'd0', start: s.id, end: s.id + 5 } as CorpusQuote['source'],
              context: { document: 'd0', start: 0, end: 40 } as CorpusQuote['context'],
              curated: [],
            };
            quotes.set(key, made);
            return made;
          };
          const input: EmitInput = {
            title: 'T',
            description: 'D',
            documents: [],
            duplicateOf: new Map(),
            events: w.events.map(eventOf),
            quotes: w.quotes.map(quoteOf),
            story: [],
            actorById: (id) => ACTORS.find((a) => a.id === id),
            diagnostics: w.diagnostics.map(diagnosticOf),
          };
          expect(emitTimeline(input, memo)).toEqual(emitTimeline(input));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives a quote the event a full build gives when a new event shares a report with kept ones', () => {
    const shared = member(1, 1);
    const event = (id: string, start: string): CorpusEvent => ({ id, type: 'statement', cameo: '010', title: id, relevant: true, date: day(start), actors: [], members: [shared], sourceCount: 1, curated: [], hidden: false });
    const quote: CorpusQuote = { id: 'q', document: 'd1', speaker: null, text: '"No habrá acuerdo"', direct: true, date: day('2031-02-01'), eventKey: shared.key, source: { document: 'd1', start: 1, end: 9 } as CorpusQuote['source'], context: { document: 'd1', start: 0, end: 20 } as CorpusQuote['context'], curated: [] };
    const [a, b, c] = [event('ev-a', '2031-03-01'), event('ev-b', '2031-03-02'), event('ev-c', '2031-03-03')];
    const input = (events: CorpusEvent[]): EmitInput => ({ title: 'T', description: 'D', documents: [], duplicateOf: new Map(), events, quotes: [quote], story: [], actorById: () => undefined, diagnostics: [] });
    const memo = emitMemo();
    for (const events of [[a, b], [a, c, b], [c, a], [a, b]]) {
      const once = emitTimeline(input(events));
      expect(emitTimeline(input(events), memo)).toEqual(once);
      expect(once.quotes[0]?.event).toBe(events.at(-1)?.id);
    }
  });
});
