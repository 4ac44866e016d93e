/**
 * The days a sentence names by month and day with no year ("on March 9", "el pasado 20 de
 * enero"), for rule YEAR-LESS-DAY of the merge stage: in an article with no publication date
 * and no full date, the dates stage cannot give such a day a year (and does not guess one),
 * so the report stays undated; the merge may still read the day as that of a dated happening
 * with the same month and day. A day written with its year ("March 9, 2031", "9 de marzo de
 * 2026") is the dates stage's, not this.
 */
import type { DateValue } from '../../schema/timeline';
import { EN_MONTH_PATTERN, ES_MONTH_PATTERN, MONTHS } from '../dates/lexicon';
import type { Cluster, Probe } from './merge-cluster';

/** "Mar. 9", "March 9th" (English), not followed by a year. */
const EN_DAY = new RegExp(`(?<![\\p{L}])(${EN_MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?!,?\\s+\\d{4})(?!\\s*(?:%|percent))`, 'giu');
/** "3 de enero" (Spanish), not followed by "de 2026" or "del año pasado". */
const ES_DAY = new RegExp(`(?<![\\p{N}.,])(\\d{1,2})\\s+de\\s+(${ES_MONTH_PATTERN})(?![\\p{L}])(?!\\s+(?:de|del)\\s+(?:\\d{4}|año|este|ese|mismo))`, 'giu');

function monthDay(month: string | undefined, day: string | undefined): string | null {
  const m = MONTHS[(month ?? '').toLowerCase()];
  const d = Number(day);
  if (m === undefined || !(d >= 1 && d <= 31)) return null;
  return `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The year-less days a sentence names, as "MM-DD", in order, without repeats. */
export function yearLessDays(sentence: string): string[] {
  const out: string[] = [];
  for (const match of sentence.matchAll(EN_DAY)) {
    const md = monthDay(match[1], match[2]);
    if (md && !out.includes(md)) out.push(md);
  }
  for (const match of sentence.matchAll(ES_DAY)) {
    const md = monthDay(match[2], match[1]);
    if (md && !out.includes(md)) out.push(md);
  }
  return out;
}

/**
 * Rule YEAR-LESS-DAY: "agents detained Roe in a March 9 raid" in an article with no
 * publication date is read as dated to the cluster's day of that month and day, and the rules
 * for reports of that day decide (type, shared actors); a report with no such day, or whose
 * own date is known, is not read this way. The report itself keeps its date (unknown).
 */
export function onYearLessDay(cluster: Cluster, probe: Probe): Probe | null {
  if (probe.at || probe.yearLess.length === 0) return null;
  for (let k = 0; k < cluster.dates.length; k += 1) {
    const d = cluster.dates[k];
    const span = cluster.spans[k];
    if (!d || !span || d.precision !== 'day' || d.start === null || !probe.yearLess.includes(d.start.slice(5))) continue;
    const date: DateValue = { start: d.start, precision: 'day', basis: 'inferred' };
    return { ...probe, m: { ...probe.m, date }, own: true, at: span, yearLess: [] };
  }
  return null;
}
