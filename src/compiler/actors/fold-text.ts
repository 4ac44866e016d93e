/**
 * Folding for name matching: case, diacritics, Unicode normal form and invisible
 * characters must not stop "Gómez" (NFC), "Go\u0301mez" (NFD), "GÓMEZ" and
 * "Gó\u200Bmez" from being the same name. Folding is per token, so offsets stay
 * in the original text.
 */

/** Zero-width characters, soft hyphen, bidi embeddings/overrides/isolates and marks, BOM. */
export const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

const COMBINING = /\p{M}/gu;
const ASCII_PLAIN = /^[\x20-\x7e]*$/;

/** Removes invisible characters (zero-width, bidi controls) without folding anything else. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Case-preserving fold: no diacritics, no invisibles, typographic apostrophes made straight. */
export function foldKeepCase(text: string): string {
  if (ASCII_PLAIN.test(text)) return text;
  return text.normalize('NFD').replace(COMBINING, '').replace(INVISIBLE, '').replace(/[\u2018\u2019\u02bc]/gu, "'");
}

/** The matching key of a word or phrase. */
export function foldKey(text: string): string {
  return foldKeepCase(text).toLowerCase();
}

/** The folded words (letters and digits) of a text: "Ana Ruiz-Pérez:" gives ana, ruiz, perez. */
export function foldedWords(text: string): string[] {
  return foldKey(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
