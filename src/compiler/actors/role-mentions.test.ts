import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn, whoSaidWhat } from '../fixtures/who-said-what';
import { roleFamily } from './role-introductions';

const registry = registryFrom(`
actors:
  - name: Lucía Ferrer
    kind: person
    gender: female
    country: MX
  - name: Óscar Beltrán
    kind: person
    gender: male
    country: US
  - name: Sam Reyes
    kind: person
    gender: male
    country: MX
`);

function named(body: string) {
  return whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, registry).named;
}

describe('resolveRoleMentions', () => {
  it('groups role words across language and gender', () => {
    expect(roleFamily('presidenta')).toBe(roleFamily('president'));
    expect(roleFamily('canciller')).toBe('canciller');
    expect(roleFamily('harbor')).toBeNull();
  });

  it('names the person introduced with a title, an apposition or a Spanish title with its office', () => {
    expect(named('President Lucía Ferrer spoke. The president left.')).toContainEqual(['The president', 'Lucía Ferrer']);
    expect(named('Óscar Beltrán, the port czar, spoke. Later the czar left.')).toContainEqual(['the czar', 'Óscar Beltrán']);
    expect(named('El secretario de Marina, Óscar Beltrán, habló. El secretario de Marina dijo que sí.')).toContainEqual([
      'El secretario de Marina',
      'Óscar Beltrán',
    ]);
  });

  it('does not read a title before a named apposition as the previous holder of the role', () => {
    const found = named('El secretario de Marina, Óscar Beltrán, habló. Luego, el secretario de Hacienda, Lucía Ferrer, dijo que no.');
    expect(found.map(([text]) => text)).not.toContain('el secretario de Hacienda');
    expect(named('The secretary, Óscar Beltrán, spoke. Later the secretary, Lucía Ferrer, left.').map(([text]) => text)).not.toContain('the secretary');
  });

  it('does not read a title in front of another name as a bare role', () => {
    const found = named('President Lucía Ferrer met the president Óscar Beltrán.').map(([text]) => text);
    expect(found).not.toContain('the president');
  });
});

describe('resolveRoleMentions: party members', () => {
  it('names "el panista" after the person introduced next to the party acronym', () => {
    expect(named('El senador Óscar Beltrán, coordinador del PAN, habló. Según el panista, no hay acuerdo.')).toContainEqual([
      'el panista',
      'Óscar Beltrán',
    ]);
    expect(named('El dirigente del PRI, Óscar Beltrán, habló. El priista dijo que no.')).toContainEqual(['El priista', 'Óscar Beltrán']);
  });

  it('does not make a member of a party someone who only talked about it', () => {
    const found = named('Óscar Beltrán criticó al PAN. Según el panista, no hay acuerdo.').map(([text]) => text);
    expect(found).not.toContain('el panista');
  });
});

describe('resolveRoleMentions: words that rule a holder out', () => {
  it('skips a more recent holder of the role whose gender the noun contradicts', () => {
    expect(named('El presidente Óscar Beltrán llamó a la presidenta Lucía Ferrer. El mandatario dijo que sí.')).toContainEqual([
      'El mandatario',
      'Óscar Beltrán',
    ]);
  });

  it('skips a more recent holder of the role from another country than the demonym says', () => {
    expect(named('President Óscar Beltrán called President Lucía Ferrer. Later the American president left.')).toContainEqual([
      'the American president',
      'Óscar Beltrán',
    ]);
    expect(named('El presidente Óscar Beltrán llamó a la presidenta Lucía Ferrer. El presidente estadounidense colgó.')).toContainEqual([
      'El presidente estadounidense',
      'Óscar Beltrán',
    ]);
  });
});

describe('resolveRoleMentions: descriptions that come back to a person', () => {
  it('does not give "el secretario del Tesoro" to the last secretary of another office', () => {
    const found = named('El secretario de Marina, Óscar Beltrán, habló. Luego el secretario del Tesoro firmó el acuerdo.');
    expect(found.map(([text]) => text)).not.toContain('el secretario');
    expect(named('Navy Secretary Óscar Beltrán spoke. Then the secretary of the Treasury signed.').map(([text]) => text)).not.toContain('the secretary');
  });

  it('names the expert introduced with a field ("el especialista en seguridad X") when the noun comes back', () => {
    const found = named('Para el especialista en seguridad Óscar Beltrán, el puerto cambió. El especialista consideró que Lucía Ferrer ha sido hábil.');
    expect(found).toContainEqual(['El especialista', 'Óscar Beltrán']);
  });

  it('gives "el funcionario" to the one who spoke, not to the person his words were about', () => {
    const found = named('El secretario Óscar Beltrán relató que el alcalde Sam Reyes bromeó sobre la obra. Después, el funcionario se fue.');
    expect(found).toContainEqual(['el funcionario', 'Óscar Beltrán']);
  });
});

