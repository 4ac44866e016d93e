import { describe, expect, it } from 'vitest';
import { portSpeakers, RUIZ_AND_IRIARTE, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers(`
  - name: Harbor Board
    aliases: [the Harbor Board, la Junta del Puerto]
    kind: organization
  - name: Sam Reyes
    kind: person
`);

const said = saidIn(registry);

describe('attributeQuote: coordinate clauses with their own subject', () => {
  it('gives a quote after ", while X … praised" to X, not to the subject of the first clause', () => {
    expect(
      said('Sen. Lucía Ferrer (D-Ariz.) said in a statement Monday that Congress "must be consulted first," while Rep. Óscar Beltrán (R-Texas), a former committee chairman, on the same day praised the board for "finally doing its job."'),
    ).toEqual([
      ['Lucía Ferrer', 'must be consulted first'],
      ['Óscar Beltrán', 'finally doing its job.'],
    ]);
    expect(
      said('Ferrer dijo que el puerto "debe cerrar", mientras que el diputado Óscar Beltrán, presidente de la comisión de puertos, en la misma sesión celebró que la junta "por fin haga su trabajo".'),
    ).toEqual([
      ['Lucía Ferrer', 'debe cerrar'],
      ['Óscar Beltrán', 'por fin haga su trabajo'],
    ]);
  });

  it('keeps the sentence subject for a coordinate clause with none of its own', () => {
    expect(said('Lucía Ferrer said the port "must close", and praised the board for "finally doing its job."')).toEqual([
      ['Lucía Ferrer', 'must close'],
      ['Lucía Ferrer', 'finally doing its job.'],
    ]);
  });
});

describe('attributeQuote: organizations speaking through documents', () => {
  it("gives the words of \"X's readout said\" to X", () => {
    expect(said('The Harbor Board\'s readout of the meeting said the two sides agreed to meet again "in the coming weeks" but gave no date.')).toEqual([
      ['Harbor Board', 'in the coming weeks'],
    ]);
  });

  it('gives what a statement expressed to its author', () => {
    expect(said('The Harbor Board had issued a statement on Saturday, hours after the raid, expressing its "strongest condemnation" of the operation.')).toEqual([
      ['Harbor Board', 'strongest condemnation'],
    ]);
  });
});

describe('attributeQuote: quotes that run on', () => {
  it('gives a quote that continues into the next paragraph to the speaker of the quote before it', () => {
    expect(said('"The strike changed everything," said Lucía Ferrer, a former port official. "Before, a strike was unthinkable.\n\n"Now nobody in the port can be sure of anything."')).toEqual([
      ['Lucía Ferrer', 'The strike changed everything'],
      ['Lucía Ferrer', expect.stringContaining('Before, a strike was unthinkable.') as unknown as string],
    ]);
  });

  it("gives the words inside \"X's threat to do something '…'\" to X, in English and Spanish", () => {
    expect(said('The plan shows that Ferrer\'s threat to close the port "by early June" is more than rhetoric.')).toEqual([['Lucía Ferrer', 'by early June']]);
    expect(said('La amenaza de Ferrer de cerrar el puerto «a más tardar en junio» preocupa a los navieros.')).toEqual([['Lucía Ferrer', 'a más tardar en junio']]);
  });

  it('does not give the words after "X\'s remarks drew" to X', () => {
    expect(said('Ferrer\'s remarks drew "sharp criticism" from the dockers, who said they would strike.')).not.toContainEqual(['Lucía Ferrer', 'sharp criticism']);
  });
});

describe('attributeQuote: Spanish frames with no subject', () => {
  it('gives a sentence opening with "Cuestionada sobre …," to the subject carried past a paragraph that names no one', () => {
    const body = [
      'La ministra Lucía Ferrer descartó que el puerto vaya a cerrar.',
      '"No va a ocurrir", aseveró en su conferencia matutina.',
      'Cuestionada sobre si buscará hablar con su homólogo del puerto vecino, respondió que ha pedido una reunión "en los próximos días".',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['Lucía Ferrer', 'No va a ocurrir'],
      ['Lucía Ferrer', 'en los próximos días'],
    ]);
  });

  it('gives "«…», se limitó a decir" to the subject of the sentence before', () => {
    expect(said('La ministra Lucía Ferrer evitó responder a la oposición. "Nosotros estamos concentrados en trabajar", se limitó a decir.')).toEqual([
      ['Lucía Ferrer', 'Nosotros estamos concentrados en trabajar'],
    ]);
  });
});

