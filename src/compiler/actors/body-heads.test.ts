import { describe, expect, it } from 'vitest';
import { portSpeakers, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers(`
  - name: Secretaría de Puertos y Aduanas
    aliases: [SPA, la SPA]
    kind: government
  - name: Harbor Authority
    aliases: [the Harbor Authority]
    kind: organization
`);

function said(body: string) {
  return whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, registry).said;
}

describe('resolveBodyHeads', () => {
  it('gives "el titular de la SPA" and "the head of the Harbor Authority" to the person introduced as holding that office, in Spanish and English', () => {
    expect(said('El secretario de Puertos y Aduanas, Óscar Beltrán, presentó un balance.\n\n«Fue una operación del puerto», subrayó el titular de la SPA.')).toEqual([
      ['Óscar Beltrán', 'Fue una operación del puerto'],
    ]);
    expect(
      said('El secretario de Puertos y Aduanas del Gobierno de Costa Alta, Óscar Beltrán, presentó un balance.\n\nEl titular de la SPA recordó que «la operación fue del puerto».'),
    ).toEqual([['Óscar Beltrán', 'la operación fue del puerto']]);
    expect(said('The director of the Harbor Authority, Lucía Ferrer, met the dockers.\n\n"The cranes will move," the head of the Harbor Authority said.')).toEqual([
      ['Lucía Ferrer', 'The cranes will move'],
    ]);
  });

  it('leaves the body its words when no one was introduced as heading it, or when a name follows the head noun', () => {
    expect(said('Óscar Beltrán met the dockers.\n\n"The cranes will move," the head of the Harbor Authority said.')).not.toContainEqual(['Óscar Beltrán', 'The cranes will move']);
    expect(said('El secretario de Puertos y Aduanas, Óscar Beltrán, habló.\n\n«Todo en orden», dijo el titular de la SPA, Tomás Iriarte Soto.')).not.toContainEqual([
      'Óscar Beltrán',
      'Todo en orden',
    ]);
  });
});
