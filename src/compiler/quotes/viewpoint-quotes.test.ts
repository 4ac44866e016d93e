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

  it('gives a quotation inside the opener\'s own sentence, with no speech verb before it, to the holder', () => {
    expect(said('Para el abogado Óscar Beltrán, los cierres «rompen con el contrato», porque nadie avisó a los estibadores.')).toEqual([
      ['Óscar Beltrán', 'rompen con el contrato'],
    ]);
    expect(said('Para el puerto, los cierres «rompen con el contrato».')).toEqual([[null, 'rompen con el contrato']]);
  });

  it('gives a quotation a subjectless verb introduces ("Lo resumió así:", "«…», advirtió") to the holder, not to a name in between', () => {
    expect(said('Para Lucía Ferrer, la huelga confirma un patrón: Beltrán amenaza en público y cede en privado. Lo resumió así: «Cada amenaza termina en una llamada».')).toEqual([
      ['Lucía Ferrer', 'Cada amenaza termina en una llamada'],
    ]);
    expect(said('Para Ferrer, la decisión de Beltrán tiene lógica. «El muelle estaba aislado; el puerto no», advirtió.')).toEqual([
      ['Lucía Ferrer', 'El muelle estaba aislado; el puerto no'],
    ]);
  });

  it('gives a quotation to the holder of a view that opens the second sentence of a paragraph', () => {
    expect(said('No todos ven el cierre con buenos ojos. Para la abogada Lucía Ferrer, los traslados «rompen con el contrato» y podrían «generar pleitos en los tribunales».')).toEqual([
      ['Lucía Ferrer', 'rompen con el contrato'],
      ['Lucía Ferrer', 'generar pleitos en los tribunales'],
    ]);
  });

  it('gives a quotation to a name set off by commas right after the opener\'s description', () => {
    expect(said('Para la economista jefa de una casa de bolsa regional, Nerea Olaizola Brandt, el cierre de Beltrán «es más presión que política». «El mercado ya lo descuenta», explicó.')).toEqual([
      ['Nerea Olaizola Brandt', 'es más presión que política'],
      ['Nerea Olaizola Brandt', 'El mercado ya lo descuenta'],
    ]);
  });

  it('lets a subjectless verb carry no one when the holder is someone the document does not know', () => {
    expect(said('Beltrán habló el lunes.\n\nPara la académica del instituto del puerto, la decisión de Beltrán tiene lógica. «El muelle estaba aislado», advirtió.')).toEqual([
      [null, 'El muelle estaba aislado'],
    ]);
  });
});
