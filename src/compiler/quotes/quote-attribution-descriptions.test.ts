import { describe, expect, it } from 'vitest';
import { portSpeakers, RUIZ_AND_IRIARTE, saidIn, TEST_HEADLINE } from '../fixtures/who-said-what';

// Invented people and outlets; only the sentence shapes matter.
const registry = portSpeakers(`${RUIZ_AND_IRIARTE}  - name: Juan Pablo de la Vega
    kind: person
    gender: male
  - name: Diario Costa
    kind: media
  - name: Harbor Board
    kind: organization
`);

const said = saidIn(registry, [TEST_HEADLINE, 'La huelga entró en su segunda semana.']);

describe('who said it, past the words around the verb', () => {
  it('gives "según relató" to the subject carried over, and a verb after "y" to a clause of its own', () => {
    expect(
      said('La ministra Lucía Ferrer conversó ayer durante una hora con el alcalde Óscar Beltrán. Según relató en un mensaje grabado, la llamada fue «muy buena» y en ella el alcalde no planteó cierres.'),
    ).toEqual([['Lucía Ferrer', 'muy buena']]);
    expect(said('Lucía Ferrer said the call with Mayor Óscar Beltrán was "very good," and the mayor never mentioned closures.')).toEqual([
      ['Lucía Ferrer', 'very good'],
    ]);
  });

  it('finds the speaker described after the audience of "explicó a"', () => {
    const body =
      'Óscar Beltrán defendió el cierre.\n\n«Los muelles no aguantan otra huelga», explicó a Diario Costa el politólogo Tomás Iriarte, profesor de la Universidad del Puerto.';
    expect(said(body)).toEqual([['Tomás Iriarte', 'Los muelles no aguantan otra huelga']]);
    expect(said('Óscar Beltrán defended the closure.\n\n"The docks cannot take another strike," the political scientist Tomás Iriarte told Diario Costa.')).toEqual([
      ['Tomás Iriarte', 'The docks cannot take another strike'],
    ]);
  });

  it('leaves a quote of "uno de ellos" unattributed instead of carrying a subject over', () => {
    expect(said('Óscar Beltrán visitó los muelles. Según los estibadores consultados, el miedo es otro. «Eso es lo que nos quita el sueño», admitió uno de ellos.')).toEqual([
      [null, 'Eso es lo que nos quita el sueño'],
    ]);
    expect(said('Óscar Beltrán visited the docks. The dockers fear something else. "That is what keeps us up at night," one of them admitted.')).toEqual([
      [null, 'That is what keeps us up at night'],
    ]);
  });

  it('reads "pronosticó" and "reprochó" as speech verbs carrying their subject over, in Spanish and English', () => {
    expect(said('Para el internacionalista Tomás Iriarte, la reacción de Ferrer repite un patrón. «Va a condenar todo y después va a seguir igual», pronosticó.')).toEqual([
      ['Tomás Iriarte', 'Va a condenar todo y después va a seguir igual'],
    ]);
    expect(said('En la tribuna, la diputada Ana Ruiz acusó al gobierno.\n\n«Ustedes votan contra el cierre en la mañana y cierran en la tarde», reprochó la legisladora a la bancada.')).toEqual([
      ['Ana Ruiz', 'Ustedes votan contra el cierre en la mañana y cierran en la tarde'],
    ]);
    expect(said('For the analyst Tomás Iriarte, the reaction repeats a pattern. "They will condemn everything and carry on," he predicted.')).toEqual([
      ['Tomás Iriarte', 'They will condemn everything and carry on'],
    ]);
  });

  it('gives "el funcionario" to the interviewee, not to a man named inside a dialogue line, whose surname keeps its particles', () => {
    const body = [
      'En entrevista con Diario Costa, el canciller Juan Pablo de la Vega habló de los muelles.',
      '—¿Se lo dijo así el alcalde Tomás Iriarte? —preguntó el periodista.',
      '—Así me lo dijo —respondió De la Vega.',
      'Sobre los aranceles, el funcionario dijo que las negociaciones corren «por otra vía».',
    ].join('\n\n');
    expect(said(body)).toEqual([
      [null, '¿Se lo dijo así el alcalde Tomás Iriarte?'],
      ['Juan Pablo de la Vega', 'Así me lo dijo'],
      ['Juan Pablo de la Vega', 'por otra vía'],
    ]);
  });

  it('leaves the words of an unnamed official or spokesperson unattributed, not given to the body or person they work for', () => {
    expect(said('One senior official in the Harbor Board, who asked not to be named, described the fee as "the price of the talks."')).toEqual([[null, 'the price of the talks.']]);
    expect(said('A spokesperson for the Harbor Board chairman, Rep. Óscar Beltrán, R-Ore., said the board would "review any proposal on its merits" but gave no date.')).toEqual([
      [null, 'review any proposal on its merits'],
    ]);
    expect(said('Un vocero del presidente de la junta, Óscar Beltrán, dijo que la junta «revisará cada propuesta» sin dar fechas.')).toEqual([[null, 'revisará cada propuesta']]);
    expect(said('A spokesman for the harbor firm, Tomás Iriarte, said the talks were "over for now."')).toEqual([['Tomás Iriarte', 'over for now.']]);
  });
});

describe('who said it, by whose account', () => {
  it('gives words "according to her own account" to the clause\'s subject, not to the person she spoke to, in English and Spanish', () => {
    expect(said('In their call on Monday, Mayor Lucía Ferrer told Óscar Beltrán, according to her own account, that the port "will not close" and that talks had to go on "among equals".')).toEqual([
      ['Lucía Ferrer', 'will not close'],
      ['Lucía Ferrer', 'among equals'],
    ]);
    expect(said('En la llamada del lunes, la alcaldesa Lucía Ferrer le dijo a Óscar Beltrán, según su propia versión, que el puerto «no cerrará».')).toEqual([
      ['Lucía Ferrer', 'no cerrará'],
    ]);
  });

  it('gives words "según la versión de" someone to that person, in Spanish and English', () => {
    expect(said('La alcaldesa Lucía Ferrer habló con Óscar Beltrán. De acuerdo con la versión de la alcaldesa, la conversación fue «muy cordial».')).toEqual([
      ['Lucía Ferrer', 'muy cordial'],
    ]);
    expect(said('Mayor Lucía Ferrer spoke with Óscar Beltrán. According to the account of Mayor Ferrer, the talks were "very cordial".')).toEqual([
      ['Lucía Ferrer', 'very cordial'],
    ]);
  });
});

