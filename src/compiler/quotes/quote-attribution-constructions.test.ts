import { describe, expect, it } from 'vitest';
import { portSpeakers, registryFrom, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers(`
  - name: Harbor Board
    aliases: [the Harbor Board, la Junta del Puerto]
    kind: organization
  - name: Norland
    aliases: [the Norland government, Norland's government]
    kind: government
  - name: Gabinete de Seguridad Portuaria
    aliases: [Gabinete Portuario]
    kind: organization
  - name: Secretaría de Puertos
    aliases: [SEPUE]
    kind: organization
`);

const said = saidIn(registry);

describe('attributeQuote: a name after the speech verb', () => {
  it('does not give a quote to the subject of the clause that was said ("said X would …")', () => {
    expect(said('Gov. Óscar Beltrán called the raid "a historic success" and said Norland would "run" the port until spring.')).toEqual([
      ['Óscar Beltrán', 'a historic success'],
      ['Óscar Beltrán', 'run'],
    ]);
    expect(said('Beltrán came out of the meeting calling her "a wonderful woman" and saying Norland was "doing a lot."')).toEqual([
      ['Óscar Beltrán', 'a wonderful woman'],
      ['Óscar Beltrán', 'doing a lot.'],
    ]);
  });

  it('finds a Spanish subject after a phrase of occasion ("opinó en declaraciones a la radio el politólogo X")', () => {
    expect(said('Ferrer habló con Beltrán el lunes.\n\n"Norland está pagando un precio alto", opinó en declaraciones a la radio el politólogo alemán Hans Gruber, del Instituto Kiel.')).toEqual([
      ['Hans Gruber', 'Norland está pagando un precio alto'],
    ]);
  });

  it('does not take a person inside that phrase for the speaker', () => {
    expect(said('"No cederemos", dijo en la reunión con la senadora Lucía Ferrer.')).toEqual([[null, 'No cederemos']]);
  });

  it('never gives the words of "the head of the X" to the body X', () => {
    expect(said('"No estamos haciendo esto porque nos lo pidan", sostuvo el titular de la SEPUE.')).toEqual([[null, 'No estamos haciendo esto porque nos lo pidan']]);
    expect(said('"We are not doing this because we were asked," said the head of the Harbor Board.')).toEqual([[null, 'We are not doing this because we were asked']]);
  });

  it('gives "sostuvo el titular de la X" to the official the paragraph before was about', () => {
    expect(said('La secretaria de Puertos, Lucía Ferrer, presentó cifras.\n\n"No estamos haciendo esto porque nos lo pidan", sostuvo la titular de la SEPUE.')).toEqual([
      ['Lucía Ferrer', 'No estamos haciendo esto porque nos lo pidan'],
    ]);
  });
});

describe('attributeQuote: the subject before the verb', () => {
  it('skips a place before a capitalised title ("Norland Senator X released the following statement:")', () => {
    expect(said('Today, Norland Senator Lucía Ferrer (D-TX), a member of the Finance Committee, released the following statement after the vote:\n\n"For too long, the harbor bosses have operated with impunity."')).toEqual([
      ['Lucía Ferrer', 'For too long, the harbor bosses have operated with impunity.'],
    ]);
  });

  it('does not take a dateline for the subject of a statement introduced with a colon', () => {
    expect(said('NORLAND CITY – Today, Norland Senator Lucía Ferrer released the following statement:\n\n"This is a welcome step."')).toEqual([
      ['Lucía Ferrer', 'This is a welcome step.'],
    ]);
  });

  it('reads a Spanish compound tense ("X había declarado … que")', () => {
    expect(said('Beltrán había declarado la noche del lunes, en entrevista con el periodista Juan Soto en Radio Norte, que el gobierno de Norland "ha perdido el control del puerto" y que la huelga era "la única salida" frente a la crisis.')).toEqual([
      ['Óscar Beltrán', 'ha perdido el control del puerto'],
      ['Óscar Beltrán', 'la única salida'],
    ]);
  });

  it('reaches a verb past a name and its long aside after the quote', () => {
    expect(said('Nobody knows. "The threat is the policy," Lucía Ferrer, a senior fellow at the Harbor Institute, told me. "As long as the port believes strikes are possible, it keeps delivering."')).toEqual([
      ['Lucía Ferrer', 'The threat is the policy'],
      ['Lucía Ferrer', 'As long as the port believes strikes are possible, it keeps delivering.'],
    ]);
  });

  it('does not reach a far verb of another clause', () => {
    expect(said('El sábado, Beltrán acusó al gobierno de mantener una "alianza intolerable" con las bandas del puerto, señalamiento que la presidenta Lucía Ferrer rechazó el domingo.')).toEqual([
      ['Óscar Beltrán', 'alianza intolerable'],
    ]);
  });

  it('takes "writing that" as a speech verb', () => {
    expect(said('Ferrer, 63, struck a similar note in a post on X, writing that it had been an "excellent" conversation in which they agreed to keep working "on the basis of respect".')).toEqual([
      ['Lucía Ferrer', 'excellent'],
      ['Lucía Ferrer', 'on the basis of respect'],
    ]);
  });
});

describe('attributeQuote: a speaker carried from before', () => {
  it('carries the subject over "Y agregó:"', () => {
    expect(said('"El puerto no se vende", sostuvo Beltrán. Y agregó: "Si la junta no quiere, que se haga a un lado".')).toEqual([
      ['Óscar Beltrán', 'El puerto no se vende'],
      ['Óscar Beltrán', 'Si la junta no quiere, que se haga a un lado'],
    ]);
  });


  it('carries the subject over "Sin embargo, advirtió que…:"', () => {
    expect(said('Para Lucía Ferrer, economista en jefe de Banco Norte, el tono es bueno. "El peso reaccionó", explicó.\n\nSin embargo, advirtió que el riesgo no ha desaparecido: "Beltrán usa los aranceles como presión".')).toEqual([
      ['Lucía Ferrer', 'El peso reaccionó'],
      ['Lucía Ferrer', 'Beltrán usa los aranceles como presión'],
    ]);
  });

  it('continues a quote into a paragraph that is only a quote', () => {
    expect(said('"Just had a very productive call with the mayor," Beltrán wrote on social media shortly after the call.\n\n"Traffic across the bay has dropped a lot, and the port is doing much better!"')).toEqual([
      ['Óscar Beltrán', 'Just had a very productive call with the mayor'],
      ['Óscar Beltrán', 'Traffic across the bay has dropped a lot, and the port is doing much better!'],
    ]);
  });

  it('does not continue it when the attributed quote did not close its paragraph', () => {
    expect(said('"We will reopen," Beltrán said. Talks resumed later that week.\n\n"Nobody believes that anymore."')).toEqual([
      ['Óscar Beltrán', 'We will reopen'],
      [null, 'Nobody believes that anymore.'],
    ]);
  });
});

describe('attributeQuote: bodies and roles named by a bare noun', () => {
  it('gives "subrayó el Gabinete" to the cabinet named last', () => {
    expect(said('La Junta del Puerto anunció el cierre, informó el Gabinete de Seguridad Portuaria en un comunicado. "Estas acciones se llevan a cabo con pleno respeto a la ley", subrayó el Gabinete.')).toEqual([
      ['Gabinete de Seguridad Portuaria', 'Estas acciones se llevan a cabo con pleno respeto a la ley'],
    ]);
  });

  it('reads "el también senador" as the senator named before', () => {
    expect(said('Esa noche, el senador Óscar Beltrán escribió que era "una traición".\n\nA la mañana siguiente, el también senador insistió ante reporteros: "No vamos a permitir aquello".')).toEqual([
      ['Óscar Beltrán', 'una traición'],
      ['Óscar Beltrán', 'No vamos a permitir aquello'],
    ]);
  });

  it('reads "el también senador panista" as the senator introduced with his party', () => {
    expect(said('Esa noche, el senador panista Óscar Beltrán escribió que era "una traición".\n\nA la mañana siguiente, el también senador panista insistió ante reporteros en el Senado: "No vamos a permitir aquello".')).toEqual([
      ['Óscar Beltrán', 'una traición'],
      ['Óscar Beltrán', 'No vamos a permitir aquello'],
    ]);
  });

  it('reads "the leftist mayor" as the mayor named before, but not "the new mayor"', () => {
    expect(said('Mayor Lucía Ferrer fired back at her morning press conference. Speaking in Spanish, the leftist mayor said military action was "not necessary" and that Norland "does not accept" interference.')).toEqual([
      ['Lucía Ferrer', 'not necessary'],
      ['Lucía Ferrer', 'does not accept'],
    ]);
    expect(said('Mayor Lucía Ferrer lost the vote in March. Speaking in Spanish, the new mayor said military action was "not necessary."')).toEqual([[null, 'not necessary.']]);
  });
});

describe('attributeQuote: constructions from a fifth blind corpus', () => {
  it('never gives the words of "el titular de la X aseguró" to the body X', () => {
    expect(said('En la conferencia, el titular de la SEPUE aseguró que se decomisaron precursores para "millones de pastillas".')).toEqual([[null, 'millones de pastillas']]);
  });

  it('takes "demanded" and "reafirmó" as speech verbs', () => {
    expect(said('Gov. Óscar Beltrán, in a televised address, demanded "proof of life" for the captain.')).toEqual([['Óscar Beltrán', 'proof of life']]);
    expect(said('La Junta del Puerto reafirmó, en un mensaje posterior, que "el puerto es un socio confiable".')).toEqual([['Harbor Board', 'el puerto es un socio confiable']]);
  });
});

describe('attributeQuote: a quote after a sentence of reported speech', () => {
  it('gives a quote standing alone to the speaker of the sentence before it', () => {
    expect(said('"The port will reopen," said Óscar Beltrán, a fellow at the Harbor Institute.\n\nStill, he said, the board has surprised everyone before. "Nobody thought it would happen either."')).toEqual([
      ['Óscar Beltrán', 'The port will reopen'],
      ['Óscar Beltrán', 'Nobody thought it would happen either.'],
    ]);
    expect(said('Ferrer dijo que la junta cederá pronto. "No tienen otra salida".')).toEqual([['Lucía Ferrer', 'No tienen otra salida']]);
  });

  it('leaves it unattributed after a sentence that reports nobody', () => {
    expect(said('Ferrer visited the port on Monday. The board has surprised everyone before. "Nobody thought it would happen."')).toEqual([[null, 'Nobody thought it would happen.']]);
  });

  it('finds a Spanish official introduced with a long portfolio ("el subsecretario para Asuntos Portuarios, X")', () => {
    expect(said('El subsecretario para Asuntos Portuarios, Hans Gruber, evitó dar detalles en una reunión con periodistas. "No hay compromisos nuevos", aseguró el funcionario.')).toEqual([
      ['Hans Gruber', 'No hay compromisos nuevos'],
    ]);
  });
});

describe('attributeQuote: a coordinate verb after a relative clause', () => {
  it('gives "un comunicado en el que X agradece …, pero advierte que «…»" to X, not to the author of the statement', () => {
    expect(said('La Junta del Puerto difundió un comunicado en el que Beltrán agradece el acuerdo, pero advierte de que los contrabandistas "siguen operando" en el muelle.')).toEqual([
      ['Óscar Beltrán', 'siguen operando'],
    ]);
    expect(said('The Harbor Board released a statement in which Beltrán thanks the union, but warns that smugglers "are still operating" at the pier.')).toEqual([
      ['Óscar Beltrán', 'are still operating'],
    ]);
  });
});

describe('attributeQuote: a national document speaks for its government', () => {
  const withGovernment = saidIn(
    registryFrom(`
actors:
  - name: Government of Chile
    aliases: [the Chilean government]
    kind: government
  - name: Lucía Ferrer
    kind: person
`),
  );

  it('gives what "the Chilean readout stressed" to the Chilean government', () => {
    expect(withGovernment('Lucía Ferrer spoke by phone with her counterpart on Thursday. The Chilean readout stressed "respect for our ports" three times.')).toEqual([
      ['Government of Chile', 'respect for our ports'],
    ]);
  });

  it('leaves "the Peruvian statement" alone when no government is listed for it', () => {
    expect(withGovernment('Lucía Ferrer spoke on Thursday. The Peruvian statement stressed "respect for our ports" three times.')).toEqual([
      [null, 'respect for our ports'],
    ]);
  });
});

describe('attributeQuote: long Spanish office names', () => {
  it('reads "el secretario de Puertos y Costas Nacionales, X" as a secretary, for "de acuerdo con el secretario" later', () => {
    expect(said('El secretario de Puertos y Costas Nacionales, Óscar Beltrán, presentó un balance. De acuerdo con el secretario, el detenido "tenía a su cargo el lavado de dinero".')).toEqual([
      ['Óscar Beltrán', 'tenía a su cargo el lavado de dinero'],
    ]);
  });
});

describe('attributeQuote: a whole-sentence quote signed by the name and verb after it', () => {
  it('gives a quote ending in "!", "?" or "." to the name and verb that follow it, in English and Spanish', () => {
    expect(said('"The pier had a year. A YEAR!" Ferrer wrote on the port forum late on Monday.')).toEqual([['Lucía Ferrer', 'The pier had a year. A YEAR!']]);
    expect(said('"Who pays for the cranes?" Mr. Beltrán asked.')).toEqual([['Óscar Beltrán', 'Who pays for the cranes?']]);
    expect(said('"¡El muelle tuvo un año!" escribió Ferrer en el foro del puerto.')).toEqual([['Lucía Ferrer', '¡El muelle tuvo un año!']]);
  });

  it('does not give a partial quote closing a sentence to the subject of the next one', () => {
    expect(said('Lucía Ferrer called the deal "very good." The Harbor Board said only that talks would go on.')).toEqual([['Lucía Ferrer', 'very good.']]);
  });
});
