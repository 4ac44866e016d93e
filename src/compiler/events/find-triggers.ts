/**
 * Finds trigger phrases in one sentence. A phrase counts only as a whole word
 * sequence; overlapping matches keep the longest (then the first in the
 * lexicon). Hedged phrases ("possible strikes") and phrases whose condition
 * fails are dropped here, so later stages only see things that happened.
 */
import type { DateMention } from '../model';
import { HEDGES, TRIGGERS, type Trigger } from './triggers';

export interface TriggerMatch {
  trigger: Trigger;
  start: number;
  end: number;
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

const COMPILED = TRIGGERS.map((trigger) => ({
  trigger,
  re: new RegExp(`${NOT_WORD_BEFORE}(?:${trigger.pattern})${NOT_WORD_AFTER}`, 'giu'),
  after: trigger.needsAfter ? new RegExp(trigger.needsAfter, 'iu') : null,
}));

/** `text` is the whole document; [start, end) the sentence. */
export function findTriggers(
  text: string,
  start: number,
  end: number,
  dates: readonly DateMention[],
): TriggerMatch[] {
  const sentence = text.slice(start, end);
  const found: (TriggerMatch & { rank: number })[] = [];
  COMPILED.forEach(({ trigger, re, after }, rank) => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (after && !after.test(text.slice(e, Math.min(end, e + 100)))) continue;
      if (trigger.needsDateBefore && !dates.some((d) => d.end <= s && /^\s{0,2}$/.test(text.slice(d.end, s)))) continue;
      if (trigger.factual && HEDGES.test(text.slice(Math.max(start, s - 40), s))) continue;
      found.push({ trigger, start: s, end: e, rank });
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: TriggerMatch[] = [];
  for (const f of found) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push({ trigger: f.trigger, start: f.start, end: f.end });
  }
  return kept.sort((a, b) => a.start - b.start);
}
