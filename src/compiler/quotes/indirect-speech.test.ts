import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../schema/timeline';
import { handDoc } from '../testing/hand-doc';
import type { ActorMention } from '../model';
import { indirectQuotes } from './indirect-speech';

/** Indirect quotes of a hand-made article: `pronouns` maps a pronoun's words to the actor it resolved to. */
function reported(text: string, actors: Record<string, string[]>, pronouns: [string, string][] = [], direct: [number, number][] = []) {
  const { doc, mentions } = handDoc({ text, actors });
  const all: ActorMention[] = [...mentions];
  for (const [words, actor] of pronouns) {
    const start = text.indexOf(words);
    all.push({ start, end: start + words.length, sentence: doc.sentences.findIndex((s) => s.start <= start && start < s.end), actor: actor as ActorId, via: 'pronoun' });
  }
  all.sort((a, b) => a.start - b.start);
  const inQuote = (o: number) => direct.some(([s, e]) => o >= s && o < e);
  return indirectQuotes({
    doc,
    mentionsOf: (n) => all.filter((m) => m.sentence === n),
    inQuote,
    direct: direct.map(([start, end]) => ({ start, end, text: text.slice(start, end), direct: true, speaker: null, sentence: 0, context: { start, end }, date: { start: null, precision: 'unknown', basis: 'reported' } })),
    dateOf: () => ({ start: null, precision: 'unknown', basis: 'reported' }),
  }).map((q) => ({ text: q.text, speaker: q.speaker, direct: q.direct, cited: text.slice(q.start, q.end) === q.text }));
}

describe('indirectQuotes', () => {
  it('extracts the clause a speech verb reports, with its speaker, as indirect', () => {
    expect(reported('Minister Ana Ruiz said that Norvia would not allow foreign troops on its soil.', { ruiz: ['Ana Ruiz'] })).toEqual([
      { text: 'Norvia would not allow foreign troops on its soil', speaker: 'ruiz', direct: false, cited: true },
    ]);
    expect(reported('Ana Ruiz told reporters the army would stay in its barracks.', { ruiz: ['Ana Ruiz'] })[0]?.text).toBe('the army would stay in its barracks');
    expect(reported('Tom Hale warned on Monday that the tariffs would rise in June.', { hale: ['Tom Hale'] })[0]?.speaker).toBe('hale');
  });

  it('reads Spanish reporting verbs and "según"', () => {
    expect(reported('La canciller Ana Ruiz aseguró ayer que Norvia no aceptará tropas extranjeras.', { ruiz: ['Ana Ruiz'] })).toEqual([
      { text: 'Norvia no aceptará tropas extranjeras', speaker: 'ruiz', direct: false, cited: true },
    ]);
    expect(reported('Según Tom Hale, el acuerdo será firmado antes de junio.', { hale: ['Tom Hale'] })[0]).toMatchObject({ text: 'el acuerdo será firmado antes de junio', speaker: 'hale' });
    expect(reported('Ivo Brask le dijo a Ana Ruiz que la frontera seguirá abierta.', { brask: ['Ivo Brask'], ruiz: ['Ana Ruiz'] })[0]).toMatchObject({ text: 'la frontera seguirá abierta', speaker: 'brask' });
  });

  it('reads "according to" and a closing speech tag', () => {
    expect(reported('According to Tom Hale, the talks collapsed after two hours.', { hale: ['Tom Hale'] })[0]).toMatchObject({ text: 'the talks collapsed after two hours', speaker: 'hale' });
    expect(reported('The border will stay open through the summer, Ana Ruiz said on Monday.', { ruiz: ['Ana Ruiz'] })[0]).toMatchObject({
      text: 'The border will stay open through the summer',
      speaker: 'ruiz',
    });
  });

  it('resolves the speaker through a pronoun', () => {
    const text = 'Ana Ruiz spoke in Valdora. She said the army would patrol the eastern border.';
    expect(reported(text, { ruiz: ['Ana Ruiz'] }, [['She', 'ruiz']])[0]).toMatchObject({ text: 'the army would patrol the eastern border', speaker: 'ruiz' });
  });

  it('emits nothing without a speaker, nor for "said to be", a negated verb, a report as source or a background clause', () => {
    expect(reported('It was said that the army would patrol the eastern border.', {})).toEqual([]);
    expect(reported('Officials said the army would patrol the eastern border.', { ruiz: ['Ana Ruiz'] })).toEqual([]);
    expect(reported('Ana Ruiz is said to be furious about the new tariffs on steel.', { ruiz: ['Ana Ruiz'] })).toEqual([]);
    expect(reported('Ana Ruiz did not say that the border would close next week.', { ruiz: ['Ana Ruiz'] })).toEqual([]);
    expect(reported('According to a report in the Valdora Times, the talks collapsed after two hours.', { times: ['Valdora Times'] })).toEqual([]);
    expect(reported('While Tom Hale pushes for joint patrols, Ana Ruiz insists on working alone.', { hale: ['Tom Hale'], ruiz: ['Ana Ruiz'] })).toEqual([]);
    expect(reported('Norvia rejected the plan, said Ana Ruiz, the foreign minister.', { ruiz: ['Ana Ruiz'], norvia: ['Norvia'] })[0]?.speaker).toBe('ruiz');
    expect(reported('The foreign minister, Ana Ruiz, said Norvia would send no troops.', { ruiz: ['Ana Ruiz'], norvia: ['Norvia'] })[0]?.speaker).toBe('ruiz');
  });

  it('does not repeat a clause that is a direct quote', () => {
    const text = 'Ana Ruiz said that "Norvia will never accept foreign troops on its soil."';
    const open = text.indexOf('"');
    expect(reported(text, { ruiz: ['Ana Ruiz'] }, [], [[open, text.length]])).toEqual([]);
  });
});
