/**
 * Words of a text range, with their offsets in the original text and folded
 * keys. A word is a run of letters, digits and combining marks; invisible
 * characters inside a name ("Clau\u200Bdia") stay part of the word so that the
 * folded key still reads "claudia". One linear regex, no backtracking.
 */
import { foldKey, foldKeepCase } from './fold-text';

export interface WordToken {
  start: number;
  end: number;
  /** Folded, lower case: the matching key. */
  key: string;
  /** Folded, case kept (for acronyms and capitalisation checks). */
  folded: string;
  /** First letter is upper case. */
  capitalized: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** ASCII letters and digits; other characters are looked up once and remembered. */
const nonAsciiWordChar = new Map<number, boolean>();

function isWordCode(text: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = nonAsciiWordChar.get(code);
  if (known === undefined) {
    // Astral letters come as surrogate pairs: judge the whole code point.
    const cp = text.codePointAt(i) ?? code;
    known = WORD_CHAR.test(String.fromCodePoint(cp)) || (code >= 0xdc00 && code <= 0xdfff && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i - 1) ?? code)));
    if (code < 0xd800 || code > 0xdfff) nonAsciiWordChar.set(code, known);
  }
  return known;
}

/** A print line break inside a word: a hyphen ending the line, then the word going on in lower case ("Har-\nfuch", "tra-\nbajo"). */
const LINE_BREAK_HYPHEN = /-[ \t]*\r?\n[ \t]*/gu;
const LOWER = /\p{Ll}/u;

/** Where a word goes on after a hyphen at `i` that ends its line, or -1: "Roe-\nBrask" (a capital goes on) and "2025-\n26" are two words. */
function afterLineBreakHyphen(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j += 1;
  if (text[j] !== '\n') return -1;
  j += 1;
  while (j < end && (text[j] === ' ' || text[j] === '\t')) j += 1;
  return j < end && LOWER.test(text[j] ?? '') ? j : -1;
}

/** A word's text with its print line breaks taken out: "Har-\nfuch" is "Harfuch". */
export function withoutLineBreakHyphens(raw: string): string {
  return raw.includes('\n') ? raw.replace(LINE_BREAK_HYPHEN, (m, offset: number) => (LOWER.test(raw[offset + m.length] ?? '') ? '' : m)) : raw;
}

export function wordTokens(text: string, start: number, end: number): WordToken[] {
  const tokens: WordToken[] = [];
  let i = start;
  while (i < end) {
    let code = text.charCodeAt(i);
    if (!isWordCode(text, i, code)) {
      i += 1;
      continue;
    }
    const tokenStart = i;
    let ascii = true;
    let broken = false;
    for (;;) {
      while (i < end && isWordCode(text, i, (code = text.charCodeAt(i)))) {
        if (code >= 128) ascii = false;
        i += 1;
      }
      // "Har-\nfuch": a word a printed column split at its line end is one word.
      const next = code === 45 && i < end && text.charCodeAt(i) === 45 && i > tokenStart ? afterLineBreakHyphen(text, i, end) : -1;
      if (next === -1) break;
      broken = true;
      i = next;
    }
    const raw = broken ? withoutLineBreakHyphens(text.slice(tokenStart, i)) : text.slice(tokenStart, i);
    const folded = ascii ? raw : foldKeepCase(raw);
    if (folded.length === 0) continue;
    const first = folded.charCodeAt(0);
    tokens.push({
      start: tokenStart,
      end: i,
      key: folded.toLowerCase(),
      folded,
      capitalized: first < 128 ? first >= 65 && first <= 90 : UPPER_FIRST.test(folded),
    });
  }
  return tokens;
}

/** The text between two tokens, folded and with runs of whitespace collapsed to one space. */
export function separatorKey(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 32) return ' ';
  return foldKey(text.slice(from, to)).replace(/\s+/gu, ' ');
}

/** The separators of a phrase written in a data file (an alias), one per gap between words. */
export function phraseParts(phrase: string): { keys: string[]; folded: string[]; separators: string[] } {
  const tokens = wordTokens(phrase, 0, phrase.length);
  const separators: string[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const prev = tokens[i - 1];
    const cur = tokens[i];
    if (prev && cur) separators.push(separatorKey(phrase, prev.end, cur.start));
  }
  return { keys: tokens.map((t) => t.key), folded: tokens.map((t) => t.folded), separators };
}
