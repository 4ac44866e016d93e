import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers(`  - name: Tomás Ibarra
    aliases: [Ibarra]
    kind: person
    gender: male
  - name: Raúl Cordero
    kind: person
    gender: male
  - name: Republic of Valdora
    aliases: [Valdora]
    kind: government
  - name: Harbor Workers Party
    aliases: [HWP, Partido de los Trabajadores Portuarios]
    kind: organization
`);

const said = saidIn(registry);

describe('attributeQuote: the subject of the speech verb, not a name in its object', () => {
  it('keeps the subject when the sentence names someone else before a participle cue', () => {
    expect(said('Óscar Beltrán spoke on Monday. He added that he liked Lucía Ferrer, calling her "a tough negotiator", but said she was "too slow on the docks".')).toEqual([
      ['Óscar Beltrán', 'a tough negotiator'],
      ['Óscar Beltrán', 'too slow on the docks'],
    ]);
  });

  it('never takes a pronoun followed by its own verb ("said she was") for the speaker', () => {
    expect(said('Lucía Ferrer left early. "The berths are full," Óscar Beltrán told reporters, and said she was "not coming back".')).toEqual([
      ['Óscar Beltrán', 'The berths are full'],
      ['Óscar Beltrán', 'not coming back'],
    ]);
  });

  it('continues the subject of the previous sentence, not the person named inside its object', () => {
    expect(said('Óscar Beltrán is speaking now. He says the raid to arrest Tomás Ibarra was planned for weeks. "It was a flawless operation," he says.')).toEqual([
      ['Óscar Beltrán', 'It was a flawless operation'],
    ]);
  });

  it('resolves "he said" at the end of a sentence to its subject past several men named in it', () => {
    expect(said('Raúl Cordero met Port Commissioner Ian Vost and Customs Chief Ned Harrow last week, he said. "The talks are good," he added.')).toEqual([
      ['Raúl Cordero', 'The talks are good'],
    ]);
  });

  it('keeps the subject of a sentence that opens with a prepositional phrase naming someone else', () => {
    expect(said('After the Ibarra arrest, Óscar Beltrán said in an interview that the navy would "start patrolling the bay", which he said was "overrun".')).toEqual([
      ['Óscar Beltrán', 'start patrolling the bay'],
      ['Óscar Beltrán', 'overrun'],
    ]);
  });
});

describe('attributeQuote: appositions and asides', () => {
  it('gives the verb to the person named in an apposition, past an aside holding commas', () => {
    expect(said('On Wednesday the Valdora harbor secretary, Lucía Ferrer, visiting a terminal in Puerto Alto, Costa Sur, said smugglers "are still moving cargo every night".')).toEqual([
      ['Lucía Ferrer', 'are still moving cargo every night'],
    ]);
  });

  it('gives the verb to the head of a relative clause, not to a person named inside it', () => {
    expect(said('El ministro Óscar Beltrán, quien participó en la reunión junto con el secretario de Puertos, Tomás Ibarra, calificó el diálogo como “el más franco” del año.')).toEqual([
      ['Óscar Beltrán', 'el más franco'],
    ]);
  });

  it('never gives a quote to the one asked to act ("inviting X to …")', () => {
    expect(said('The day before, the leader of the opposition HWP, Tomás Ibarra, gave an interview inviting Valdora to "go after" corrupt port officials.')).toEqual([
      ['Tomás Ibarra', 'go after'],
    ]);
    expect(said('Lucía Ferrer urged Valdora to "act now" on the docks.')).toEqual([['Lucía Ferrer', 'act now']]);
  });

  it('finds a person after an abbreviated title and past a party-and-state tag', () => {
    const lead = 'The talks in the port city resumed on Monday after a long pause.\n\n';
    expect(said(`${lead}Sen. Paul Tarrant (D-Conn.) called the blockade "an act of war" on Sunday.`)).toEqual([['Paul Tarrant', 'an act of war']]);
    expect(said(`${lead}Rep. Dana Whitlow, R-Texas, said the navy was "finally getting serious."`)).toEqual([['Dana Whitlow', 'finally getting serious.']]);
  });

  it('does not take a place opening the sentence ("Desde X,") for the speaker', () => {
    expect(said('Desde Valdora, la fiscal Lucía Ferrer agradeció la colaboración y aseguró que los acusados “enfrentarán a los jueces”.')).toEqual([
      ['Lucía Ferrer', 'enfrentarán a los jueces'],
    ]);
  });

  it('reads present-tense and naming verbs as speech cues', () => {
    expect(said('"The harbor stays closed until further notice," Lucía Ferrer writes.')).toEqual([
      ['Lucía Ferrer', 'The harbor stays closed until further notice'],
    ]);
    expect(said('El director Óscar Beltrán celebró el acuerdo en redes sociales como “otra victoria enorme”.')).toEqual([
      ['Óscar Beltrán', 'otra victoria enorme'],
    ]);
  });
});