describe('attributeQuote: short quotes that are speech', () => {
  it('keeps a one-word quote after "while repeating that" and gives it to the sentence subject', () => {
    expect(said('Lucía Ferrer has answered with record arrests at the docks, while repeating that cooperation cannot mean "subordination."')).toEqual([
      ['Lucía Ferrer', 'subordination.'],
    ]);
  });

  it("keeps a two-word quote after \"X's vow, in an interview, to\" and gives it to X", () => {
    expect(said("The meeting took place under the shadow of Ferrer's vow, in a March 8 television interview, to begin \"closing ports\" to the smugglers.")).toEqual([
      ['Lucía Ferrer', 'closing ports'],
    ]);
  });

  it('reads "una llamada «…»" as a phone call, not a so-called name, but still drops "la llamada «…»"', () => {
    expect(said('Ferrer respondió que ha pedido a la Junta del Puerto organizar una llamada «en los próximos días».')).toEqual([['Lucía Ferrer', 'en los próximos días']]);
    expect(said('La llamada «guerra del puerto» terminó en marzo.')).toEqual([]);
  });
});

describe('attributeQuote: words owned by "her" or "his"', () => {
  it('gives "Her formula — «…»" to the last woman named before it, not to a man named closer', () => {
    expect(said('Lucía Ferrer can hand over the men Óscar Beltrán wants. Her formula — "cooperation without subordination" — lets her say yes.')).toEqual([
      ['Lucía Ferrer', 'cooperation without subordination'],
    ]);
  });

  it('leaves the words to no one when the nearest person has no known gender', () => {
    expect(said('Lucía Ferrer met Sam Reyes at the port. Her formula — "cooperation without subordination" — is well known.')).toEqual([
      [null, 'cooperation without subordination'],
    ]);
  });
});

describe('attributeQuote: quotes sourced to a document', () => {
  it('gives "De acuerdo con el documento, … «…»" to the author of the statement told before, in Spanish and English', () => {
    expect(said('El puerto reabrió este martes, informó la Junta del Puerto en un comunicado.\n\nDe acuerdo con el documento, la reapertura se hizo "con pleno respeto a las normas".')).toEqual([
      ['Harbor Board', 'con pleno respeto a las normas'],
    ]);
    expect(said('The port reopened on Tuesday, the Harbor Board said in a statement. According to the statement, the berths were "fully inspected before use".')).toEqual([
      ['Harbor Board', 'fully inspected before use'],
    ]);
  });

  it('gives such a quote to no one when no statement was told before', () => {
    expect(said('The port reopened on Tuesday after Lucía Ferrer visited it. According to the document, the berths were "fully inspected before use".')).toEqual([
      [null, 'fully inspected before use'],
    ]);
  });
});


describe('attributeQuote: a verb that frames the speech verb', () => {
  it('gives the words after "liked to tell", "used to say" to the subject before them', () => {
    expect(said('"Nobody remembers what you said," Beltrán liked to tell younger colleagues. "They remember whether you blinked."')).toEqual([
      ['Óscar Beltrán', 'Nobody remembers what you said'],
      ['Óscar Beltrán', 'They remember whether you blinked.'],
    ]);
    expect(said('Lucía Ferrer used to say that the port "never sleeps."')).toEqual([['Lucía Ferrer', 'never sleeps.']]);
  });

  it('gives the words after "se limitó a decir", "solía decir", "volvió a decir" to the subject before them, but not "es decir"', () => {
    expect(said('La ministra Lucía Ferrer se limitó a decir a la prensa que el puerto «siempre ha cumplido la ley».')).toEqual([
      ['Lucía Ferrer', 'siempre ha cumplido la ley'],
    ]);
    expect(said('Beltrán solía decir que los muelles «no duermen nunca».')).toEqual([['Óscar Beltrán', 'no duermen nunca']]);
    expect(said('Beltrán volvió a decir que los dos puertos «comparten el mismo calendario».')).toEqual([['Óscar Beltrán', 'comparten el mismo calendario']]);
    expect(said('Ferrer llegó tarde. Es decir, los muelles «no duermen nunca».')).toEqual([[null, 'no duermen nunca']]);
  });
});

describe('attributeQuote: rulings', () => {
  it('gives the words of a ruling ("she found that … \"…\"") to the judge, in English and Spanish', () => {
    expect(said('Judge Lucía Ferrer agreed. In a ruling from the bench, she found that no condition of release could "reasonably assure" his appearance.')).toEqual([
      ['Lucía Ferrer', 'reasonably assure'],
    ]);
    expect(said('La jueza Lucía Ferrer determinó que el acusado «no puede salir» del país.')).toEqual([['Lucía Ferrer', 'no puede salir']]);
  });
});

