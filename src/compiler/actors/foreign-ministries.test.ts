import { describe, expect, it } from 'vitest';
import { registryFrom, whoSaidWhat } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Secretaría de Enlaces Exteriores
    aliases: [Mexico's Foreign Ministry, la Cancillería]
    kind: government
    country: MX
  - name: Government of Peru
    aliases: [Peru]
    kind: government
    country: PE
`);

function found(body: string) {
  const result = whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, registry);
  return { named: result.named, countries: new Map([...registry.actors, ...result.discovered].map((a) => [a.name, a.country])) };
}

describe('a foreign ministry named with its country', () => {
  it('is a body of that country, whether the country comes before or after the ministry (English)', () => {
    const before = found('A Japanese Foreign Ministry spokesperson said on Sunday that Tokyo was "deeply concerned".');
    expect(before.named).toEqual([['Japanese Foreign Ministry', 'Japanese Foreign Ministry']]);
    expect(before.countries.get('Japanese Foreign Ministry')).toBe('JP');
    const possessive = found("Ukraine's Foreign Ministry said on Monday that it opposed the strike.");
    expect(possessive.named).toEqual([["Ukraine's Foreign Ministry", "Ukraine's Foreign Ministry"]]);
    expect(possessive.countries.get("Ukraine's Foreign Ministry")).toBe('UA');
    const after = found('The Ministry of Foreign Affairs of Ecuador issued a statement on Tuesday.');
    expect(after.countries.get('Ministry of Foreign Affairs of Ecuador')).toBe('EC');
  });

  it('takes in a country the actor file lists, which is part of its name and no actor beside it', () => {
    expect(found("Peru's Foreign Ministry summoned the envoy.").named).toEqual([["Peru's Foreign Ministry", "Peru's Foreign Ministry"]]);
  });

  it('is a body of that country in Spanish, with the demonym after it in lower case', () => {
    const spanish = found('El Ministerio de Asuntos Exteriores japonés condenó el sábado el ataque. La cancillería boliviana emitió un comunicado.');
    expect(spanish.countries.get('Ministerio de Asuntos Exteriores japonés')).toBe('JP');
    expect(spanish.countries.get('cancillería boliviana')).toBe('BO');
  });

  it('is the listed ministry when its country is the listed one’s', () => {
    expect(found('The Mexican Foreign Office issued a statement.').named).toEqual([['Mexican Foreign Office', 'Secretaría de Enlaces Exteriores']]);
  });

  it('is no body of its own without a country', () => {
    expect(found('A Foreign Ministry spokesperson declined to comment.').named.map(([, a]) => a)).toEqual([]);
  });
});
