import { describe, expect, it } from 'vitest';
import { displayDate, toTimelineJs } from './timelinejs';
import { testTimeline as t } from './fixtures/test-timeline';

const labels = { undated: 'Undated', unattributed: 'Unattributed', sources: 'Sources', eventType: (type: string) => type };

describe('TimelineJS export', () => {
  const out = toTimelineJs(t, t.events, t.quotes, labels);

  it('holds every event: dated ones as slides, undated ones in the title slide', () => {
    expect(out.events.map((e) => e.unique_id)).toEqual(['e1', 'e2', 'q1', 'q2']);
    expect(out.title.text.text).toContain('An undated threat');
  });

  it('maps calendar dates to year, month and day', () => {
    expect(out.events[0]?.start_date).toEqual({ year: 2026, month: 1, day: 19 });
    expect(out.events[1]?.start_date).toEqual({ year: 2026, month: 1 });
    expect(out.events[3]?.end_date).toEqual({ year: 2026, month: 1, day: 21 });
  });

  it("shows an approximate date's own words and leaves a stated day alone", () => {
    expect(out.events[0]?.display_date).toBeUndefined();
    expect(out.events[1]?.display_date).toBe('in January');
    expect(out.events[3]?.display_date).toBe('this week');
    expect(displayDate({ start: '2026-01-19', precision: 'day', basis: 'reported' })).toBe('2026-01-19');
  });

  it('groups quotes by speaker lane and events by type', () => {
    expect(out.events.map((e) => e.group)).toEqual(['call', 'meeting', '=Formula Person', 'Unattributed']);
  });

  it('escapes document text, since TimelineJS renders it as HTML', () => {
    const json = JSON.stringify(out);
    expect(json).not.toContain('<img');
    expect(json).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out.title.text.headline).toBe('Test &amp; &lt;timeline&gt;');
  });

  it('links only http(s) sources, with noopener noreferrer', () => {
    const text = out.events[1]?.text.text ?? '';
    expect(text).toContain('href="https://daily.example/a"');
    expect(text).toContain('rel="noopener noreferrer"');
    expect(text).not.toContain('javascript:');
  });
});
