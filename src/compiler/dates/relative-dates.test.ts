import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANAPHOR_WORDS, anaphoricDates, hintText } from './relative-dates';
import type { RawDate } from './raw-date';

/** The source without its lookarounds (fast-check cannot generate them): it matches more strings, never fewer. */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i += 1) {
    if (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
      let depth = 0;
      let inClass = false;
      for (; i < source.length; i += 1) {
        const c = source[i];
        if (c === '\\') i += 1;
        else if (inClass) inClass = c !== ']';
        else if (c === '[') inClass = true;
        else if (c === '(') depth += 1;
        else if (c === ')' && --depth === 0) break;
      }
      continue;
    }
    out += source[i];
    if (source[i] === '\\') out += source[++i] ?? '';
  }
  return out;
}

/** Strings the pattern matches (its lookarounds left out), lower-cased as the word tests read them. */
const matching = (pattern: RegExp): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^(?:${withoutLookarounds(pattern.source)})$`, 'u'));

describe('the words tested before an anaphoric date pattern is run', () => {
  it('are held by every string an anaphoric pattern matches', () => {
    expect(ANAPHOR_WORDS.size).toBe(7);
    for (const [pattern, words] of ANAPHOR_WORDS) {
      fc.assert(fc.property(matching(pattern), (s) => words.some((w) => hintText(s).includes(w))), { numRuns: 300 });
    }
  });

  it('read a long s as the s it matches', () => {
    const anaphors: RawDate[] = [];
    anaphoricDates('The ferry ſailed on May 3 and docked that ſame day.', 0, anaphors);
    expect(anaphors.map((d) => d.text)).toEqual(['that ſame day']);
  });

  it('leave the patterns to find what they found before', () => {
    const anaphors: RawDate[] = [];
    anaphoricDates('The envoy arrived on May 3. Two days later she left; al día siguiente the port closed. That evening, talks ended.', 0, anaphors);
    expect(anaphors.map((d) => d.text)).toEqual(['Two days later', 'al día siguiente', 'That evening']);
  });
});
