/**
 * Bytes → text. Decides which encoding a file is in and refuses to guess when it
 * cannot tell: UTF-8 (with or without BOM) and UTF-16 (with a BOM, or recognised
 * by its NUL pattern) are decoded strictly; invalid UTF-8 is read as
 * Windows-1252 only when it looks like that (isolated high bytes, no valid UTF-8
 * sequences anywhere); anything else is skipped with a warning that points at the
 * first bad byte. A decoder never substitutes U+FFFD silently.
 */
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic } from '../model';

export type DecodeResult =
  | { ok: true; text: string; encoding: string; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Node's TextDecoder treats
// the "windows-1252" label as Latin-1 in some builds, so the table is explicit.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? '') : String.fromCharCode(b))).join('');
  }
  return out;
}

/** Length of a valid UTF-8 sequence starting at i, or 0 when the bytes there are invalid or truncated. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const cont = (k: number): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= 0x80 && c <= 0xbf;
  };
  const b1 = bytes[i + 1] ?? 0;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    if (b === 0xe0 && b1 < 0xa0) return 0;
    if (b === 0xed && b1 > 0x9f) return 0; // UTF-16 surrogates encoded as UTF-8
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (b === 0xf0 && b1 < 0x90) return 0;
    if (b === 0xf4 && b1 > 0x8f) return 0;
    return 4;
  }
  return 0;
}

/** Scans bytes as UTF-8: the first invalid offset (or -1) and whether any multi-byte sequence is valid. */
export function scanUtf8(bytes: Uint8Array): { firstInvalid: number; hasMultiByte: boolean } {
  let hasMultiByte = false;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) {
      if (firstInvalid === -1) firstInvalid = i;
      i += 1;
      continue;
    }
    if (n > 1) hasMultiByte = true;
    i += n;
  }
  return { firstInvalid, hasMultiByte };
}

/**
 * Line and column (1-based, in UTF-16 code units of the text as it will be normalised:
 * CRLF and lone CR count as one line break) of a byte offset in a byte string
 * whose prefix up to that offset is valid in `encoding`.
 */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = prefix.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1] ?? '';
  return { line: lines.length, column: last.length + 1 };
}

function looksLikeWindows1252(bytes: Uint8Array, hasMultiByte: boolean): boolean {
  if (hasMultiByte) return false;
  let high = 0;
  let adjacentHigh = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    if (UNDEFINED_IN_1252.has(b)) return false;
    high += 1;
    if ((bytes[i + 1] ?? 0) >= 0x80) adjacentHigh += 1;
  }
  // Western text in 1252 has isolated accented letters and punctuation; runs of
  // high bytes are what other encodings (or binary data) look like.
  return high > 0 && high / bytes.length < 0.2 && adjacentHigh / high < 0.5;
}

/** UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte. */
export function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 8192);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  const pairs = Math.floor(sample / 2);
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Binary data: many NUL or control bytes that no text file carries (a stray one is stripped later). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 65536);
  let nul = 0;
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) nul += 1;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls += 1;
  }
  return nul > 16 || (sample > 0 && (nul + controls) / sample > 0.02);
}

const SKIP_ADVICE = 'Save the file as UTF-8 and compile again.';

export function decodeBytes(bytes: Uint8Array, path: string): DecodeResult {
  const diagnostics: Diagnostic[] = [];
  const b0 = bytes[0];
  const b1 = bytes[1];
  let utf16: 'utf-16le' | 'utf-16be' | null = null;
  if (b0 === 0xff && b1 === 0xfe) utf16 = 'utf-16le';
  else if (b0 === 0xfe && b1 === 0xff) utf16 = 'utf-16be';
  else {
    utf16 = detectBomlessUtf16(bytes);
    if (utf16) {
      diagnostics.push(
        diagnostic('info', 'utf16-without-bom', `Read as ${utf16.toUpperCase()} (no byte order mark, recognised by its NUL bytes).`, path, { line: 1, column: 1 }),
      );
    }
  }
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      return { ok: true, text, encoding: utf16, diagnostics };
    } catch {
      return {
        ok: false,
        diagnostics: [
          diagnostic('warning', 'invalid-utf16', `Skipped: the file is not valid ${utf16.toUpperCase()} (odd length or an unpaired surrogate). ${SKIP_ADVICE}`, path, { line: 1, column: 1 }),
        ],
      };
    }
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      diagnostics: [
        diagnostic('warning', 'binary-file', 'Skipped: the file holds binary data (NUL or control bytes), not text. Remove it from the documents folder or save the article as text.', path, { line: 1, column: 1 }),
      ],
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8', diagnostics };
  } catch {
    const { firstInvalid, hasMultiByte } = scanUtf8(bytes);
    const at = bytePosition(bytes, Math.max(firstInvalid, 0));
    const byte = (bytes[firstInvalid] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    if (looksLikeWindows1252(bytes, hasMultiByte)) {
      const text = decodeWindows1252(bytes);
      diagnostics.push(
        diagnostic('warning', 'windows-1252', `Not valid UTF-8 (byte 0x${byte}); read as Windows-1252. Save the file as UTF-8 to silence this warning.`, path, at),
      );
      return { ok: true, text, encoding: 'windows-1252', diagnostics };
    }
    const truncated = firstInvalid >= 0 && bytes.length - firstInvalid < 4 && isTruncatedTail(bytes, firstInvalid);
    const what = truncated ? 'ends in the middle of a UTF-8 character (truncated file)' : `holds invalid UTF-8 (byte 0x${byte})`;
    return {
      ok: false,
      diagnostics: [diagnostic('warning', 'invalid-utf8', `Skipped: the file ${what}. ${SKIP_ADVICE}`, path, at)],
    };
  }
}

function isTruncatedTail(bytes: Uint8Array, from: number): boolean {
  const lead = bytes[from] ?? 0;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  return need > bytes.length - from;
}
