import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../schema/timeline';
import { aliasEntries, buildAliasIndex, matchAt } from './alias-index';
import { separatorKey, wordTokens } from './word-tokens';

function match(phrases: [string, string, boolean][], text: string): string[] {
  const index = buildAliasIndex(phrases.flatMap(([p, id, person]) => aliasEntries(p, id as ActorId, p.includes(' ') && !/\p{Ll}/u.test(p[0] ?? '') ? 'name' : 'alias', person)));
  const tokens = wordTokens(text, 0, text.length);
  const seps = tokens.map((t, j) => (j === 0 ? '' : separatorKey(text, tokens[j - 1]?.end ?? 0, t.start)));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const m = matchAt(index, tokens, seps, i);
    if (!m) continue;
    out.push(`${text.slice(tokens[i]?.start, tokens[m.last]?.end)}=${m.entry.actor ?? '-'}`);
    i = m.last;
  }
  return out;
}

describe('matchAt', () => {
  it('takes the longest phrase starting at a word', () => {
    expect(match([['Trump', 'trump', true], ['the Trump administration', 'usg', false]], 'So the Trump administration and Trump.')).toEqual([
      'the Trump administration=usg',
      'Trump=trump',
    ]);
  });

  it('drops a leading article from proper names but not from descriptions', () => {
    expect(match([['The Heritage Foundation', 'heritage', false], ['la presidenta', 'cs', true]], 'a Heritage Foundation report on presidenta')).toEqual([
      'Heritage Foundation=heritage',
    ]);
  });

  it('treats a person alias followed by a capitalised name as a title', () => {
    expect(match([['the Mexican president', 'cs', true]], 'the Mexican president Felipe Osorio; the Mexican president said')).toEqual([
      'the Mexican president=cs',
    ]);
  });
});
