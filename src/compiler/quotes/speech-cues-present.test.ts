import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Lucía Ferrer
    aliases: [Ferrer]
    kind: person
    gender: female
  - name: Óscar Beltrán
    aliases: [Beltrán]
    kind: person
    gender: male
`);

const said = saidIn(registry);

describe('Spanish speech verbs of answering and summing up', () => {
  it('gives a quote after ", resume X" to X, across a quotation that runs over two paragraphs', () => {
    expect(said('“El puerto ya no espera. Cada semana pierde un barco.\n\n“El problema es que nadie lo dice”, resume Lucía Ferrer, investigadora del puerto.')).toEqual([
      ['Lucía Ferrer', 'El puerto ya no espera. Cada semana pierde un barco.\n\n“El problema es que nadie lo dice'],
    ]);
  });

  it('gives the answer after "Al ser cuestionado …, contestó:" to the subject carried from before', () => {
    expect(said('Óscar Beltrán insistió en que el cierre no está sobre la mesa. Al ser cuestionado sobre si teme una huelga, contestó: "No, porque hay diálogo".')).toEqual([
      ['Óscar Beltrán', 'No, porque hay diálogo'],
    ]);
  });
});
