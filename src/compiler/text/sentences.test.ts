import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('splits at sentence ends followed by a capital', () => {
    expect(split('Mexico rejected it. The talks go on! Will they end? Nobody knows.')).toEqual([
      'Mexico rejected it.',
      'The talks go on!',
      'Will they end?',
      'Nobody knows.',
    ]);
  });

  it('does not split after titles, initials, month abbreviations or decimals', () => {
    expect(split('Dr. Ana Ruiz met Gen. Luis Vega and Sr. Pablo Gil on Jan. 5 in St. Lucia. J. R. Moss said 3.5 million.')).toEqual([
      'Dr. Ana Ruiz met Gen. Luis Vega and Sr. Pablo Gil on Jan. 5 in St. Lucia.',
      'J. R. Moss said 3.5 million.',
    ]);
  });

  it('keeps U.S. inside a sentence but ends one before a common opener', () => {
    expect(split('The U.S. Senate voted. Aid went to the U.S. The vote was close.')).toEqual([
      'The U.S. Senate voted.',
      'Aid went to the U.S.',
      'The vote was close.',
    ]);
  });

  it('never splits inside a quotation of several sentences', () => {
    expect(split('\'That is not true. It is a lie,\' Moss stated. He left.')).toEqual(["'That is not true. It is a lie,' Moss stated.", 'He left.']);
    expect(split('She said: “We agree. We sign.” Then she left.')).toEqual(['She said: “We agree. We sign.”', 'Then she left.']);
    expect(split('«No vamos a aceptar. Nunca», dijo Quintero. Luego se fue.')).toEqual(['«No vamos a aceptar. Nunca», dijo Quintero.', 'Luego se fue.']);
  });

  it('ends a sentence after a closing quote that follows its period', () => {
    expect(split('He said, "Mexico must do more." She agreed.')).toEqual(['He said, "Mexico must do more."', 'She agreed.']);
  });

  it('ends a sentence at a footnote call after its period, keeping the call with it', () => {
    expect(split('The ministry said it would not comply.[3] On May 2, Ortega resigned.')).toEqual(['The ministry said it would not comply.[3]', 'On May 2, Ortega resigned.']);
    expect(split('La cancillería dijo que no cedería.[12] El 2 de mayo, Ortega renunció.')).toEqual(['La cancillería dijo que no cedería.[12]', 'El 2 de mayo, Ortega renunció.']);
  });

  it('does not let apostrophes or an unclosed quote swallow the paragraph', () => {
    expect(split("Moreno's party won. It's over. The country's mood changed.")).toHaveLength(3);
    const unclosed = `He said "we will never agree. ${'Then it rained. '.repeat(200)}`;
    expect(split(unclosed).length).toBeGreaterThan(150);
  });

  it('handles Spanish openers and abbreviations', () => {
    expect(split('El Lic. Ramírez habló con la Sra. Ortiz. ¿Qué dijo? ¡Nada! Pero EE.UU. respondió.')).toEqual([
      'El Lic. Ramírez habló con la Sra. Ortiz.',
      '¿Qué dijo?',
      '¡Nada!',
      'Pero EE.UU. respondió.',
    ]);
  });

  it('returns trimmed spans that index the original text', () => {
    const text = 'xx  First one.   Second one.  ';
    const spans = splitSentences(text, 2, text.length);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });
});
