import { describe, expect, it } from 'vitest';
import { portSpeakers, TEST_HEADLINE, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();

function run(body: string) {
  const r = whoSaidWhat(`${TEST_HEADLINE}\n\n${body}\n`, registry);
  return { discovered: r.discovered.map((a) => a.name), said: r.said };
}

describe('people named after a long description of who they are', () => {
  it('finds a name set off by commas after a title and the body or place it works for', () => {
    const es = run('La presidenta de la Asociación de Estibadores local, Nerea Olaizola Brandt, consideró que el cierre “no ayuda” al muelle.');
    expect(es.discovered).toEqual(['Nerea Olaizola Brandt']);
    expect(es.said).toEqual([['Nerea Olaizola Brandt', 'no ayuda']]);
    const es2 = run('La economista jefa para el puerto de una casa de bolsa regional, Nerea Olaizola Brandt, advirtió que el muelle “no aguanta otra huelga”.');
    expect(es2.discovered).toEqual(['Nerea Olaizola Brandt']);
    const en = run('The chief economist at a regional brokerage, Wendell Ashgrove Pike, said the strike "changes nothing" for the port.');
    expect(en.discovered).toEqual(['Wendell Ashgrove Pike']);
    expect(en.said).toEqual([['Wendell Ashgrove Pike', 'changes nothing']]);
  });

  it('finds a name that follows the body its title belongs to, with no comma between them', () => {
    const es = run('Según el académico de la Universidad de Portalba Lisandro Ferrán Quist, el muelle “ya no es rentable”.');
    expect(es.discovered).toEqual(['Lisandro Ferrán Quist']);
    expect(es.said).toEqual([['Lisandro Ferrán Quist', 'ya no es rentable']]);
    const en = run('The director of the Institute of Port Studies Daniel Ashgrove Pike said the berth "will not reopen soon."');
    expect(en.discovered).toEqual(['Daniel Ashgrove Pike']);
  });

  it('finds a name after a title and two adjectives', () => {
    const es = run('Para el abogado penalista norteño Lisandro Ferrán Quist, los cierres “rompen el contrato”.');
    expect(es.discovered).toEqual(['Lisandro Ferrán Quist']);
    expect(es.said).toEqual([['Lisandro Ferrán Quist', 'rompen el contrato']]);
  });

  it('gives no title to a name after a preposition, nor takes a body for a person', () => {
    expect(run('El senador habló con Nerea Olaizola Brandt en el muelle.').discovered).toEqual([]);
    expect(run('The senator spoke with Wendell Ashgrove Pike at the berth.').discovered).toEqual([]);
    expect(run('Para el director de la Universidad de Costa Alta, el muelle “ya no es rentable”.').discovered).toEqual([]);
  });
});
