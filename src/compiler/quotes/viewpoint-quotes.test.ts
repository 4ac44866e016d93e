import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers();

const said = saidIn(registry);

describe('viewpointHolder: "Para X, …. «…»"', () => {
  it('gives a quotation standing alone after a paragraph opened by "Para X," to X', () => {
    expect(said('Para Ferrer, la combinación de cooperación y comercio da margen al puerto. “Beltrán ha sido muy hábil. Cede sin ceder lo fundamental”.')).toEqual([
      ['Lucía Ferrer', 'Beltrán ha sido muy hábil. Cede sin ceder lo fundamental'],
    ]);
  });

  it('gives it to the person "Según la especialista" describes', () => {
    expect(
      said('“El mercado aprendió la lección”, explica Lucía Ferrer, economista del puerto.\n\nSegún la especialista, lo más probable es una revisión dura. “No van a cerrar el muelle, pero va a estar en la mesa”.'),
    ).toEqual([
      ['Lucía Ferrer', 'El mercado aprendió la lección'],
      ['Lucía Ferrer', 'No van a cerrar el muelle, pero va a estar en la mesa'],
    ]);
  });

  it('leaves a quotation unattributed when the opener names no one before its comma', () => {
    expect(said('Para el puerto, la combinación con Beltrán da margen. “Nadie ha sido tan hábil”.')).toEqual([[null, 'Nadie ha sido tan hábil']]);
  });
});