describe('attributeQuote: words owned by a possessor or a relative clause', () => {
  it('gives a quote after "X\'s threat to" to X', () => {
    expect(said('Óscar Beltrán\'s threat to “close every berth” unsettled investors.')).toEqual([['Óscar Beltrán', 'close every berth']]);
  });

  it('gives a quote after "en palabras de X" or "la amenaza de X de" to X', () => {
    expect(said('En palabras del ministro Óscar Beltrán, «el puerto no se vende».')).toEqual([['Óscar Beltrán', 'el puerto no se vende']]);
    expect(said('La amenaza de Tomás Ibarra de «cerrar todos los muelles» inquietó a los inversionistas.')).toEqual([['Tomás Ibarra', 'cerrar todos los muelles']]);
  });

  it('does not give a quote to a possessor whose noun is no speech', () => {
    expect(said('Óscar Beltrán\'s office denied the report, calling it "pure fiction".')).toEqual([[null, 'pure fiction']]);
  });

  it('gives a quote in a relative clause with a date before its verb to the antecedent', () => {
    expect(said('La huelga sigue bajo la presión del gobierno de Tomás Ibarra, quien el 8 de enero afirmó en una entrevista televisiva que la armada comenzaría a patrullar “en el muelle”.')).toEqual([
      ['Tomás Ibarra', 'en el muelle'],
    ]);
  });
});

describe('attributeQuote: subjects carried over and institutions', () => {
  it('carries the subject over to "También dijo que…"', () => {
    expect(said('Tomás Ibarra afirmó que el puerto «seguirá cerrado». También dijo que los sindicatos controlan «la mitad de los muelles».')).toEqual([
      ['Tomás Ibarra', 'seguirá cerrado'],
      ['Tomás Ibarra', 'la mitad de los muelles'],
    ]);
  });

  it('gives the words of "the party" to the party named last', () => {
    expect(said('El HWP cerró filas con su dirigente. En un comunicado, el partido sostuvo que Ibarra “nunca pidió una huelga”.')).toEqual([
      ['Harbor Workers Party', 'nunca pidió una huelga'],
    ]);
    expect(said('The Harbor Workers Party met on Sunday. The party said the strike was "fully justified".')).toEqual([
      ['Harbor Workers Party', 'fully justified'],
    ]);
  });

  it('keeps the speaker null when "the party" has no party before it', () => {
    expect(said('The party said the strike was "fully justified".')).toEqual([[null, 'fully justified']]);
  });

  it('never takes a saint-named place for a person speaking', () => {
    expect(said('En San Telmo, el coordinador de los diputados, Raúl Cordero, anunció una denuncia. «No es una opinión», declaró el legislador.')).toEqual([
      ['Raúl Cordero', 'No es una opinión'],
    ]);
  });
});

describe('attributeQuote: a verb past a semicolon after the quote', () => {
  it('gives the quote to the subject of its own clause, not to the one who speaks after the semicolon', () => {
    expect(said('Óscar Beltrán called the talks "a great step" on Monday; Lucía Ferrer said the berths would reopen.')).toEqual([['Óscar Beltrán', 'a great step']]);
    expect(said('Óscar Beltrán calificó de «un gran paso» la reunión; Lucía Ferrer dijo que los muelles abrirán.')).not.toContainEqual(['Lucía Ferrer', 'un gran paso']);
  });
});
