import { describe, expect, it } from 'vitest';
import { parseTimeline, parseTimelineText } from '../../schema/parse-timeline';
import { datedTimeline, edgeTextTimeline, hostileTimeline, linksTimeline, makeTimeline, withInvalidItems } from './build-timeline';
import { XSS_PAYLOADS } from './xss-payloads';

describe('hostile timeline builders', () => {
  it('produce schema-valid timelines with nothing skipped', () => {
    const all = [
      hostileTimeline(),
      hostileTimeline({ benign: true }),
      edgeTextTimeline(),
      linksTimeline(['javascript:alert(1)', null, 'https://example.org/a']),
      datedTimeline(['2026-01-19', '2026-01-19', null]),
      makeTimeline([]),
    ];
    for (const t of all) {
      const r = parseTimeline(JSON.parse(JSON.stringify(t)));
      expect(r.ok && r.skipped).toEqual({ events: 0, quotes: 0 });
    }
  });

  it('put every payload in every text field, with spans that cite the right words', () => {
    const t = hostileTimeline();
    for (const p of XSS_PAYLOADS) {
      expect(t.events.some((e) => e.title === p && e.summary === p)).toBe(true);
      expect(t.quotes.some((q) => q.text === p)).toBe(true);
      expect(t.actors.some((a) => a.name === p && a.aliases.includes(p))).toBe(true);
      expect(t.documents.some((d) => d.title === p && d.outlet === p && d.text.includes(p))).toBe(true);
    }
    for (const q of t.quotes) {
      const doc = t.documents.find((d) => d.id === q.source.document);
      expect(doc?.text.slice(q.source.start, q.source.end)).toBe(q.text);
    }
    for (const e of t.events) for (const s of e.sources) expect(t.documents.find((d) => d.id === s.document)?.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('appends invalid events and quotes that the parser skips and counts', () => {
    const r = parseTimelineText(withInvalidItems(datedTimeline(['2026-01-19']), 3, 2));
    expect(r.ok && r.skipped).toEqual({ events: 3, quotes: 2 });
  });
});
