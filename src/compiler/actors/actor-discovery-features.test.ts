import { describe, expect, it } from 'vitest';
import { portSpeakers, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();

function run(body: string) {
  const r = whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, registry);
  return { said: r.said, discovered: r.discovered.map((a) => a.name) };
}

describe('discovering the people of a print page', () => {
  it('reads a name split by a hyphen at a line end as the whole name, and gives it the quote, in English and Spanish', () => {
    const en = run('The port secretary, Anselmo Villa-\nrreal Dunn, presented the report on Monday.\n\n"The cranes are back at work," said Villa-\nrreal Dunn.');
    expect(en.discovered).toEqual(['Anselmo Villarreal Dunn']);
    expect(en.said).toEqual([['Anselmo Villarreal Dunn', 'The cranes are back at work']]);
    const es = run('El secretario del puerto, Anselmo Villa-\nrreal Dunn, presentó el informe el lunes.\n\n"Las grúas volvieron al tra-\nbajo", afirmó el secretario Anselmo Villarreal Dunn.');
    expect(es.discovered).toEqual(['Anselmo Villarreal Dunn']);
    expect(es.said).toEqual([['Anselmo Villarreal Dunn', 'Las grúas volvieron al tra-\nbajo']]);
  });
});

describe('discovering the people of a feature story', () => {
  it('reads a name with a quoted nickname as the name without it, and its surname as that person', () => {
    const r = run('Not everyone believes it. Tomás "Tomi" Arriaga, who hauls containers to the rail yard, said nothing has changed.\n\n"They promise new cranes every spring," Arriaga said.');
    expect(r.discovered).toEqual(['Tomás Arriaga']);
    expect(r.said).toEqual([['Tomás Arriaga', 'They promise new cranes every spring']]);
    const es = run('No todos lo creen. Tomás "Tomi" Arriaga, quien lleva contenedores a la estación, dijo que nada ha cambiado.\n\n"Cada primavera prometen grúas nuevas", dijo Arriaga.');
    expect(es.said).toEqual([['Tomás Arriaga', 'Cada primavera prometen grúas nuevas']]);
  });

  it('finds a person whose speech verb follows a descriptive aside, and "he" after that', () => {
    const r = run('Not everyone complains. Rodrigo Alvear, a 51-year-old crane operator from the east docks, says he would accept the new schedule "if the night shift ends by ten." He adds: "Nobody on the board has ever worked a crane."');
    expect(r.said).toEqual([
      ['Rodrigo Alvear', 'if the night shift ends by ten.'],
      ['Rodrigo Alvear', 'Nobody on the board has ever worked a crane.'],
    ]);
    const es = run('No todos se quejan. Rodrigo Alvear, operador de grúas de 51 años del muelle este, dice que aceptaría el horario "si el turno de noche acaba a las diez".');
    expect(es.said).toEqual([['Rodrigo Alvear', 'si el turno de noche acaba a las diez']]);
  });

  it('finds a person after a title with an adjective, or a title whose office runs "de … del estado de …"', () => {
    expect(run('"Las mareas mandan", afirmó el investigador costeño Julián Estrada Villalobos, del Instituto del Mar.').said).toEqual([
      ['Julián Estrada Villalobos', 'Las mareas mandan'],
    ]);
    expect(run('El vocero de Puertos del estado de Costa Alta, Arturo Zamora Rentería, pidió paciencia. "Los muelles operan con normalidad", aseguró.').said).toEqual([
      ['Arturo Zamora Rentería', 'Los muelles operan con normalidad'],
    ]);
    expect(run('"The tides decide," said the veteran analyst Julián Estrada Villalobos, of the Sea Institute.').said).toEqual([
      ['Julián Estrada Villalobos', 'The tides decide'],
    ]);
  });
});

describe('discovering the people of a feature story: hyphenated surnames and long asides', () => {
  it('discovers a person by a hyphenated surname that later speaks alone, and gives "he said" to them', () => {
    const r = run('Casimiro Ortueta-Bly has run the night shift at the east docks for twenty years.\n\nOrtueta-Bly, who chairs the union of crane operators, says the strike will end soon. "Nobody wants another winter like this," he said.');
    expect(r.discovered).toEqual(['Casimiro Ortueta-Bly']);
    expect(r.said).toEqual([['Casimiro Ortueta-Bly', 'Nobody wants another winter like this']]);
    const es = run('Casimiro Ortueta-Bly dirige el turno de noche en los muelles desde hace veinte años.\n\nOrtueta-Bly, quien preside el sindicato de gruistas, dice que la huelga terminará pronto. "Nadie quiere otro invierno así", dijo Ortueta-Bly.');
    expect(es.discovered).toEqual(['Casimiro Ortueta-Bly']);
    expect(es.said).toEqual([['Casimiro Ortueta-Bly', 'Nadie quiere otro invierno así']]);
  });

  it('finds a person whose speech verb follows an aside of thirteen words, and "she said" after that', () => {
    const r = run('Lorena Bustillo-Pratt, a senior from the river town majoring in marine engineering and port logistics, said her family follows the talks. "My father asks me every night," she said.');
    expect(r.said).toEqual([['Lorena Bustillo-Pratt', 'My father asks me every night']]);
    const es = run('Lorena Bustillo-Pratt, estudiante de último año del pueblo del río que cursa ingeniería naval y logística portuaria, dijo que su familia sigue las pláticas. "Mi padre me pregunta cada noche", dijo.');
    expect(es.said).toEqual([['Lorena Bustillo-Pratt', 'Mi padre me pregunta cada noche']]);
  });

  it('leaves an abbreviated rank and its grade ("Sgt. 1st Class", "Staff Sgt.", "Spc.") out of the name', () => {
    const r = run('Sgt. 1st Class Darnell Okoro-Brask, who has deployed twice to the frontier, said the drills changed this year.\n\n"We were watching them through a camera for a year," Okoro-Brask said.');
    expect(r.discovered).toEqual(['Darnell Okoro-Brask']);
    expect(r.said).toEqual([['Darnell Okoro-Brask', 'We were watching them through a camera for a year']]);
    const spc = run('Spc. Lena Varga-Holm said the new orders arrived on Monday. "Nobody told us why," she said.');
    expect(spc.discovered).toEqual(['Lena Varga-Holm']);
  });

  it('leaves a Spanish rank out of the name', () => {
    const r = run('El sargento primero Darnell Okoro-Brask, que ha estado dos veces en la frontera, dijo que los ejercicios cambiaron.\n\n"Los vigilamos con una cámara durante un año", dijo Okoro-Brask.');
    expect(r.discovered).toEqual(['Darnell Okoro-Brask']);
  });
});

describe('discovering a person whose surname is a title word', () => {
  it('reads a capitalised title word after a known given name as a surname, and gives that person the quote', () => {
    const r = run('La presidenta del sindicato de estibadores, Elena Juez Robles, respondió la misma noche: "Quien pide grúas extranjeras no conoce el puerto".');
    expect(r.discovered).toEqual(['Elena Juez Robles']);
    expect(r.said).toEqual([['Elena Juez Robles', 'Quien pide grúas extranjeras no conoce el puerto']]);
    expect(run('La dirigente de los estibadores, Marta Alcalde, escribió que el puerto "no se vende".').said).toEqual([['Marta Alcalde', 'no se vende']]);
  });

  it('still takes a title before a name for the title ("Senator Marta Robles")', () => {
    expect(run('"The berths stay closed," said Senator Marta Robles.').discovered).toEqual(['Marta Robles']);
  });
});
