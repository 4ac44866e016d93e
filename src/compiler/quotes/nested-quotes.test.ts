import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const said = saidIn(portSpeakers());

describe('nestedQuotes', () => {
  it('gives a quote that someone named inside another quote introduces with a colon to that person, in Spanish and English', () => {
    expect(said('"Óscar Beltrán le dijo a la gobernadora: \'ustedes están haciendo mucho más que nadie\', y eso es muy importante", contó Lucía Ferrer.')).toEqual([
      ['Lucía Ferrer', "Óscar Beltrán le dijo a la gobernadora: 'ustedes están haciendo mucho más que nadie', y eso es muy importante"],
      ['Óscar Beltrán', 'ustedes están haciendo mucho más que nadie'],
    ]);
    expect(said('"Óscar Beltrán told the dockers: \'You are doing more than anyone,\' and that matters," Lucía Ferrer said.')).toEqual([
      ['Lucía Ferrer', "Óscar Beltrán told the dockers: 'You are doing more than anyone,' and that matters"],
      ['Óscar Beltrán', 'You are doing more than anyone'],
    ]);
  });

  it('keeps an inner quote introduced by a pronoun, or mentioned in passing, inside the outer one', () => {
    expect(said('"He said to me, \'Lucía, you are doing a great job, but it is not enough,\'" Ferrer recalled.')).toEqual([
      ['Lucía Ferrer', "He said to me, 'Lucía, you are doing a great job, but it is not enough,'"],
    ]);
    expect(said('"Every time Beltrán says \'all options\', the port loses a ship," Ferrer said.')).toEqual([
      ['Lucía Ferrer', "Every time Beltrán says 'all options', the port loses a ship"],
    ]);
  });
});
