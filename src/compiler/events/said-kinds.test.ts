import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';
import { saidKind, sayingsAsKinds } from './said-kinds';

function kinds(text: string, actors: Record<string, string[]>): string[] {
  const { doc, mentions } = handDoc({ text, actors });
  return sayingsAsKinds(doc.text, extractEvents(doc, mentions)).map((e) => `${e.type}/${e.cameo}`);
}

describe('saidKind', () => {
  it('reads a refusal to accept or allow as a rejection, in English and Spanish', () => {
    expect(saidKind('Ruiz said her country would never accept foreign troops.')?.type).toBe('rejection');
    expect(saidKind("Norvia won't allow any base on its soil, he said.")?.type).toBe('rejection');
    expect(saidKind('"Intervention is not an option," she said.')?.type).toBe('rejection');
    expect(saidKind('Dijo que Norvia no aceptará ninguna intervención.')?.type).toBe('rejection');
    expect(saidKind('"No vamos a permitir tropas extranjeras", afirmó.')?.type).toBe('rejection');
  });

  it('reads options left on the table or strikes about to start as a threat, in English and Spanish', () => {
    expect(saidKind('Hale told reporters that all options remain on the table.')?.type).toBe('threat');
    expect(saidKind('Hale said his forces would start hitting targets on land.')?.type).toBe('threat');
    expect(saidKind('Hale dijo que su gobierno comenzaría a atacar a las bandas.')?.type).toBe('threat');
    expect(saidKind('"If Norvia won\'t deal with them, we will," Hale said.')?.type).toBe('threat');
  });

  it('finds nothing in a plain remark, nor in a warning that only reports', () => {
    expect(saidKind('Ruiz said the talks had been cordial and productive.')).toBeNull();
    expect(saidKind('Economists warned that the tariffs would push prices up.')).toBeNull();
    expect(saidKind('Asked whether Norvia would accept the offer, Ruiz smiled.')).toBeNull();
  });
});

describe('sayingsAsKinds', () => {
  it('makes a saying that refuses a rejection and one that threatens a threat', () => {
    expect(kinds('Premier Ana Ruiz said Norvia would never accept foreign troops.', { ruiz: ['Ana Ruiz'] })).toEqual(['rejection/120']);
    expect(kinds('Dijo la premier Ana Ruiz que Norvia no aceptará tropas extranjeras.', { ruiz: ['Ana Ruiz'] })).toEqual(['rejection/120']);
    expect(kinds('President Tom Hale said all options are on the table.', { hale: ['Tom Hale'] })).toEqual(['threat/138']);
  });

  it('leaves a plain saying and a sentence that already holds a rejection as they are', () => {
    expect(kinds('Premier Ana Ruiz said the talks had been cordial.', { ruiz: ['Ana Ruiz'] })).toEqual(['statement/010']);
    expect(kinds('Premier Ana Ruiz rejected the offer and said Norvia would never accept troops.', { ruiz: ['Ana Ruiz'] })).toEqual(['rejection/120']);
  });

  it('gives the cue to the saying whose verb comes last before it', () => {
    const text = 'President Tom Hale said on Monday that the border was calm, and Premier Ana Ruiz said on Tuesday that Norvia would not accept troops.';
    const { doc, mentions } = handDoc({
      text,
      actors: { hale: ['Tom Hale'], ruiz: ['Ana Ruiz'] },
      dates: [
        ['Monday', { start: '2031-03-03', precision: 'day', basis: 'relative' }],
        ['Tuesday', { start: '2031-03-04', precision: 'day', basis: 'relative' }],
      ],
    });
    const events = sayingsAsKinds(doc.text, extractEvents(doc, mentions));
    expect(events.map((e) => [e.type, e.date.start])).toEqual([
      ['statement', '2031-03-03'],
      ['rejection', '2031-03-04'],
    ]);
  });
});
