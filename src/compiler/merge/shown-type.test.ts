import { describe, expect, it } from 'vitest';
import { day, member, reported } from './fixtures/merge-members';
import { mergeEvents } from './merge-events';

const said = (document: string, sentence: string, date = reported('2031-01-30')) => member(document, 'statement', date, ['ana-ruiz'], sentence, { cameo: '010' });
const shown = (sentence: string, date = reported('2031-01-30')) => mergeEvents([said('a.txt', sentence, date)]).map((e) => `${e.type}/${e.cameo}`);

describe('shownType', () => {
  it('shows a remark with no date of its own that tells of a call as that call, in English and Spanish', () => {
    expect(shown('Ana Ruiz wrote on X that the conversation had been "cordial and productive".')).toEqual(['call/041']);
    expect(shown('"Tuvimos una muy buena conversación con el presidente Hale", escribió Ruiz.')).toEqual(['call/041']);
    expect(shown('"It was a very good call," Ruiz said afterward.')).toEqual(['call/041']);
  });

  it('keeps as a statement a remark dated by its own words, one that sets the call apart, and one that names no call', () => {
    expect(shown('Ruiz said on Friday that the call had been productive.', day('2031-01-31'))).toEqual(['statement/010']);
    expect(shown('The call came a day after Ruiz told reporters that the border would stay open.')).toEqual(['statement/010']);
    expect(shown('Ruiz said she expected their next call to be about trade.')).toEqual(['statement/010']);
    expect(shown('Ruiz issued a call for calm at the border.')).toEqual(['statement/010']);
    expect(shown('Ruiz said the border would stay open.')).toEqual(['statement/010']);
  });
});
