/**
 * Decoded text → the canonical text every offset indexes. Line endings become LF
 * (CRLF, lone CR and mixed files give the same text as an LF file), control
 * characters other than tab and newline are removed, invisible format characters
 * that can disguise a name (zero-width spaces, soft hyphens, bidi embeddings and
 * overrides) are removed, and the result is put in Unicode NFC so that the same
 * quote typed in NFD compares equal. Each removal is reported once per document
 * with the position of the first occurrence; nothing is removed silently.
 */
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic, positionAt } from '../model';

// C0 controls except \t and \n (CR is gone by then), DEL and C1 controls.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Zero-width space, word joiner, BOM inside text, soft hyphen, bidi marks,
// embeddings, overrides and isolates. ZWJ/ZWNJ stay: emoji and several scripts need them.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function removeAll(
  text: string,
  pattern: RegExp,
  report: (count: number, at: { line: number; column: number }) => Diagnostic,
  out: Diagnostic[],
): string {
  pattern.lastIndex = 0;
  const first = pattern.exec(text);
  if (!first) return text;
  const at = positionAt(text, first.index);
  let count = 0;
  const cleaned = text.replace(pattern, () => {
    count += 1;
    return '';
  });
  out.push(report(count, at));
  return cleaned;
}

export function normalizeText(decoded: string, path: string): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let text = normalizeLineEndings(decoded.replace(/^\uFEFF/, ''));
  text = removeAll(
    text,
    CONTROL,
    (n, at) => diagnostic('warning', 'control-characters', `Removed ${n} control character(s) (NUL or similar) that a text file should not hold. Check the file was saved as plain text.`, path, at),
    diagnostics,
  );
  text = removeAll(
    text,
    INVISIBLE,
    (n, at) => diagnostic('info', 'invisible-characters', `Removed ${n} invisible formatting character(s) (zero-width, soft hyphen or bidi control) so that names match and text cannot be reordered on screen.`, path, at),
    diagnostics,
  );
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    let i = 0;
    while (i < text.length && text[i] === nfc[i]) i += 1;
    diagnostics.push(diagnostic('info', 'unicode-normalized', 'Text converted to Unicode NFC (composed accents) so that identical words compare equal.', path, positionAt(text, i)));
    text = nfc;
  }
  return { text, diagnostics };
}
