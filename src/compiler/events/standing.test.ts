import { describe, expect, it } from 'vitest';
import type { ActorId, DocumentId } from '../../schema/timeline';
import { prepareContext } from '../compile';
import { extractDocument } from '../extract-document';
import { handDoc } from '../testing/hand-doc';
import { headlined, introducedWithOffice, standingFilter } from './standing';

const ids = (set: Set<ActorId>): string[] => [...set].sort();

describe('who is introduced with a public office', () => {
  it('finds an office before the name or in an apposition after it, in English and Spanish', () => {
    const text = 'Rep. Vera Olmos, a Democrat, said the bill was rushed. El coordinador de los senadores del Partido Verde, Ivo Brask, habló. Tom Hale, the port minister, agreed. Ana Ruiz, who sells fish by the bridge, laughed.';
    const { doc, mentions } = handDoc({ text, actors: { olmos: ['Vera Olmos'], brask: ['Ivo Brask'], hale: ['Tom Hale'], ruiz: ['Ana Ruiz'] } });
    expect(ids(introducedWithOffice(doc.text, mentions))).toEqual(['brask', 'hale', 'olmos']);
  });

  it('gives no standing to a past office', () => {
    const text = 'Para el ex embajador Ivo Brask, el grupo es un buen mecanismo. Vera Olmos, a former senator, disagreed.';
    const { doc, mentions } = handDoc({ text, actors: { brask: ['Ivo Brask'], olmos: ['Vera Olmos'] } });
    expect(ids(introducedWithOffice(doc.text, mentions))).toEqual([]);
  });
});

describe('who is named in a headline', () => {
  it('takes a heading line with no full stop, not a sentence of the body', () => {
    const text = "'No deal yet', says Olmos\n\nVera Olmos said the talks would go on. Ivo Brask said nothing had changed.";
    const { doc, mentions } = handDoc({ text, actors: { olmos: ['Olmos', 'Vera Olmos'], brask: ['Ivo Brask'] } });
    expect(ids(headlined(doc, mentions))).toEqual(['olmos']);
  });
});

describe('an undated saying needs a speaker with standing', () => {
  const saying = (subject: string, ownDate = false) => ({ type: 'statement', ownDate, subject: subject as ActorId });

  it('drops the undated saying of a person found in the text with no office, and keeps the rest', () => {
    const text = 'Vera Olmos, who has run a bakery by the bridge for years, said business was slow. Senator Ivo Brask said the bridge would reopen. Tom Hale said so too.';
    const { doc, mentions } = handDoc({ text, actors: { olmos: ['Vera Olmos'], brask: ['Ivo Brask'], hale: ['Tom Hale'] } });
    const keep = standingFilter(doc, mentions, new Set(['olmos', 'brask'] as ActorId[]));
    expect(keep(saying('olmos'))).toBe(false);
    // Someone with an office, or in the actor file (not among the people found in the text), keeps the event.
    expect(keep(saying('brask'))).toBe(true);
    expect(keep(saying('hale'))).toBe(true);
    // A saying the article dates itself, and a happening that is no saying, are kept whoever is their subject.
    expect(keep(saying('olmos', true))).toBe(true);
    expect(keep({ type: 'protest', ownDate: false, subject: 'olmos' as ActorId })).toBe(true);
  });

  it('leaves a bystander\'s words as quotes but makes no event of them, while an official\'s remark stays one', () => {
    const context = prepareContext({ actors: null, project: null, curation: null });
    const source = { id: 'harbor-post/bridge.txt' as DocumentId, path: 'harbor-post/bridge.txt', format: 'txt' as const, bodyStart: 0, meta: { published: '2031-04-02' }, diagnostics: [] };
    const text =
      'Bridge closure drags on in Portalba\n\nThe Portalba bridge stayed shut for a third week.\n\n"Nobody comes to the market any more," said Marta Quillen, who has sold fish by the bridge for twenty years.\n\n"The bridge will reopen when it is safe," said Governor Ivo Brandel.\n';
    const out = extractDocument({ ...source, text }, context);
    const speakers = out.events.filter((e) => e.type === 'statement').flatMap((e) => e.actors);
    expect(speakers.some((a) => a.includes('brandel'))).toBe(true);
    expect(speakers.some((a) => a.includes('quillen'))).toBe(false);
    expect(out.quotes.some((q) => q.speaker?.includes('quillen') === true)).toBe(true);
  });
});
