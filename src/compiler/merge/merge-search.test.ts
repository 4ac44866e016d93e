import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateValue, DocumentId } from '../../schema/timeline';
import { day, member, month, reported } from './fixtures/merge-members';
import { reportOrder, sortReports, strictlyInReportOrder } from './merge-search';

const DATES: DateValue[] = [day('2031-03-09'), day('2031-03-10', 'reported'), month('2031-03', 'marzo'), reported('2031-03-11'), reported(null)];
const DOCUMENTS = ['a-herald.txt', 'b-courier.txt', 'c-diario.txt'];

/** Invented reports: a document, a date, a place in it, and sometimes a capture told in passing. */
const reports = fc.array(
  fc.record({ d: fc.nat(DOCUMENTS.length - 1), date: fc.nat(DATES.length - 1), start: fc.nat(3), background: fc.boolean() }).map(({ d, date, start, background }) => {
    const document = DOCUMENTS[d] as string;
    const m = member(document, 'meeting', DATES[date] as DateValue, ['ana-ruiz'], 'Ana Ruiz met the delegation in Port Aldren.', background ? { background: true } : {});
    return { ...m, source: { ...m.source, document: document as DocumentId, start } };
  }),
  { maxLength: 12 },
);

describe('report order', () => {
  it('tells a list strictly in report order exactly as comparing each pair of neighbours does', () => {
    fc.assert(
      fc.property(reports, fc.boolean(), (list, sorted) => {
        const candidate = sorted ? sortReports(list) : list;
        const pairwise = candidate.every((m, k) => k === 0 || reportOrder(candidate[k - 1] as typeof m, m) < 0);
        expect(strictlyInReportOrder(candidate)).toBe(pairwise);
      }),
      { numRuns: 300 },
    );
  });

  it('takes a sorted list of distinct reports as in order, and not once two neighbours are swapped', () => {
    const sorted = sortReports([
      member('b-courier.txt', 'meeting', reported(null), ['ana-ruiz'], 'Ruiz met them again, the paper said.'),
      member('a-herald.txt', 'meeting', month('2031-03', 'marzo'), ['ana-ruiz'], 'Ruiz met the delegation in March.'),
      member('a-herald.txt', 'meeting', day('2031-03-09'), ['ana-ruiz'], 'Ruiz met the delegation on March 9.'),
    ]);
    expect(sorted.map((m) => m.date.precision)).toEqual(['day', 'month', 'unknown']);
    expect(strictlyInReportOrder(sorted)).toBe(true);
    expect(strictlyInReportOrder([sorted[1], sorted[0], sorted[2]] as typeof sorted)).toBe(false);
    expect(strictlyInReportOrder([sorted[0], sorted[0]] as typeof sorted)).toBe(false);
  });
});
