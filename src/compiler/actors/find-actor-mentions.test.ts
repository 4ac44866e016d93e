import { describe, expect, it } from 'vitest';
import { registryFrom, whoSaidWhat } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Claudia Sheinbaum
    aliases: [Sheinbaum, the Mexican president, la presidenta]
    kind: person
    country: MX
    gender: female
  - name: Donald Trump
    aliases: [Trump]
    kind: person
    country: US
    gender: male
  - name: Alejandro Moreno
    aliases: [the PRI leader]
    kind: person
    gender: male
  - name: Anna Kelly
    kind: person
    gender: female
  - name: U.S. government
    aliases: [the Trump administration, US, U.S., the White House]
    kind: government
  - name: Government of Mexico
    aliases: [Mexico, the Mexican government]
    kind: government
  - name: Morena
    kind: organization
ignore: [Mexico City]
`);

function named(body: string) {
  return whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, registry).named;
}

describe('findActorMentions: names and aliases', () => {
  it('matches names whatever their case, accents, normal form and invisible characters', () => {
    const forms = ['CLAUDIA SHEINBAUM', 'Claudia Sheinbaum', 'Clau\u200bdia Shein\u2067baum', 'Cla\u0301udia Sheinbaum'];
    for (const form of forms) expect(named(`${form} spoke.`)).toEqual([[form, 'Claudia Sheinbaum']]);
  });

  it('prefers the longest phrase: the Trump administration is the government, not Trump', () => {
    expect(named('Later the Trump administration replied to Trump.')).toEqual([
      ['the Trump administration', 'U.S. government'],
      ['Trump', 'Donald Trump'],
    ]);
  });

  it('matches acronyms only in capitals and proper names only when capitalised', () => {
    expect(named('Tell us about the US plan.')).toEqual([['US', 'U.S. government']]);
    expect(named('Una mujer morena habló. Morena ganó.')).toEqual([['Morena', 'Morena']]);
  });

  it('matches a description in any case, but not as the title of another name', () => {
    expect(named('The Mexican President spoke first.')).toEqual([['The Mexican President', 'Claudia Sheinbaum']]);
    expect(named('Then the Mexican president Felipe Osorio spoke.').map(([, n]) => n)).not.toContain('Claudia Sheinbaum');
  });

  it('does not take Mexico City for the Mexican government', () => {
    expect(named('Protests filled Mexico City while Mexico waited.')).toEqual([['Mexico', 'Government of Mexico']]);
  });

  it("matches a name with a quoted nickname, as in Alejandro 'Alito' Moreno", () => {
    expect(named("Alejandro 'Alito' Moreno and Alejandro “Alito” Moreno agreed.")).toEqual([
      ["Alejandro 'Alito' Moreno", 'Alejandro Moreno'],
      ['Alejandro “Alito” Moreno', 'Alejandro Moreno'],
    ]);
  });

  it('resolves a surname to the full name given in the same document', () => {
    expect(named('White House deputy press secretary Anna Kelly spoke. Later Kelly added more.')).toContainEqual(['Kelly', 'Anna Kelly']);
    expect(named('Ms. Kelly spoke.')).toEqual([]);
    expect(named('Alejandro Moreno arrived. Moreno left.')).toContainEqual(['Moreno', 'Alejandro Moreno']);
  });

  it('leaves a surname shared by two people in the document unresolved', () => {
    const found = named('Jane Kelly, a spokeswoman, said no. Anna Kelly said yes. Kelly then left.');
    expect(found.filter(([text]) => text === 'Kelly')).toEqual([]);
  });

  it('reads no names from noise blocks', () => {
    const text = 'Sheinbaum speaks\n\nSheinbaum spoke on Monday.\n\nThis site uses cookies. Accept all cookies to continue. Trump cookie policy.\n';
    expect(whoSaidWhat(text, registry).named.map(([, n]) => n)).not.toContain('Donald Trump');
  });
});

describe('findActorMentions: pronouns', () => {
  it('points she to the last woman and he to the last man', () => {
    const found = named('Claudia Sheinbaum called Donald Trump. She was firm. He was not.');
    expect(found).toContainEqual(['She', 'Claudia Sheinbaum']);
    expect(found).toContainEqual(['He', 'Donald Trump']);
  });

  it('resolves a pronoun from the previous paragraph, but not from further back', () => {
    const r = whoSaidWhat('Harbor talks stall after a week of strikes\n\nAnna Kelly spoke.\n\nShe was calm.\n\nNothing happened.\n\nShe left.\n', registry);
    expect(r.named.filter(([t]) => t === 'She')).toEqual([['She', 'Anna Kelly']]);
  });

  it('does not guess between two people of unknown gender', () => {
    const found = named('Spokesperson Robin Vale met analyst Sam Ortiz. He said nothing.');
    expect(found.filter(([t]) => t === 'He')).toEqual([]);
  });

  it('ignores pronouns and people inside quotes', () => {
    const found = named('Anna Kelly spoke. “He is wrong, Trump is wrong,” she said.');
    expect(found).toContainEqual(['she', 'Anna Kelly']);
    expect(found.filter(([t]) => t === 'He')).toEqual([]);
  });

  it('resolves Spanish él and ella, not the article el', () => {
    const found = named('Claudia Sheinbaum habló con Donald Trump. Ella fue clara. El presidente escuchó. Él no respondió.');
    expect(found).toContainEqual(['Ella', 'Claudia Sheinbaum']);
    expect(found).toContainEqual(['Él', 'Donald Trump']);
    expect(found.filter(([t]) => t === 'El')).toEqual([]);
  });
});

describe('findActorMentions: discovery', () => {
  function discover(body: string) {
    const r = whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, registry);
    return { actors: r.discovered.map((a) => [a.name, a.kind, a.country, a.gender ?? null]), diagnostics: r.diagnostics };
  }

  it('finds people next to titles and speech verbs, with the gender a title or a common given name states', () => {
    expect(discover('Attorney General Jane Roe said the case was closed.').actors).toEqual([['Jane Roe', 'person', null, 'female']]);
    expect(discover('Attorney General Quinn Roe said the case was closed.').actors).toEqual([['Quinn Roe', 'person', null, null]]);
    expect(discover('"It is over," said John Doe, a spokesman for the firm.').actors).toEqual([['John Doe', 'person', null, 'male']]);
    expect(discover('Lo confirmó el canciller Juan Pérez en Lima.').actors).toEqual([['Juan Pérez', 'person', null, 'male']]);
    expect(discover('La secretaria de Seguridad, Ana López, afirmó que no.').actors).toEqual([['Ana López', 'person', null, 'female']]);
  });

  it('strips a title written before the name, and reads an apposition without article', () => {
    expect(discover('Homeland Security Secretary Kristi Lang said the border was closed.').actors).toEqual([['Kristi Lang', 'person', null, 'female']]);
    expect(discover('Omar Ruiz Harfo, secretario de Seguridad, afirmó que no.').actors).toEqual([['Omar Ruiz Harfo', 'person', null, 'male']]);
    expect(discover('El secretario de Relaciones Exteriores, Juan Ramón de la Fuente, dijo que sí.').actors).toEqual([
      ['Juan Ramón de la Fuente', 'person', null, 'male'],
    ]);
  });

  it('needs more than a speech verb to call a capitalised phrase a person', () => {
    expect(discover('Border Protection said crossings fell.').actors).toEqual([]);
    expect(discover('Diana Negrete said crossings fell.').actors).toEqual([['Diana Negrete', 'person', null, 'female']]);
    expect(discover('Supreme Court Justice Sonia Ruiz said no.').actors).toEqual([['Sonia Ruiz', 'person', null, 'female']]);
  });

  it('sets a country only when the text states it', () => {
    expect(discover('Mexican senator Luis Vega Soto voted against it.').actors).toEqual([['Luis Vega Soto', 'person', 'MX', 'male']]);
    expect(discover('El diputado venezolano Pedro Mora dijo que no.').actors).toEqual([['Pedro Mora', 'person', 'VE', 'male']]);
  });

  it('finds organizations that speak', () => {
    expect(discover('The Pemex Workers Union said it would strike.').actors).toEqual([['Pemex Workers Union', 'organization', null, null]]);
  });

  it('suggests an actor-file entry for each discovered actor', () => {
    const { diagnostics } = discover('Attorney General Jane Roe said so. Roe said it again.');
    expect(diagnostics.filter((d) => d.rule === 'unknown-actor')).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'info', line: 3, column: 18 });
    expect(diagnostics[0]?.message).toContain('- { name: "Jane Roe", kind: person, country: null, gender: female }');
  });

  it('reads no names from a title-case headline or from "title of Place"', () => {
    const r = whoSaidWhat('Serrat Prime Minister Skips Regional Summit\n\nThe summit opened without her.\n', registry);
    expect(r.discovered).toEqual([]);
    expect(discover('La gobernadora de Valle Sereno rechazó el plan, dijo.').actors).toEqual([]);
  });

  it('leaves capitalised words without a title or speech verb alone', () => {
    expect(discover('On Monday, Mexico City Hall opened. In January New Year Resolutions fade. Yesterday Rain Fell hard.').actors).toEqual([]);
    expect(discover('In March, officials said the plan had failed.').actors).toEqual([]);
  });
});
