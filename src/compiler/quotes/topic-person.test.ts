import { describe, expect, it } from 'vitest';
import { HARBOR_BOARD, portSpeakers, saidIn } from '../fixtures/who-said-what';

const said = saidIn(portSpeakers(HARBOR_BOARD));

describe('sentenceTopic: a bare quote goes on with the person the sentence before is about', () => {
  it('gives a quote after a sentence with no speech verb to its subject, in English and Spanish', () => {
    expect(said('Ferrer does not think the strike will end soon, but she does not rule out a deal. "Maybe in March. Maybe never."')).toEqual([
      ['Lucía Ferrer', 'Maybe in March. Maybe never.'],
    ]);
    expect(said('Ferrer no cree que la huelga termine pronto, pero no descarta un acuerdo. «Quizá en marzo. Quizá nunca».')).toEqual([
      ['Lucía Ferrer', 'Quizá en marzo. Quizá nunca'],
    ]);
  });

  it('leaves the quote unattributed when the sentence names two people', () => {
    expect(said('Ferrer met Beltrán at the east gate on Monday. "Nothing was agreed."')).toEqual([[null, 'Nothing was agreed.']]);
    expect(said('Ferrer se reunió con Beltrán en la puerta este el lunes. «No se acordó nada».')).toEqual([[null, 'No se acordó nada']]);
  });

  it('leaves the quote unattributed when the sentence is about a body, not a person', () => {
    expect(said('The Harbor Board does not expect the strike to end soon. "The cranes stay idle."')).toEqual([[null, 'The cranes stay idle.']]);
    expect(said('La Junta del Puerto no espera que la huelga termine pronto. «Las grúas siguen paradas».')).toEqual([[null, 'Las grúas siguen paradas']]);
  });
});
