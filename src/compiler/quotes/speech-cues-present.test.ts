import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers();

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

  it('gives both halves of a quote split by ", escribe en un informe el analista X," to X, as "writes" in English', () => {
    expect(said('"El puerto necesita enemigos", escribe en un informe reciente el analista Óscar Beltrán, del instituto portuario, "y la junta es el más visible".')).toEqual([
      ['Óscar Beltrán', 'El puerto necesita enemigos'],
      ['Óscar Beltrán', 'y la junta es el más visible'],
    ]);
    expect(said('"The port needs enemies," writes the analyst Óscar Beltrán in a recent report, "and the board is the most visible."')).toEqual([
      ['Óscar Beltrán', 'The port needs enemies'],
      ['Óscar Beltrán', 'and the board is the most visible.'],
    ]);
  });
});

