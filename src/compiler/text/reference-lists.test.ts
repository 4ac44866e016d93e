import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../schema/timeline';
import { classifyBlocks } from './classify-blocks';

function kinds(text: string): [string, string][] {
  const { blocks } = classifyBlocks({ id: 'd' as DocumentId, path: 'd.md', format: 'md', text, bodyStart: 0, meta: {}, diagnostics: [] });
  return blocks.map((b) => [text.slice(b.start, b.end).slice(0, 30), b.kind]);
}

const kindOf = (text: string, start: string): string | undefined => kinds(text).find(([t]) => t.startsWith(start))?.[1];

describe('lists that cite rather than tell', () => {
  it('leaves out a footnote section and reads the prose after it again', () => {
    const en = '# Port talks stall\n\nMinister Ana Ruiz met the dockers on Monday and offered a new contract to the union.\n\n**Notes**\n\n[1] Ministry of Ports, statement of March 3, 2027.\n\n[2] Dockers Union, press conference, March 4, 2027.\n\nThe union will answer next week, its leader Tomás Vidal said on Tuesday.';
    expect(kindOf(en, '**Notes**')).toBe('noise');
    expect(kindOf(en, '[1] Ministry')).toBe('noise');
    expect(kindOf(en, '[2] Dockers')).toBe('noise');
    expect(kindOf(en, 'The union will answer')).toBe('body');
    const es = '# Se estancan las negociaciones del puerto\n\nLa ministra Ana Ruiz se reunió el lunes con los estibadores y ofreció un nuevo contrato.\n\n## Fuentes\n\n- Secretaría de Puertos, comunicado del 3 de marzo de 2027.\n- Sindicato de Estibadores, conferencia de prensa, 4 de marzo de 2027.\n\nEl sindicato responderá la próxima semana, dijo el martes su líder Tomás Vidal.';
    expect(kindOf(es, '## Fuentes')).toBe('noise');
    expect(kindOf(es, '- Secretaría de Puertos')).toBe('noise');
    expect(kindOf(es, 'El sindicato responderá')).toBe('body');
  });

  it('leaves out a "Sources:" line of several entries and a lone footnote, in English and Spanish', () => {
    const en = 'Port talks stall\n\nMinister Ana Ruiz met the dockers on Monday and offered a new contract.\n\nSources: Ministry of Ports statement, March 3, 2027; Dockers Union press conference, March 4, 2027; interviews with Tomás Vidal.';
    expect(kindOf(en, 'Sources:')).toBe('noise');
    const es = 'Se estancan las negociaciones\n\nLa ministra Ana Ruiz se reunió el lunes con los estibadores.\n\nFuentes: comunicado de la Secretaría de Puertos, 3 de marzo de 2027; conferencia del sindicato, 4 de marzo de 2027.\n\n[3] Sindicato de Estibadores, versión estenográfica, 4 de marzo de 2027.';
    expect(kindOf(es, 'Fuentes:')).toBe('noise');
    expect(kindOf(es, '[3] Sindicato')).toBe('noise');
    // A sentence that happens to start with "Sources" is prose.
    const prose = 'Port talks stall\n\nSources close to the minister said on Monday that she would resign before the vote.';
    expect(kindOf(prose, 'Sources close')).toBe('body');
  });

  it('leaves out an episode\'s chapter times and its list of works mentioned', () => {
    const en = '# Can the port deal last?\n\nGuest Ana Ruiz tells the host that the deal signed on March 3 will hold.\n\n## Chapters\n\n(00:00) Introduction\n(04:12) The March 3 deal and the dockers\n\n## Mentioned on the podcast\n\n- Tomás Vidal, "The Harbour Question," Port Review, March 1, 2027\n\nSubscribe for new episodes every week.';
    expect(kindOf(en, '(00:00)')).toBe('noise');
    expect(kindOf(en, '- Tomás Vidal')).toBe('noise');
    const es = '# ¿Durará el acuerdo del puerto?\n\nLa invitada Ana Ruiz dice que el acuerdo firmado el 3 de marzo se mantendrá.\n\n## Capítulos\n\n(00:00) Introducción\n(04:12) El acuerdo del 3 de marzo\n\n## Mencionado en el episodio\n\n- Tomás Vidal, "La cuestión del puerto", Revista Portuaria, 1 de marzo de 2027';
    expect(kindOf(es, '(00:00)')).toBe('noise');
    expect(kindOf(es, '- Tomás Vidal')).toBe('noise');
  });

  it('leaves out a topics line', () => {
    expect(kindOf('Se estancan las negociaciones\n\nLa ministra habló el lunes.\n\nTemas: Puertos, Sindicatos, Ana Ruiz', 'Temas:')).toBe('noise');
    expect(kindOf('Port talks stall\n\nThe minister spoke on Monday.\n\nTopics: Ports, Unions, Ana Ruiz', 'Topics:')).toBe('noise');
  });
});
