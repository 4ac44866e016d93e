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
