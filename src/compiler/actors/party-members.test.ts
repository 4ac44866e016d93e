import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn, TEST_HEADLINE, whoSaidWhat } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Dana Whitford
    aliases: [Whitford]
    kind: person
    gender: female
  - name: Carl Brennan
    aliases: [Brennan]
    kind: person
    gender: male
`);
const said = saidIn(registry);

function named(body: string) {
  return whoSaidWhat(`${TEST_HEADLINE}\n\n${body}\n`, registry).named.map(([words, actor]) => `${words} → ${actor}`);
}

describe('a party member named by party and state', () => {
  it('is the person last introduced with that party', () => {
    expect(said('Sen. Dana Whitford, D-Ore., spoke on Tuesday. Rep. Carl Brennan, R-Idaho, did not.\n\n"We will not wait for the port to close," the Oregon Democrat said.')).toEqual([
      ['Dana Whitford', 'We will not wait for the port to close'],
    ]);
    expect(
      said('El senador republicano Carl Brennan votó en contra. La senadora Dana Whitford votó a favor.\n\n"No vamos a esperar a que cierre el puerto", dijo el republicano.'),
    ).toEqual([['Carl Brennan', 'No vamos a esperar a que cierre el puerto']]);
  });

  it('stays unresolved when nobody was introduced with that party', () => {
    expect(named('Sen. Dana Whitford spoke on Tuesday. The Oregon Democrat left early.')).toEqual(['Dana Whitford → Dana Whitford']);
    expect(named('El senador Carl Brennan votó en contra. El republicano salió temprano.')).toEqual(['Carl Brennan → Carl Brennan']);
  });

  it('is no one when the noun is a title before a name', () => {
    expect(named('Rep. Carl Brennan, R-Idaho, voted no. The Republican Tom Varga voted yes.')).not.toContain('The Republican → Carl Brennan');
  });
});
