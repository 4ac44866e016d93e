import { describe, expect, it } from 'vitest';
import { registryFrom, whoSaidWhat } from '../fixtures/who-said-what';
import { givenNameGender, isGivenName } from './first-names';

const registry = registryFrom(`
actors:
  - name: Harbor Press
    kind: media
`);

describe('given names', () => {
  it('knows names the hand list lacks from the library, with no gender', () => {
    expect(isGivenName('ottilie')).toBe(true);
    expect(isGivenName('maximiliano')).toBe(true);
    expect(givenNameGender('ottilie')).toBeNull();
    expect(givenNameGender('maria')).toBe('female');
  });

  it('takes no word that opens a sentence, a place or an office for a name', () => {
    for (const word of ['will', 'hope', 'major', 'general', 'america', 'houston', 'may']) expect(isGivenName(word)).toBe(false);
  });
});

describe('a speaker named with a given name only the library knows', () => {
  it('finds the person after "said" and gives her later words to her', () => {
    const r = whoSaidWhat(
      'Harbor talks stall after a week of strikes\n\nThere is also the question of due process, said Ottilie Varnholt in the Harbor Press. Closing the berths "will come back to haunt the port," she said.\n',
      registry,
    );
    expect(r.discovered.map((a) => a.name)).toContain('Ottilie Varnholt');
    expect(r.said).toContainEqual(['Ottilie Varnholt', 'will come back to haunt the port']);
  });
});
