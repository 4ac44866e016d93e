import { describe, expect, it } from 'vitest';
import { isCueWord, isParticipleCue, isSourceCue, isSpanishFiniteCue } from './speech-cues';

const words = (s: string) => s.split(' ').map((key) => ({ key }));

describe('speech cues', () => {
  it('knows English and Spanish speech verbs by their folded keys', () => {
    for (const w of ['said', 'told', 'asserted', 'warned', 'dijo', 'afirmo', 'sostuvo', 'senalo', 'advirtio', 'expreso']) expect(isCueWord(words(w), 0)).toBe(true);
    expect(isCueWord(words('table'), 0)).toBe(false);
  });

  it('does not take "so-called" for a speech verb', () => {
    expect(isCueWord(words('so called'), 1)).toBe(false);
    expect(isCueWord(words('she called'), 1)).toBe(true);
  });

  it('knows cues whose speaker comes after them', () => {
    expect(isSourceCue('according', 'to')).toBe(true);
    expect(isSourceCue('segun', undefined)).toBe(true);
    expect(isSourceCue('according', 'the')).toBe(false);
  });

  it('tells participles and conjugated Spanish verbs apart', () => {
    expect(isParticipleCue('stating')).toBe(true);
    expect(isParticipleCue('diciendo')).toBe(true);
    expect(isParticipleCue('said')).toBe(false);
    expect(isSpanishFiniteCue('subrayo')).toBe(true);
    expect(isSpanishFiniteCue('diciendo')).toBe(false);
  });
});

describe('speech cues in other tenses and moods', () => {
  it('knows Spanish subjunctive and imperfect speech verbs, conjugated ones as finite', () => {
    for (const w of ['dijera', 'dijese', 'afirmara', 'asegurara', 'advirtiera', 'afirmaba']) {
      expect(isCueWord(words(w), 0)).toBe(true);
      expect(isSpanishFiniteCue(w)).toBe(true);
    }
  });

  it('knows compound forms through their participle or infinitive, but not "es decir"', () => {
    expect(isCueWord(words('ha dicho'), 1)).toBe(true);
    expect(isCueWord(words('va a afirmar'), 2)).toBe(true);
    expect(isSpanishFiniteCue('afirmar')).toBe(false);
    expect(isCueWord(words('es decir'), 1)).toBe(false);
    expect(isCueWord(words('would tell'), 1)).toBe(true);
  });

  it('does not take a noun that looks like a verb for a cue', () => {
    expect(isCueWord(words('the claim'), 1)).toBe(false);
  });
});

describe('more Spanish speech verbs', () => {
  it('knows plural and less common conjugated speech verbs', () => {
    for (const w of ['dijeron', 'advirtieron', 'detallo', 'asevero', 'expuso', 'informo']) {
      expect(isCueWord(words(w), 0)).toBe(true);
      expect(isSpanishFiniteCue(w)).toBe(true);
    }
  });
});

describe('rulings stated in words', () => {
  it('takes "found that", "ruled that", "determinó que" for speech, but not "found the"', () => {
    const words = (s: string) => s.split(' ').map((key) => ({ key }));
    expect(isCueWord(words('she found that no'), 1)).toBe(true);
    expect(isCueWord(words('the court ruled that the'), 2)).toBe(true);
    expect(isCueWord(words('la jueza determino que el'), 2)).toBe(true);
    expect(isCueWord(words('investigators found the box'), 1)).toBe(false);
  });
});
