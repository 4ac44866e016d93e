import { describe, expect, it } from 'vitest';
import { day, member, reported, sources } from './fixtures/merge-members';

describe('mergeEvents: one happening told in other words', () => {
  it('merges an interview and what was said in it when both name the speaker first and the same host (rule SAID-IN-INTERVIEW)', () => {
    const said = member('a.txt', 'statement', day('2031-01-19', 'relative'), ['ivo-brask', 'eva-sol', 'gov-a'], 'Ivo Brask told the radio host Eva Sol on Monday that help from AA would be welcome.');
    const interview = member('b.txt', 'interview', day('2031-01-19', 'relative'), ['ivo-brask', 'eva-sol'], 'Brask había declarado el lunes, en entrevista con la periodista Eva Sol, que la ayuda era bienvenida.');
    expect(sources([said, interview])).toEqual(['a.txt+b.txt']);
    // The host's own remark about the interview names her first: another happening.
    const reply = member('c.txt', 'statement', day('2031-01-19', 'relative'), ['eva-sol', 'ivo-brask'], 'Eva Sol said on Monday that Brask had dodged her questions.');
    expect(sources([interview, reply])).toEqual(['b.txt', 'c.txt']);
  });

  it('joins a remark told in a story of that day, naming two of its actors, to the remark another article dates that day (rule PUBLISHED-THAT-DAY)', () => {
    const dated = member('a.txt', 'statement', day('2031-01-03', 'relative'), ['gov-b', 'gov-a'], "BB's foreign ministry condemned the raid the same day as a breach of international law.");
    const sameDay = member('b.txt', 'statement', reported('2031-01-03'), ['gov-b', 'gov-a'], 'El ministerio de Exteriores de BB emitió un comunicado que condena la operación de AA.');
    // A story of the next day may tell another remark of the same two sides.
    const nextDay = member('c.txt', 'statement', reported('2031-01-04'), ['gov-b', 'gov-a'], 'BB asked AA for guarantees about its citizens abroad.');
    expect(sources([dated, sameDay, nextDay])).toEqual(['a.txt+b.txt', 'c.txt']);
  });
});
