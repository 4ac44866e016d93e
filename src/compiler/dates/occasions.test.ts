import { describe, expect, it } from 'vitest';
import { dated } from '../testing/dated-text';

describe('a saying placed at the occasion the story is about', () => {
  it('gives "before the vote" and "after the hearing" the day the lede states, in English', () => {
    const vote = dated(
      'Council rejects port curbs\n\nPORT ALDEN — The council on Wednesday rejected a measure that would have closed the north pier.\n\nThe measure failed 4-5. "This port is our livelihood," Councillor Ada Brask said before the vote.',
      '2031-03-13',
    );
    expect(vote['before the vote']).toMatchObject({ start: '2031-03-12', precision: 'day', basis: 'relative' });
    const hearing = dated(
      'Judge keeps smuggler in jail\n\nPORT ALDEN — A federal judge on Tuesday ordered Milo Varga held until trial.\n\n"My client was treated like cargo," his lawyer Ines Roth said after the hearing.',
      '2031-03-12',
    );
    expect(hearing['after the hearing']).toMatchObject({ start: '2031-03-11', precision: 'day' });
  });

  it('gives "durante el debate" and "al término de la sesión" the day of the lede, in Spanish', () => {
    const dates = dated(
      'El Senado desecha la propuesta\n\nEl pleno del Senado desechó ayer, con 70 votos en contra, la propuesta del senador Íñigo Salas.\n\n"No es el momento", sostuvo durante el debate la senadora Marta Olid. "El tema está cerrado", afirmó al término de la sesión.',
      '2031-03-13',
    );
    expect(dates['durante el debate']).toMatchObject({ start: '2031-03-12', precision: 'day' });
    expect(dates['al término de la sesión']).toMatchObject({ start: '2031-03-12', precision: 'day' });
  });

  it('gives no day when the lede does not speak of that occasion or states no single day', () => {
    const other = dated(
      'Storm hits the port\n\nPORT ALDEN — A storm on Tuesday flooded the north pier.\n\n"We lost everything," trader Ada Brask said after the hearing.',
      '2031-03-12',
    );
    expect(other['after the hearing']).toBeUndefined();
    const twoDays = dated(
      'Votación en el Senado\n\nEl Senado votó el martes y el miércoles dos reformas del senador Íñigo Salas.\n\n"No es el momento", sostuvo durante el debate la senadora Marta Olid.',
      '2031-03-13',
    );
    expect(twoDays['durante el debate']).toBeUndefined();
  });
});
