import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../schema/timeline';
import { compileCorpus } from './compile';

const actors =
  'actors:\n' +
  '  - name: Ana Ruiz\n    aliases: [Ruiz]\n    country: null\n    kind: person\n    gender: female\n' +
  '  - name: Tom Hale\n    aliases: [Hale]\n    country: null\n    kind: person\n    gender: male\n' +
  '  - name: Government of Norvia\n    aliases: [Norvia]\n    country: null\n    kind: government\n' +
  '  - name: Government of Valdoria\n    aliases: [Valdoria]\n    country: null\n    kind: government\n';

function events(file: string, text: string, published = '2031-09-05'): string[] {
  const { timeline } = compileCorpus(
    [{ id: file as DocumentId, path: file, format: 'txt', text, bodyStart: 0, meta: { published }, diagnostics: [] }],
    { actors: { path: 'actors.yaml', text: actors }, project: null, curation: null },
  );
  return timeline.events.map((e) => `${e.type} ${e.date.start ?? '-'} ${e.date.basis} [${e.actors.join(', ')}]`);
}

describe('the quoted words of a saying are what was said, not who took part or when', () => {
  it('gives a saying its speaker, not the countries named in the quotation, in Spanish and English', () => {
    const es = events('es.txt', 'Puerto abierto\n\nLa ministra Ana Ruiz habló en el palacio.\n\n«Norvia no es Valdoria y no es colonia de nadie», sostuvo la jefa de la cartera ante la prensa.\n');
    expect(es).toEqual(['statement 2031-09-05 reported [ana-ruiz]']);
    const en = events('en.txt', 'Port stays open\n\nMinister Ana Ruiz spoke at the palace.\n\n"Norvia is not Valdoria and is nobody\'s colony," the minister told reporters.\n');
    expect(en).toEqual(['statement 2031-09-05 reported [ana-ruiz]']);
  });

  it('makes no event of a saying whose only names are inside the quotation and whose speaker is unknown', () => {
    const en = events('en.txt', 'Port stays open\n\nAs a diplomat put it to me, "Valdoria was an island for you. Norvia is your neighbour."\n');
    expect(en).toEqual([]);
    const es = events('es.txt', 'Puerto abierto\n\n—No lo creo, pero hace un mes tampoco creíamos lo de Valdoria —respondió un funcionario.\n');
    expect(es).toEqual([]);
  });

  it("does not date a saying by a 'today' in the speaker's own words, in Spanish and English", () => {
    const es = events('es.txt', 'Puerto abierto\n\nTom Hale celebró la caída del régimen. «Hoy millones de personas tienen esperanza», escribió Hale en sus redes.\n');
    expect(es).toEqual(['statement 2031-09-05 reported [tom-hale]']);
    const en = events('en.txt', 'Port stays open\n\nTom Hale welcomed the fall of the regime. "Today millions of people have hope," Hale wrote online.\n');
    expect(en).toEqual(['statement 2031-09-05 reported [tom-hale]']);
  });

  it("keeps an unnamed saying apart from an analyst's unnamed remark later in the story, in Spanish and English", () => {
    const es = events(
      'es.txt',
      'Puerto abierto\n\nTom Hale respondió desde la sede de su partido.\n\n«Me quieren callar, pero no me van a callar», aseguró.\n\nPara el politólogo Ivo Brask, la maniobra le conviene a Hale.\n\n«Le están regalando el papel de víctima», explicó.\n',
    );
    // "respondió" and "aseguró" are both Hale's; the analyst's remark is no event.
    expect(es.filter((e) => e.startsWith('statement'))).toEqual(['statement 2031-09-05 reported [tom-hale]', 'statement 2031-09-05 reported [tom-hale]']);
    const en = events(
      'en.txt',
      'Port stays open\n\nTom Hale answered from his party\'s headquarters.\n\n"They want to silence me, and they will not," he said.\n\nFor the political scientist Ivo Brask, the move helps Hale.\n\n"They are handing him the role of the victim," Brask said.\n',
    );
    expect(en.filter((e) => e.startsWith('statement'))).toEqual(['statement 2031-09-05 reported [tom-hale]']);
  });
});
