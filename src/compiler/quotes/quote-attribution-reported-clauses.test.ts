import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers(`
  - name: Harbor Board
    aliases: [the Harbor Board, la Junta del Puerto]
    kind: organization
  - name: Norland
    aliases: [Norland]
    kind: government
  - name: Tomás Ibarra
    kind: person
    gender: male
`);

const said = saidIn(registry);

describe('a sentence of reported clauses', () => {
  it('gives "…, adding: «…»" to the subject of the sentence, not to the subject of a "but that" clause before it', () => {
    expect(said('Beltrán told reporters on Monday that Ferrer was "a wonderful woman" but that Norland was "not doing enough," adding: "The dockers are running Norland."')).toEqual([
      ['Óscar Beltrán', 'a wonderful woman'],
      ['Óscar Beltrán', 'not doing enough'],
      ['Óscar Beltrán', 'The dockers are running Norland.'],
    ]);
    expect(said('Beltrán dijo el lunes que Ferrer es "una mujer maravillosa" pero que Norland "no hace lo suficiente", agregando: "Los estibadores controlan Norland".')).toEqual([
      ['Óscar Beltrán', 'una mujer maravillosa'],
      ['Óscar Beltrán', 'no hace lo suficiente'],
      ['Óscar Beltrán', 'Los estibadores controlan Norland'],
    ]);
  });
});

describe('a long aside ending in an organization', () => {
  it('gives the quote to the person before the aside, past an auxiliary after it', () => {
    expect(said('Óscar Beltrán, the leader of the old dockers\' union, the Harbor Board, has accused her of hiding behind "a port nobody can use," and has said he would welcome help.')).toEqual([
      ['Óscar Beltrán', 'a port nobody can use'],
    ]);
    expect(said('Óscar Beltrán, el líder del viejo sindicato de estibadores, la Junta del Puerto, ha criticado que la gobernadora se esconda detrás de "un puerto que nadie usa".')).toEqual([
      ['Óscar Beltrán', 'un puerto que nadie usa'],
    ]);
  });
});

describe('a pronoun after two people joined by "and"', () => {
  it('leaves "él"/"he" unresolved rather than guess between two coordinated men', () => {
    expect(said('Acordamos crear un grupo con el secretario Óscar Beltrán y el canciller Tomás Ibarra. Se reunirá cada mes.\n\nTambién le planteé el tema de las tarifas. Él me dijo: "Vamos a revisarlo".')).toEqual([
      [null, 'Vamos a revisarlo'],
    ]);
    expect(said('We agreed to set up a group with Secretary Óscar Beltrán and Minister Tomás Ibarra. It will meet every month.\n\nI also raised the fees. He told me: "We will look at it."')).toEqual([
      [null, 'We will look at it.'],
    ]);
  });
});