describe('attributeQuote: an answer in court or in a hearing', () => {
  it('gives the words after "X answered that" to X', () => {
    expect(said('The defense called the transfer unlawful. Prosecutor Lucía Ferrer answered that how the defendant reached the port "has no bearing" on the charges.')).toEqual([
      ['Lucía Ferrer', 'has no bearing'],
    ]);
  });

  it('leaves a quote to the first speaker when a clause after a comma and "and" has its own verb', () => {
    expect(said('Days later, Beltrán said the board would "start closing docks" within the month, and Ferrer answered that the port would never accept it.')).toEqual([
      ['Óscar Beltrán', 'start closing docks'],
    ]);
  });
});

describe('attributeQuote: the subject of a joined clause', () => {
  it('reads the name after a day of the week as the clause subject, not as part of the phrase of time', () => {
    expect(said('The Harbor Board had already issued a statement on Saturday condemning the raid, and on Monday Ferrer went further, saying her office would send a note asking Valdora to "clarify its intentions" toward the region.')).toEqual([
      ['Lucía Ferrer', 'clarify its intentions'],
    ]);
  });

  it('gives a quote to the name apposed to "el presidente electo," rather than to the president the title alone names', () => {
    const withPresident = saidIn(portSpeakers(`${RUIZ_AND_IRIARTE}
  - name: Mateo Quiroga
    aliases: [el presidente]
    kind: person
    gender: male
`));
    expect(withPresident('En Valdora, Mateo Quiroga condenó la operación, mientras que el presidente electo, Tomás Iriarte, celebró la captura y la calificó de "una buena noticia para el puerto".')).toEqual([
      ['Tomás Iriarte', 'una buena noticia para el puerto'],
    ]);
  });
});

describe('attributeQuote: a long title before the name after a quote', () => {
  it('gives the quote to the name a run of title words heads, its verb right after it', () => {
    expect(said('"For years, the board believed the strike would end on its own," Acting First Assistant U.S. Attorney Sam Reyes said outside the courthouse.')).toEqual([
      ['Sam Reyes', 'For years, the board believed the strike would end on its own'],
    ]);
  });
});

describe('attributeQuote: words a statement condemns with', () => {
  const withCountry = saidIn(
    portSpeakers(`
  - name: Harbor Board
    aliases: [the Harbor Board, la Junta del Puerto]
    kind: organization
  - name: Government of Valdora
    aliases: [Valdora]
    kind: government
`),
  );

  it('gives the words right after "un comunicado en el que" to who issued it, also when a country closes its name', () => {
    expect(withCountry('La Junta del Puerto de Valdora ha difundido un comunicado en el que "condena y rechaza enérgicamente" el cierre, que considera contrario a la ley.')).toEqual([
      ['Harbor Board', 'condena y rechaza enérgicamente'],
    ]);
  });

  it('reads a condemnation in a statement as speech ("a statement condemning \'…\'", "en el que condenó «…»")', () => {
    expect(said('The Harbor Board issued a statement condemning "unilateral military action" against the port and recalling that the charter forbids "the use of force."')).toEqual([
      ['Harbor Board', 'unilateral military action'],
      ['Harbor Board', 'the use of force.'],
    ]);
    expect(said('La Junta del Puerto, por su parte, emitió un comunicado en el que condenó "de la manera más enérgica" el cierre.')).toEqual([
      ['Harbor Board', 'de la manera más enérgica'],
    ]);
  });
});

describe('attributeQuote: the audience of "told"', () => {
  const withOutlet = saidIn(
    portSpeakers(`
  - name: Radio Costa
    kind: media
`),
  );

  it('never gives the words of a later clause to the outlet someone told, when the teller is not known', () => {
    expect(withOutlet('On Thursday night, the chairman told Radio Costa that the board would "start closing the port" to smugglers, and added that "the smugglers are running the port."')).toEqual([
      [null, 'start closing the port'],
      [null, 'the smugglers are running the port.'],
    ]);
  });
});

describe('attributeQuote: what someone talked of, and a place before the verb', () => {
  const withCountry = saidIn(
    portSpeakers(`
  - name: Government of Valdora
    aliases: [Valdora]
    kind: government
`),
  );

  it('gives the words after "habló de" to who talked, not to the speaker of the sentence before', () => {
    expect(
      withCountry('"Fue una reunión larga y difícil para todos", escribió Ferrer en sus redes. Del otro lado, Beltrán fue más escueto: habló de una reunión "muy buena" para el puerto.'),
    ).toEqual([
      ['Lucía Ferrer', 'Fue una reunión larga y difícil para todos'],
      ['Óscar Beltrán', 'muy buena'],
    ]);
  });

  it('never gives the words to a place named after "in" right before the verb', () => {
    expect(withCountry('"You cannot close a port with a decree," a retired harbor pilot who worked in Valdora told me this week. "And you will have made every docker angry."')).toEqual([
      [null, 'You cannot close a port with a decree'],
      [null, 'And you will have made every docker angry.'],
    ]);
  });
});
