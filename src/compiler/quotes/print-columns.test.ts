import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const said = saidIn(portSpeakers());

describe('quotes in a print column cut into paragraphs mid-sentence', () => {
  it('reads the sentence from the paragraph before when a quote opens a paragraph that goes on with it', () => {
    const column = ['The board voted on Monday. Lucía Ferrer, who has backed the\nunion on the night shifts, said she would not', '"tie the hands" of the dockers. The vote was close.'].join('\n\n');
    expect(said(column)).toEqual([['Lucía Ferrer', 'tie the hands']]);
    const columna = ['La junta votó el lunes. Beltrán, que apoyó al sindicato en los\nturnos de noche, dijo que no iba a', '«atar las manos» de los estibadores. La votación fue reñida.'].join('\n\n');
    expect(said(columna)).toEqual([['Óscar Beltrán', 'atar las manos']]);
  });

  it('goes on with the speaker of a quote whose sentence the column cut', () => {
    const column = ['"Look at the berths," Beltrán said, pointing at the cranes along the north\nand the south', 'piers. "The port has moved. That did not happen by asking nicely."'].join('\n\n');
    expect(said(column)).toEqual([
      ['Óscar Beltrán', 'Look at the berths'],
      ['Óscar Beltrán', 'The port has moved. That did not happen by asking nicely.'],
    ]);
  });

  it('does not join a paragraph to one that ends its sentence', () => {
    const story = ['Lucía Ferrer, who runs the board, spoke on Monday about the\nnight shifts.', '"Nobody will lose a shift."'].join('\n\n');
    expect(said(story)).toEqual([[null, 'Nobody will lose a shift.']]);
  });
});

describe('pronouns after a phrase that opens the clause', () => {
  it('gives a colon introduction "After the strike she restated…:" to the person "she" stands for, in English; a pronoun inside a relative clause is not the subject', () => {
    expect(said('Lucía Ferrer spoke on Monday. After the Beltrán strike she restated the same line more sharply: "Nobody will lose a shift."')).toEqual([
      ['Lucía Ferrer', 'Nobody will lose a shift.'],
    ]);
    expect(said('Beltrán spoke on Monday. A senior port official, who asked not to be named because he was not allowed to talk, said Beltrán\'s remarks had "landed badly" at the board.')).toEqual([
      [null, 'landed badly'],
    ]);
  });
});

describe('Markdown block quotes with footnotes', () => {
  it('goes on with the speaker into a block-quote paragraph closed by a footnote mark', () => {
    expect(said('Beltrán spoke on Monday. He restated the same line:\n\n> "We will work with the union in everything.\n>\n> "What we will not do is close the port."[3]\n\nThat second paragraph matters.')).toEqual([
      ['Óscar Beltrán', 'We will work with the union in everything.'],
      ['Óscar Beltrán', 'What we will not do is close the port.'],
    ]);
  });

  it('still opens a quote on a bracketed insertion', () => {
    expect(said('"[The port] is closed until May," Beltrán said.')).toEqual([['Óscar Beltrán', '[The port] is closed until May']]);
  });
});