describe('a state\'s head named by role', () => {
  it('takes "el mandatario estatal" for the governor introduced before, not the president', () => {
    const said = saidIn(
      registryFrom(`
actors:
  - name: Rosa Quintanar
    kind: person
    gender: female
`),
    );
    expect(
      said('La presidenta Rosa Quintanar firmó el acuerdo. El gobernador del estado, Tomás Ugarte Lima, encabezó la reunión.\n\nDurante el encuentro, el mandatario estatal subrayó que el puerto "trabaja sin descanso y sin pausa".'),
    ).toEqual([['Tomás Ugarte Lima', 'trabaja sin descanso y sin pausa']]);
    expect(said('Governor Tomás Ugarte Lima chaired the meeting. Later the governor said the port "works without rest or pause".')).toEqual([
      ['Tomás Ugarte Lima', 'works without rest or pause'],
    ]);
  });

  it('names the holder of the office the role states, not a more recent holder of another office, in Spanish and English', () => {
    expect(
      named('El secretario de Puertos de Norlandia, Óscar Beltrán, se reunió con el secretario de Marina y Pesca, Sam Reyes. Después, Beltrán habló. El secretario de Marina lo resumió así: "Vamos bien".'),
    ).toContainEqual(['El secretario de Marina', 'Sam Reyes']);
    expect(
      named('The secretary of Energy, Sam Reyes, met the secretary of Commerce, Óscar Beltrán. Later Beltrán spoke. The secretary of Energy summed it up: "We are on track."'),
    ).toContainEqual(['The secretary of Energy', 'Sam Reyes']);
  });

  it('still names the most recent holder when the role states no office', () => {
    expect(named('El secretario de Puertos, Óscar Beltrán, se reunió con el secretario de Marina, Sam Reyes. El secretario dijo que sí.')).toContainEqual([
      'El secretario',
      'Sam Reyes',
    ]);
  });
});

describe("a country's leader named by role", () => {
  it('takes "the Mexican leader" and "el líder mexicano" for the president introduced from that country, not a more recent president of another', () => {
    expect(named('President Lucía Ferrer spoke with President Óscar Beltrán. The Mexican leader said the call went well.')).toContainEqual(['The Mexican leader', 'Lucía Ferrer']);
    expect(named('La presidenta Lucía Ferrer habló con el presidente Óscar Beltrán. El líder estadounidense dijo que la llamada fue buena.')).toContainEqual([
      'El líder estadounidense',
      'Óscar Beltrán',
    ]);
  });

  it('names no one by "the leader" without a country, or by the leader of a party', () => {
    const found = named('President Lucía Ferrer spoke. The leader said the call went well. The PRI leader disagreed. El líder nacional del partido calló.');
    expect(found.filter(([text]) => /leader|líder/iu.test(text))).toEqual([]);
  });
});

describe('resolveRoleMentions: a head of state', () => {
  it('names the president introduced before by "el jefe de Estado", "la jefa del Estado mexicano", "the head of state"', () => {
    expect(named('La presidenta mexicana, Lucía Ferrer, habló el lunes. Después, la jefa del Estado mexicano insistió en la cooperación.')).toContainEqual([
      'la jefa del Estado mexicano',
      'Lucía Ferrer',
    ]);
    expect(named('El presidente Óscar Beltrán viajó al puerto. En un mensaje, el jefe de Estado escribió que no cederá.')).toContainEqual(['el jefe de Estado', 'Óscar Beltrán']);
    expect(named('President Óscar Beltrán spoke by phone. Later the head of state said the port would reopen.')).toContainEqual(['the head of state', 'Óscar Beltrán']);
  });

  it('names no one for an indefinite head of state or another country’s', () => {
    expect(named('El presidente Óscar Beltrán habló. Dijo que se llevaron a un jefe de Estado de su país.').map(([, a]) => a)).toEqual(['Óscar Beltrán']);
    expect(named('La presidenta mexicana, Lucía Ferrer, habló. El jefe de Estado colombiano respondió.').map(([, a]) => a)).toEqual(['Lucía Ferrer']);
  });
});
