import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

function events(text: string, actors: Record<string, string[]>) {
  const { doc, mentions } = handDoc({ text, dates: [], actors });
  return extractEvents(doc, mentions).map((e) => [e.type, e.actors[0] ?? null]);
}

describe('commentary is no event', () => {
  it('makes no event of a remark by someone introduced as an analyst, in English and Spanish', () => {
    expect(events('"The port deal buys time," said Vera Olmos, chief economist at Harbor Capital.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('Security analyst Vera Olmos said the transfers were a bargaining chip.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('Para el politólogo Ivo Brask, la maniobra beneficia al puerto, explicó.', { brask: ['Ivo Brask'] })).toEqual([]);
  });

  it('makes no event of a remark by a former official or a resident introduced by age', () => {
    expect(events('"This is unheard of in the port," said Ivo Brask, a former customs official.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"We want quiet," said Brask, 54, wiping down her counter.', { brask: ['Brask'] })).toEqual([]);
  });

  it('keeps the statements of officials and lawmakers, and what a commentator did', () => {
    expect(events('"The port stays open," said Vera Olmos, the harbor minister.', { olmos: ['Vera Olmos'] })).toEqual([['statement', 'olmos']]);
    expect(events('Senator Ivo Brask said the port must stay open.', { brask: ['Ivo Brask'] })).toEqual([['statement', 'brask']]);
    expect(events('Security analyst Vera Olmos was arrested at the port.', { olmos: ['Vera Olmos'] }).map(([type]) => type)).toEqual(['arrest-extradition']);
  });
});
