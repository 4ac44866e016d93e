import { describe, expect, it } from 'vitest';
import { registryFrom, whoSaidWhat } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Ricardo Quintal
    aliases: [Quintal]
    kind: person
    country: MX
    gender: male
  - name: Marta Holloway
    aliases: [Holloway]
    kind: person
    country: US
    gender: female
  - name: Pam Ostrander
    aliases: [Ostrander]
    kind: person
    country: US
    gender: female
  - name: Secretaría de Puertos
    aliases: [la Cancillería Portuaria, Cancillería Portuaria, the Harbor Ministry, Harbor Ministry]
    kind: government
    country: MX
  - name: Norvian Department of Harbors
    aliases: [the Harbors Department]
    kind: organization
    country: US
`);

function named(body: string) {
  return whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, registry).named;
}

describe('a surname alias inside a longer name', () => {
  it('does not take the last word of another person’s name for the alias', () => {
    expect(named('El gobernador del estado, Arturo Benavides Quintal, encabezó la reunión.').map(([, a]) => a)).not.toContain('Ricardo Quintal');
    expect(named('El gobernador Benavides Quintal destacó el acuerdo.').map(([, a]) => a)).not.toContain('Ricardo Quintal');
    expect(named('Governor Daniel Holloway said the port would reopen.').map(([, a]) => a)).not.toContain('Marta Holloway');
  });

  it('takes a longer form of the listed given name for the same person ("Pamela" for "Pam")', () => {
    expect(named('"The port stays closed," said Attorney General Pamela Ostrander.').map(([, a]) => a)).toContain('Pam Ostrander');
    expect(named('La fiscal Pamela Ostrander dijo que el puerto sigue cerrado.').map(([, a]) => a)).toContain('Pam Ostrander');
    expect(named('Governor Patricia Ostrander said the port would reopen.').map(([, a]) => a)).not.toContain('Pam Ostrander');
  });

  it('takes a department named in the other order for the listed one ("the Department of Harbors", "Harbors Department")', () => {
    expect(named('The cartel was designated by the Department of Harbors on May 2.').map(([, a]) => a)).toContain('Norvian Department of Harbors');
    expect(named('A Harbors Department spokesperson said the port would reopen.').map(([, a]) => a)).toContain('Norvian Department of Harbors');
  });

  it('still takes the alias after a title, a sentence opener or a comma', () => {
    expect(named('Ayer Quintal dijo que no. El senador Quintal insistió.')).toEqual([
      ['Quintal', 'Ricardo Quintal'],
      ['Quintal', 'Ricardo Quintal'],
    ]);
    expect(named('Then Holloway said no, and Senator Holloway insisted.')).toEqual([
      ['Holloway', 'Marta Holloway'],
      ['Holloway', 'Marta Holloway'],
    ]);
  });
});

describe('a generic alias qualified by another country', () => {
  it('names another country’s body on its own instead of giving it to the actor', () => {
    expect(named('La Cancillería Portuaria argentina emitió un comunicado.')).toEqual([['Cancillería Portuaria argentina', 'Cancillería Portuaria argentina']]);
    expect(named('The Harbor Ministry of Colombia issued a statement.')).toEqual([['Harbor Ministry of Colombia', 'Harbor Ministry of Colombia']]);
  });

  it('keeps the alias when the country is the actor’s own', () => {
    expect(named('La Cancillería Portuaria mexicana emitió un comunicado.')).toEqual([['La Cancillería Portuaria', 'Secretaría de Puertos']]);
    expect(named('The Harbor Ministry issued a statement.')).toEqual([['The Harbor Ministry', 'Secretaría de Puertos']]);
  });
});

describe('a described alias qualified as a lower level’s', () => {
  const withRole = registryFrom(`
actors:
  - name: Ricardo Quintal
    aliases: [Quintal, el mandatario, el presidente]
    kind: person
    country: MX
    gender: male
`);
  const namedIn = (body: string) => whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, withRole).named.map(([, a]) => a);

  it('does not give a state’s or a town’s head ("el mandatario estatal", "el presidente municipal") to the actor the bare role names', () => {
    expect(namedIn('«Necesitamos más grúas», afirmó el mandatario estatal durante una gira.')).not.toContain('Ricardo Quintal');
    expect(namedIn('El presidente municipal pidió calma a los estibadores.')).not.toContain('Ricardo Quintal');
  });

  it("does not give the office's next or outgoing holder (\"el presidente electo\", \"the president-elect\") to its holder", () => {
    expect(namedIn('El presidente electo celebró la reapertura del muelle.')).not.toContain('Ricardo Quintal');
    expect(namedIn('El mandatario saliente pidió calma a los estibadores.')).not.toContain('Ricardo Quintal');
  });

  it("does not give the head of a body a named place owns (\"the president of Norvia's Harbor Party\") to the office's holder", () => {
    const withOffice = registryFrom(`
actors:
  - name: Ricardo Quintal
    aliases: [Quintal, the president of Norvia]
    kind: person
    country: MX
    gender: male
`);
    const namedHere = (body: string) => whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, withOffice).named.map(([, a]) => a);
    expect(namedHere("The president of Norvia's Harbor Party, Ivo Brask, said the port would reopen.")).not.toContain('Ricardo Quintal');
    expect(namedHere("The president of Norvia's decision to reopen the port was welcomed.")).toContain('Ricardo Quintal');
    expect(namedHere('The president of Norvia said the port would reopen.')).toContain('Ricardo Quintal');
  });

  it('keeps the bare role the actor’s', () => {
    expect(namedIn('«Necesitamos más grúas», afirmó el mandatario durante una gira.')).toContain('Ricardo Quintal');
    expect(namedIn('El presidente pidió calma a los estibadores.')).toContain('Ricardo Quintal');
  });
});
