/**
 * Finds trigger phrases in one sentence. A phrase counts only as a whole word
 * sequence. Where several phrases start at one place the longest wins (then the
 * first in the lexicon), and a phrase whose condition fails gives way to the
 * next one there. Hedged phrases ("possible strikes") are dropped here, so
 * later stages only see things that happened. One combined regex scans the
 * sentence; the per-phrase regexes only run, anchored, where it matched.
 */
import type { DateMention } from '../model';
import { DENIED_SPEECH, HEDGES, NEGATED, PLANNED_AFTER, TRIGGERS, type Trigger } from './triggers';

export interface TriggerMatch {
  trigger: Trigger;
  start: number;
  end: number;
  /** Where the trigger's own date may begin, past the object its condition reached ("…as terrorist organizations on May 2"). */
  dateFrom?: number;
}

/** The end of a condition's match, over the rest of its word and a head noun after it. */
const LABEL_TAIL = /^[\p{L}]*(?:\s+(?:organi[sz]ations?|groups?|organizaciones|grupos))?/u;

/** For a trigger whose condition may lie far after it, the offset after that condition. */
function conditionEnd(text: string, e: number, limit: number, after: RegExp): number | undefined {
  const label = after.exec(text.slice(e, limit));
  if (!label) return undefined;
  const at = e + label.index + label[0].length;
  return at + (LABEL_TAIL.exec(text.slice(at, limit))?.[0].length ?? 0);
}

/** "EL PASO, Texas (Border Report) —": a word inside a dateline's credit names the outlet, not a happening. */
const CREDIT_OPEN = /\([^()\n]{0,30}$/u;
const CREDIT_CLOSE = /^[^()\n]{0,30}\)\s*[-–—]/u;

const COLON_QUOTE = /^[^:"“”«»]{3,90}:(?=\s*["“«'‘])/u;
const COLON_STATEMENT: Trigger = { type: 'statement', cameo: '010', pattern: ':' };

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

const COMBINED = new RegExp(`${NOT_WORD_BEFORE}(?:${TRIGGERS.map((t) => t.pattern).join('|')})${NOT_WORD_AFTER}`, 'giu');

const ANCHORED = TRIGGERS.map((trigger, rank) => ({
  trigger,
  rank,
  re: new RegExp(`(?:${trigger.pattern})${NOT_WORD_AFTER}`, 'iuy'),
  after: trigger.needsAfter ? new RegExp(trigger.needsAfter, 'iu') : null,
}));

/**
 * The anchored regexes in groups of a few, each group also as one alternation: where a
 * group's alternation fails no member can match, so most members are never tried.
 */
const GROUP_SIZE = 6;
const ANCHORED_GROUPS = Array.from({ length: Math.ceil(ANCHORED.length / GROUP_SIZE) }, (_, g) => {
  const members = ANCHORED.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE);
  return { members, re: new RegExp(`(?:${members.map((m) => m.trigger.pattern).join('|')})${NOT_WORD_AFTER}`, 'iuy') };
});

/** `text` is the whole document; [start, end) the sentence. */
export function findTriggers(
  text: string,
  start: number,
  end: number,
  dates: readonly DateMention[],
): TriggerMatch[] {
  const sentence = text.slice(start, end);
  const kept: TriggerMatch[] = [];
  COMBINED.lastIndex = 0;
  for (let m = COMBINED.exec(sentence); m; m = COMBINED.exec(sentence)) {
    const at = m.index;
    const options: { trigger: Trigger; length: number; rank: number; after: RegExp | null }[] = [];
    for (const group of ANCHORED_GROUPS) {
      group.re.lastIndex = at;
      if (!group.re.test(sentence)) continue;
      for (const { trigger, re, after, rank } of group.members) {
        re.lastIndex = at;
        const hit = re.exec(sentence);
        if (hit) options.push({ trigger, length: hit[0].length, rank, after });
      }
    }
    options.sort((a, b) => b.length - a.length || a.rank - b.rank);
    const s = start + at;
    const chosen = options.find(({ trigger, length, after }) => {
      const e = s + length;
      // The condition may also come just before ("the terrorist designation"), but still in the sentence.
      if (after && !after.test(text.slice(e, Math.min(end, e + (trigger.reach ?? 100)))) && !(trigger.orBefore && after.test(text.slice(Math.max(start, s - 100), s)))) return false;
      if (trigger.needsDateBefore && !dates.some((d) => d.end <= s && /^\s{0,2}$/u.test(text.slice(d.end, s)))) return false;
      if (trigger.factual && HEDGES.test(text.slice(Math.max(start, s - 40), s))) return false;
      if (trigger.factual && NEGATED.test(text.slice(Math.max(start, s - 50), s))) return false;
      if ((trigger.type === 'statement' || trigger.type === 'interview') && DENIED_SPEECH.test(text.slice(Math.max(start, s - 40), s))) return false;
      if (CREDIT_OPEN.test(text.slice(Math.max(start, s - 30), s)) && CREDIT_CLOSE.test(text.slice(e, Math.min(end, e + 34)))) return false;
      if (trigger.factual && PLANNED_AFTER.test(text.slice(e, Math.min(end, e + 40)))) return false;
      return true;
    });
    if (chosen) {
      const e = s + chosen.length;
      const reach = chosen.trigger.reach;
      const dateFrom = reach !== undefined && chosen.after ? conditionEnd(text, e, Math.min(end, e + reach), chosen.after) : undefined;
      kept.push({ trigger: chosen.trigger, start: s, end: e, ...(dateFrom !== undefined ? { dateFrom } : {}) });
      COMBINED.lastIndex = at + chosen.length;
    } else {
      COMBINED.lastIndex = at + 1;
    }
  }
  if (kept.length === 0) {
    // "Border czar Ana Ruiz: 'We will…'": a headline that gives someone's words after a colon.
    // Only a headline (no closing full stop): in running text the clause before a colon has its own verb.
    const colon = /[.!?]["'’”»]?\s*$/u.test(sentence) ? null : COLON_QUOTE.exec(sentence);
    if (colon) kept.push({ trigger: COLON_STATEMENT, start: start + colon[0].length - 1, end: start + colon[0].length });
  }
  return kept;
}
