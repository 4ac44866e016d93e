import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Lucía Ferrer
    aliases: [Ferrer]
    kind: person
    gender: female
    country: MX
  - name: Óscar Beltrán
    aliases: [Beltrán]
    kind: person
    gender: male
    country: MX
  - name: Samuel Whitlock
    aliases: [Whitlock]
    kind: person
    gender: male
    country: US
`);

const said = saidIn(registry, ['Puerto de Altamar: la junta cierra el muelle']);

describe('Spanish occupation nouns as speakers', () => {
  it('gives "aseguró el funcionario" to the last man named, past a woman named after him', () => {
    expect(
      said('El subsecretario de Puertos, Óscar Beltrán, presentó el balance en la conferencia de la gobernadora Lucía Ferrer. “No es un trabajo para la foto”, afirmó el funcionario.'),
    ).toEqual([['Óscar Beltrán', 'No es un trabajo para la foto']]);
  });

  it('gives "la legisladora escribió:" to the last woman named', () => {
    expect(said('Para la senadora Lucía Ferrer, las cifras no alcanzan. En un mensaje publicado ayer junto a Óscar Beltrán, la legisladora escribió: “Tres barcos en un mes no son nada”.')).toEqual([
      ['Lucía Ferrer', 'Tres barcos en un mes no son nada'],
    ]);
  });

  it('lets a demonym after the noun pick the person of that country', () => {
    expect(said('Samuel Whitlock habló después de Óscar Beltrán. En una entrevista, el funcionario estadounidense advirtió: “La revisión no será un trámite”.')).toEqual([
      ['Samuel Whitlock', 'La revisión no será un trámite'],
    ]);
  });

  it('skips names inside quotes and after a preposition, but not a title ending in an institution', () => {
    expect(
      said('Por su parte, el investigador de la Universidad del Puerto Óscar Beltrán consideró que las palabras de Samuel Whitlock son presión.\n\n“Whitlock usa la amenaza igual que los aranceles”, advirtió el académico.'),
    ).toEqual([['Óscar Beltrán', 'Whitlock usa la amenaza igual que los aranceles']]);
  });

  it('leaves the words of an unnamed official unattributed', () => {
    expect(said('Óscar Beltrán visitó el muelle. Un funcionario de la junta, que pidió el anonimato, habló con la prensa. “No hay fecha”, dijo el funcionario.')).toEqual([[null, 'No hay fecha']]);
  });

  it('gives no one the words of a noun that may describe a person the actor file does not know', () => {
    expect(said('Óscar Beltrán habló por la mañana. Por la tarde, Roberto Quiñones evitó dar detalles. “No hay compromisos nuevos”, aseguró el funcionario.')).toEqual([
      [null, 'No hay compromisos nuevos'],
    ]);
    // Introduced with a title ("el jefe para Asuntos del Norte, X"), the person is found and the noun is theirs.
    expect(said('Óscar Beltrán habló por la mañana. Por la tarde, el jefe para Asuntos del Norte, Roberto Quiñones, evitó dar detalles. “No hay compromisos nuevos”, aseguró el funcionario.')).toEqual([
      ['Roberto Quiñones', 'No hay compromisos nuevos'],
    ]);
  });

  it('refuses a noun whose gender no one named fits', () => {
    expect(said('Óscar Beltrán visitó el muelle. “No hay fecha”, dijo la especialista.')).toEqual([[null, 'No hay fecha']]);
  });
});
