import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Óscar Beltrán
    aliases: [Beltrán]
    kind: person
    gender: male
  - name: Samuel Whitlock
    aliases: [Whitlock]
    kind: person
    gender: male
`);

const said = saidIn(registry);

describe('inPrepositionalPhrase: an abbreviation does not end the sentence', () => {
  it('gives "He says …" to the subject, not to a name inside an opening "Ever since the Jan. 3 raid that seized X" phrase', () => {
    expect(
      said('Dockers have heard a lot of loose talk lately. Ever since the Jan. 3 raid that seized Óscar Beltrán in the capital, Governor Samuel Whitlock has made clear that he thinks the port is next. He says the navy will start "hitting the docks within weeks."'),
    ).toEqual([['Samuel Whitlock', 'hitting the docks within weeks.']]);
  });
});
