/**
 * A country's foreign ministry named with that country: "the Japanese Foreign
 * Ministry", "Japan's Foreign Ministry", "the Ministry of Foreign Affairs of
 * Ecuador", "el Ministerio de Relaciones Exteriores de Perú", "la cancillería
 * boliviana". The actor file lists one country's ministry by its own names; any
 * other country's speaks for that country and is a body of its own, with the
 * country set. Only a head word with a demonym or a country in the words right
 * around it counts: a bare "the Foreign Ministry" names no country and is left
 * to the other rules.
 */
import { demonymCountry } from './actor-lexicon';
import type { ParagraphWords } from './paragraph-words';

/** The ministry's words (folded keys), English and Spanish. */
const HEADS: readonly (readonly string[])[] = [
  ['ministry', 'of', 'foreign', 'affairs'],
  ['foreign', 'affairs', 'ministry'],
  ['foreign', 'ministry'],
  ['foreign', 'office'],
  ['ministerio', 'de', 'relaciones', 'exteriores'],
  ['ministerio', 'de', 'asuntos', 'exteriores'],
  ['ministerio', 'de', 'exteriores'],
  ['cancilleria'],
];
/** Heads that may be written in lower case ("la cancillería boliviana"); an English head is a capitalised name. */
const LOWER_CASE_HEADS = new Set(['cancilleria', 'ministerio']);
const OF = new Set(['of', 'de', 'del']);
const APOSTROPHES = new Set(["'", '\u2019']);

export interface ForeignMinistry {
  /** Token index of the first word (the demonym, the country or the head). */
  first: number;
  last: number;
  country: string;
}

/** The head that starts at token `i`: the index of its last word, or -1. */
function headAt(p: ParagraphWords, i: number): number {
  for (const head of HEADS) {
    const fits = head.every((key, k) => {
      const t = p.tokens[i + k];
      return t !== undefined && t.key === key && (k === 0 || p.separators[i + k] === ' ');
    });
    if (!fits) continue;
    const first = p.tokens[i];
    if (first && !first.capitalized && !LOWER_CASE_HEADS.has(first.key)) continue;
    return i + head.length - 1;
  }
  return -1;
}

/** "Japanese Foreign Ministry", "Japan's Foreign Ministry": the country written before the head at `i`, with its first token. */
function countryBefore(p: ParagraphWords, i: number): { first: number; country: string } | null {
  const before = p.tokens[i - 1];
  if (!before) return null;
  if (before.key === 's' && APOSTROPHES.has(p.separators[i - 1] ?? '') && p.separators[i] === ' ') {
    const owner = p.tokens[i - 2];
    const country = owner?.capitalized ? demonymCountry(owner.key) : null;
    return country ? { first: i - 2, country } : null;
  }
  const country = before.capitalized && p.separators[i] === ' ' ? demonymCountry(before.key) : null;
  return country ? { first: i - 1, country } : null;
}

/** "… of Ecuador", "… de Perú", "… japonés": the country written after the head ending at `last`, with the last token. */
function countryAfter(p: ParagraphWords, last: number): { last: number; country: string } | null {
  const next = p.tokens[last + 1];
  if (!next || p.separators[last + 1] !== ' ') return null;
  if (OF.has(next.key)) {
    const article = p.tokens[last + 2]?.key === 'the' ? 1 : 0;
    const place = p.tokens[last + 2 + article];
    const country = place?.capitalized && p.separators[last + 2 + article] === ' ' ? demonymCountry(place.key) : null;
    return country ? { last: last + 2 + article, country } : null;
  }
  // A Spanish demonym follows its noun in lower case: "el Ministerio de Asuntos Exteriores japonés".
  const country = next.capitalized ? null : demonymCountry(next.key);
  return country ? { last: last + 1, country } : null;
}

/** Foreign ministries named with their country in a paragraph, over words not `covered` by a known actor. */
export function foreignMinistries(p: ParagraphWords, covered: readonly boolean[]): ForeignMinistry[] {
  const out: ForeignMinistry[] = [];
  for (let i = 0; i < p.tokens.length; i += 1) {
    const last = headAt(p, i);
    if (last === -1) continue;
    const before = countryBefore(p, i);
    const after = before ? null : countryAfter(p, last);
    const found = before ? { first: before.first, last, country: before.country } : after ? { first: i, last: after.last, country: after.country } : null;
    // The country itself may be a listed actor ("Colombia's Ministry of Foreign Affairs"): only the head must be free.
    if (found && !covered.slice(i, last + 1).some(Boolean)) out.push(found);
    if (found) i = found.last;
  }
  return out;
}
