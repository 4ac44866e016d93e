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
    expect(said('Beltrán told reporters on Monday that Ferrer was "a patient negotiator" but that Norland was "paying the pilots too little," adding: "The pilots keep the harbor moving."')).toEqual([
      ['Óscar Beltrán', 'a patient negotiator'],
      ['Óscar Beltrán', 'paying the pilots too little'],
      ['Óscar Beltrán', 'The pilots keep the harbor moving.'],
    ]);
    expect(said('Beltrán dijo el lunes que Ferrer es "una negociadora paciente" pero que Norland "paga poco a los prácticos", agregando: "Los prácticos mueven el puerto".')).toEqual([
      ['Óscar Beltrán', 'una negociadora paciente'],
      ['Óscar Beltrán', 'paga poco a los prácticos'],
      ['Óscar Beltrán', 'Los prácticos mueven el puerto'],
    ]);
  });
});

describe('a long aside ending in an organization', () => {
  it('gives the quote to the person before the aside, past an auxiliary after it', () => {
    expect(said('Óscar Beltrán, the leader of the old dockers\' union, the Harbor Board, has accused her of hiding behind "a pier no ship can reach," and has asked for new dredges.')).toEqual([
      ['Óscar Beltrán', 'a pier no ship can reach'],
    ]);
    expect(said('Óscar Beltrán, el líder del viejo sindicato de estibadores, la Junta del Puerto, ha criticado que la gobernadora se esconda detrás de "un muelle al que no llega ningún barco".')).toEqual([
      ['Óscar Beltrán', 'un muelle al que no llega ningún barco'],
    ]);
  });
});

describe('a pronoun after two people joined by "and"', () => {
  it('leaves "él"/"he" unresolved rather than guess between two coordinated men', () => {
    expect(said('Acordamos crear un grupo con el secretario Óscar Beltrán y el canciller Tomás Ibarra. Se reunirá cada mes.\n\nTambién le planteé el tema de las tarifas. Él me dijo: "Lo estudiaremos con los prácticos".')).toEqual([
      [null, 'Lo estudiaremos con los prácticos'],
    ]);
    expect(said('We agreed to set up a group with Secretary Óscar Beltrán and Minister Tomás Ibarra. It will meet every month.\n\nI also raised the fees. He told me: "We will study it with the pilots."')).toEqual([
      [null, 'We will study it with the pilots.'],
    ]);
  });
});
