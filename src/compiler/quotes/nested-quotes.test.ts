import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const said = saidIn(portSpeakers());

describe('nestedQuotes', () => {
  it('gives a quote that someone named inside another quote introduces with a colon to that person, in Spanish and English', () => {
    expect(said('"Óscar Beltrán le dijo a la gobernadora: \'sus grúas son las más rápidas del golfo\', y eso nos anima", contó Lucía Ferrer.')).toEqual([
      ['Lucía Ferrer', "Óscar Beltrán le dijo a la gobernadora: 'sus grúas son las más rápidas del golfo', y eso nos anima"],
      ['Óscar Beltrán', 'sus grúas son las más rápidas del golfo'],
    ]);
    expect(said('"Óscar Beltrán told the dockers: \'Your cranes are the fastest on the gulf,\' and that cheered us," Lucía Ferrer said.')).toEqual([
      ['Lucía Ferrer', "Óscar Beltrán told the dockers: 'Your cranes are the fastest on the gulf,' and that cheered us"],
      ['Óscar Beltrán', 'Your cranes are the fastest on the gulf'],
    ]);
  });

  it('keeps an inner quote introduced by a pronoun, or mentioned in passing, inside the outer one', () => {
    expect(said('"He said to me, \'Lucía, the night shift must end by May,\'" Ferrer recalled.')).toEqual([
      ['Lucía Ferrer', "He said to me, 'Lucía, the night shift must end by May,'"],
    ]);
    expect(said('"Every time Beltrán says \'closed berths\', a liner sails elsewhere," Ferrer said.')).toEqual([
      ['Lucía Ferrer', "Every time Beltrán says 'closed berths', a liner sails elsewhere"],
    ]);
  });
});
