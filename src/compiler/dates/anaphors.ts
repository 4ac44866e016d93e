/**
 * "the same day" and "The call came a day after…": mentions that name a day only
 * through a dated mention before them. Resolved once every mention has its value.
 */
import type { DateMention, Sentence } from '../model';
import type { RawDate } from './raw-date';
import { ledeDay } from './occasions';
import { resolveAnaphor } from './resolve-date';

/** How far back "The call came a day after…" looks for the date of its subject. */
const ANAPHOR_REACH = 800;

/** Whether a stretch closes a quotation it did not open (an odd number of straight quotes, or more closing marks). */
function closesQuote(between: string): boolean {
  let straight = 0;
  let open = 0;
  let close = 0;
  for (const ch of between) {
    if (ch === '"') straight += 1;
    else if (ch === '“' || ch === '«') open += 1;
    else if (ch === '”' || ch === '»') close += 1;
  }
  return straight % 2 === 1 || close > open;
}

/**
 * Gives "the same day" the day of the last dated mention before it in its
 * paragraph, "the next day" the day after the last one of its story within
 * reach, and "The call came a day after…" the day before the last dated
 * mention of its story within reach, when "call" is named from that mention's
 * sentence on. Otherwise they stay unresolved.
 */
export function resolveAnaphors(text: string, dates: DateMention[], found: readonly { raw: RawDate }[], sentences: readonly Sentence[]): void {
  const anaphors = new Map<number, Extract<RawDate, { kind: 'anaphor' }>>();
  for (const f of found) if (f.raw.kind === 'anaphor') anaphors.set(f.raw.start, f.raw);
  if (anaphors.size === 0) return;
  dates.forEach((mention, i) => {
    const raw = anaphors.get(mention.start);
    if (!raw) return;
    const here = sentences[mention.sentence];
    if (raw.scope === 'occasion') {
      // A count back in the lede ("the judge ruled on Monday, four days after the arrest") dates another happening.
      const own = dates.filter((d) => anaphors.get(d.start)?.scope !== 'measured');
      const lede = here && raw.subject ? ledeDay(text, raw.subject, here, own, sentences) : null;
      if (lede) mention.value = resolveAnaphor(raw, lede.value);
      return;
    }
    if (raw.scope === 'measured') {
      // Counted from the day stated right before it in its sentence, or from nothing.
      const anchor = dates[i - 1];
      if (anchor && anchor.sentence === mention.sentence && anchor.value.precision === 'day' && anchor.value.start !== null) mention.value = resolveAnaphor(raw, anchor.value);
      return;
    }
    for (let j = i - 1; j >= 0; j -= 1) {
      const anchor = dates[j];
      if (!anchor) break;
      const there = sentences[anchor.sentence];
      if (!here || !there || there.story !== here.story) continue;
      // "on May 3, two days after the fire. '…,' she said then": a count back dates the other happening, not the story's day.
      if (anaphors.get(anchor.start)?.scope === 'measured') continue;
      if (raw.scope === 'paragraph' ? there.block !== here.block : mention.start - anchor.end > ANAPHOR_REACH) break;
      // '"Today we begin," he said then': the speaker's "today" is not when the words were reported.
      if (raw.scope === 'speech' && closesQuote(text.slice(anchor.end, mention.start))) continue;
      // "said at the time" points to the last date told, whatever its precision: a month gives no day.
      if (raw.scope === 'speech' && (anchor.value.precision !== 'day' || anchor.value.start === null)) return;
      // "The peso fell last week after … Ruiz responded the next day": the day after the last date told, or
      // none when that date is no day; an older day is another happening's.
      if (raw.scope === 'story' && (anchor.value.precision !== 'day' || anchor.value.start === null)) return;
      if (anchor.value.precision !== 'day' || anchor.value.start === null) continue;
      // "The call came a day after…" needs the call named since that date, else the date may be another event's.
      if (raw.subject && !text.slice(there.start, here.start).toLowerCase().includes(raw.subject.slice(0, 5))) return;
      mention.value = resolveAnaphor(raw, anchor.value);
      return;
    }
  });
  // An unresolved "said then" or "before the vote" dates nothing and must not stand in for the sentence's other dates.
  const pointsBack = (d: DateMention): boolean => ['speech', 'occasion', 'measured'].includes(anaphors.get(d.start)?.scope ?? '');
  const kept = dates.filter((d) => !pointsBack(d) || d.value.start !== null);
  if (kept.length !== dates.length) dates.splice(0, dates.length, ...kept);
}

