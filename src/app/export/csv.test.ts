import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv';
import { testTimeline as t } from './fixtures/test-timeline';

describe('CSV export', () => {
  const parsed = Papa.parse<Record<string, string>>(toCsv(t, t.events, t.quotes), { header: true });

  it('writes one row per event and per quote', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => `${r['kind']}:${r['id']}`)).toEqual(['event:e1', 'event:e2', 'event:e3', 'quote:q1', 'quote:q2']);
  });

  it('keeps quotes, commas and speakers intact', () => {
    expect(parsed.data[4]?.['text']).toBe('We will, "see"');
    expect(parsed.data[0]?.['actors']).toBe('Ana Example; =Formula Person');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(parsed.data[3]?.['text']).toBe('\'=HYPERLINK("http://evil")');
    expect(parsed.data[3]?.['speaker']).toBe("'=Formula Person");
    for (const cell of ['+1', '-1', '@SUM(A1)', '\tx']) expect(neutraliseFormula(cell).startsWith("'")).toBe(true);
    expect(neutraliseFormula('2026-01-19')).toBe('2026-01-19');
  });
});
