import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

/** The guess as first written, with a regular expression over the lower-cased sample: the scan must agree with it. */
function byRegex(text: string): 'en' | 'es' {
  const en = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'by', 'he', 'she', 'has', 'have', 'are', 'this', 'from', 'which', 'would', 'not', 'be', 'an', 'at', 'its', 'said']);
  const es = new Set(['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'se', 'por', 'un', 'una', 'con', 'para', 'es', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ha', 'fue', 'dijo', 'este', 'esta', 'sobre']);
  let nEn = 0;
  let nEs = 0;
  const sample = (text.length > 6000 ? text.slice(0, 6000) : text).toLowerCase();
  for (const m of sample.matchAll(/[a-zñáéíóúü]+/g)) {
    if (en.has(m[0])) nEn += 1;
    if (es.has(m[0])) nEs += 1;
  }
  if (/[ñ¿¡]/u.test(sample)) nEs += 2;
  return nEs > nEn ? 'es' : 'en';
}

describe('detectLanguage', () => {
  it('tells an English article from a Spanish one by their common words', () => {
    expect(detectLanguage('Senator Ilse Marrow said on Tuesday that the plan would not pass, and that it was too late for a vote.')).toBe('en');
    expect(detectLanguage('La senadora Ilse Marrow dijo el martes que el plan no pasará y que es tarde para una votación.')).toBe('es');
    expect(detectLanguage('EL MINISTRO DIJO QUE LA REUNIÓN FUE CANCELADA POR LA LLUVIA.')).toBe('es');
  });

  it('gives the guess of a regular-expression word match on any text, capitals, accents, marks and long words included', () => {
    const words = ['the', 'The', 'THE', 'which', 'Which', 'whichever', 'de', 'DE', 'más', 'MÁS', 'mas', 'más', 'sobre', 'sobresale', 'dijo', 'DIJO', 'año', 'ÑANDÚ', 'İt', 'ß', 'ﬁ', 'x\u0301', '¿', '¡', 'said', 'sa\u200bid', 'über', 'Ünder', 'y', 'a', '2026', 'e'];
    const gap = fc.constantFrom(' ', ', ', '\n', '-', '\u00a0', '', '.', '«', '’');
    const text = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 3 })), gap), { maxLength: 40 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(fc.property(text, (t) => detectLanguage(t) === byRegex(t)), { numRuns: 2000 });
  });

  it('reads only the first 6,000 characters, as before', () => {
    const spanishTail = `${'the plan '.repeat(700)}${'de la que el '.repeat(400)}`;
    expect(detectLanguage(spanishTail)).toBe(byRegex(spanishTail));
    expect(detectLanguage(spanishTail)).toBe('en');
  });
});
