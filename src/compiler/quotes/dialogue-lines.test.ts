import { describe, expect, it } from 'vitest';
import { registryFrom, whoSaidWhat } from '../fixtures/who-said-what';

const HEADLINE = 'Los puertos del Golfo siguen cerrados tras la huelga';
const registry = registryFrom(`
actors:
  - name: Lucía Ferrer
    kind: person
    gender: female
  - name: Tomás Iriarte
    kind: person
    gender: male
`);

function run(body: string) {
  return whoSaidWhat(`${HEADLINE}\n\n${body}\n`, registry);
}

describe('Spanish dialogue lines (raya)', () => {
  it('takes a line opened by a dash as a quote, ended by the narrator’s aside', () => {
    const r = run('La ministra compareció ante la prensa.\n\n—Fue una decisión nuestra, sin presión de nadie —afirmó Lucía Ferrer.');
    expect(r.said).toEqual([['Lucía Ferrer', 'Fue una decisión nuestra, sin presión de nadie']]);
  });

  it('keeps a parenthetical dash aside that is no speech tag inside the quote', () => {
    const r = run('Hubo críticas al acuerdo.\n\n—El plan —que nadie leyó— fracasó desde el principio —dijo Tomás Iriarte.');
    expect(r.said).toEqual([['Tomás Iriarte', 'El plan —que nadie leyó— fracasó desde el principio']]);
  });

  it('leaves a reporter’s question unattributed and gives the answer to the person interviewed', () => {
    const r = run(
      'Lucía Ferrer habló con la prensa tras reunirse con Tomás Iriarte.\n\n' +
        '—¿Habrá acuerdo este año?, se le preguntó.\n\n' +
        '—No. Falta mucho por hacer en los muelles —respondió.',
    );
    expect(r.said).toEqual([
      [null, '¿Habrá acuerdo este año?'],
      ['Lucía Ferrer', 'No. Falta mucho por hacer en los muelles'],
    ]);
  });

  it('takes a whole dash line introduced by a colon, spoken by the one who introduced it', () => {
    const r = run('Tomás Iriarte respondió sin nombrar a Lucía Ferrer:\n\n—Hay quienes piden rendirse. No lo vamos a permitir.');
    expect(r.said).toEqual([['Tomás Iriarte', 'Hay quienes piden rendirse. No lo vamos a permitir.']]);
  });

  it('does not take a dash byline or a dash list item for speech', () => {
    const r = run('Los muelles cerraron el lunes.\n\n—Tres puertos sin actividad\n\n—Reporting by Tomás Iriarte; editing by Lucía Ferrer');
    expect(r.said).toEqual([]);
  });

  it('takes a line that ends a sentence after narration inside an exchange, but not a byline after it', () => {
    const r = run(
      '—No habrá cierre —afirmó Lucía Ferrer.\n\nFerrer recordó que la huelga duró dos semanas.\n\n—Hubo días difíciles.\n\n—Reporting by Tomás Iriarte; editing by Lucía Ferrer',
    );
    expect(r.said).toEqual([
      ['Lucía Ferrer', 'No habrá cierre'],
      ['Lucía Ferrer', 'Hubo días difíciles.'],
    ]);
  });

  it('joins a «» quote continued in a paragraph that opens with »', () => {
    const r = run('Lucía Ferrer lo explicó así:\n\n«Vamos a abrir los puertos cuanto antes.\n\n»Y lo haremos juntos, con todos los sindicatos», agregó.');
    expect(r.said).toEqual([['Lucía Ferrer', 'Vamos a abrir los puertos cuanto antes.\n\n»Y lo haremos juntos, con todos los sindicatos']]);
  });
});
