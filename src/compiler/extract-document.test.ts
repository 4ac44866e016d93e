import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../schema/timeline';
import { compileCorpus } from './compile';

const actors = 'actors:\n  - name: Ana Ruiz\n    aliases: [Ruiz]\n    country: null\n    kind: person\n    gender: female\n';

function events(file: string, text: string): string[] {
  const { timeline } = compileCorpus(
    [{ id: file as DocumentId, path: file, format: 'txt', text, bodyStart: 0, meta: { published: '2031-09-05' }, diagnostics: [] }],
    { actors: { path: 'actors.yaml', text: actors }, project: null, curation: null },
  );
  return timeline.events.map((e) => `${e.type} ${e.date.start ?? '-'} [${e.actors.join(', ')}]`);
}

describe('an event names someone who took part', () => {
  it('makes no event of a happening that names no one, even with a date of its own, in English and Spanish', () => {
    const en = events('en.txt', 'Port stays open\n\nAna Ruiz said on Friday that the Norvian port would stay open.\n\nIn August it sent 26 more prisoners north.\n');
    expect(en).toEqual(['statement 2031-09-05 [ana-ruiz]']);
    const es = events('es.txt', 'El puerto sigue abierto\n\nAna Ruiz dijo el viernes que el puerto de Norvia seguirá abierto.\n\nEn agosto fueron enviados otros 26 reos al norte.\n');
    expect(es).toEqual(['statement 2031-09-05 [ana-ruiz]']);
  });
});

describe('an interview that names no one is its quote\'s speaker\'s', () => {
  it('gives an undated interview with no subject the speaker of the quote said in it, in Spanish and English', () => {
    const es = events('es.txt', 'El puerto sigue abierto\n\nLa ministra Ana Ruiz lo ve al revés.\n\n«Entregamos porque nos conviene, no porque nos lo pidan», aseguró en una entrevista con este diario.\n');
    expect(es).toEqual(['interview 2031-09-05 [ana-ruiz]']);
    const en = events('en.txt', 'Port stays open\n\nMinister Ana Ruiz sees it the other way.\n\n"We hand them over because it suits us," was all she would say in an interview with this newspaper.\n');
    expect(en).toEqual(['interview 2031-09-05 [ana-ruiz]']);
  });

  it('makes no event of such an interview when its speaker is an analyst quoted for a view', () => {
    const es = events('es.txt', 'El puerto sigue abierto\n\nIvo Brask, analista del Instituto Portuario, lo ve al revés.\n\n«Entregan porque les conviene», aseguró en una entrevista con este diario.\n');
    expect(es).toEqual([]);
  });
});
