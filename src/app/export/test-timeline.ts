/** A small synthetic timeline for unit tests (no seed data). */
import type { Timeline } from '../../schema/timeline';

export const testTimeline = {
  schemaVersion: 1,
  title: 'Test & <timeline>',
  description: 'A synthetic timeline.',
  documents: [
    { id: 'd1', path: 'd1.txt', title: 'First report', published: '2026-01-20', outlet: 'Daily Test', url: 'https://daily.example/a', language: 'en', text: 'x', blocks: [] },
    { id: 'd2', path: 'd2.txt', title: 'Second <b>report</b>', published: '2026-02-01', outlet: null, url: 'javascript:alert(1)', language: 'es', text: 'y', blocks: [] },
  ],
  actors: [
    { id: 'a1', name: 'Ana Example', aliases: [], country: null, kind: 'person', origin: 'registry' },
    { id: 'a2', name: '=Formula Person', aliases: [], country: null, kind: 'person', origin: 'discovered' },
  ],
  events: [
    { id: 'e1', type: 'call', cameo: '041', title: 'A phone call', relevant: true, date: { start: '2026-01-19', precision: 'day', basis: 'stated', text: 'January 19' }, actors: ['a1', 'a2'], sources: [{ document: 'd1', start: 0, end: 1, text: 'x' }], sourceCount: 1 },
    { id: 'e2', type: 'meeting', cameo: '043', title: '<img src=x onerror=alert(1)>', relevant: true, date: { start: '2026-01', precision: 'month', basis: 'inferred', text: 'in January' }, actors: ['a1'], sources: [{ document: 'd1', start: 0, end: 1, text: 'x' }, { document: 'd2', start: 0, end: 1, text: 'y' }], sourceCount: 2 },
    { id: 'e3', type: 'threat', cameo: '130', title: 'An undated threat', relevant: true, date: { start: null, precision: 'unknown', basis: 'reported' }, actors: [], sources: [{ document: 'd2', start: 0, end: 1, text: 'y' }], sourceCount: 1 },
  ],
  quotes: [
    { id: 'q1', speaker: 'a2', text: '=HYPERLINK("http://evil")', direct: true, date: { start: '2026-01-19', precision: 'day', basis: 'stated' }, event: 'e1', source: { document: 'd1', start: 0, end: 1 } },
    { id: 'q2', speaker: null, text: 'We will, "see"', direct: false, date: { start: '2026-01-15', end: '2026-01-21', precision: 'week', basis: 'relative', text: 'this week' }, event: null, source: { document: 'd2', start: 0, end: 1 } },
  ],
  story: [],
  diagnostics: [],
} as unknown as Timeline;
