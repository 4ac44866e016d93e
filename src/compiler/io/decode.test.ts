import { describe, expect, it } from 'vitest';
import { decodeBytes, detectBomlessUtf16 } from './decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
function utf16(s: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (code: number): void => {
    if (endian === 'le') {
      out[o++] = code & 0xff;
      out[o++] = code >> 8;
    } else {
      out[o++] = code >> 8;
      out[o++] = code & 0xff;
    }
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
  return out;
}

const article = 'Título\n\nEl ministro dijo: “Nunca aceptaremos tropas”.\n';

describe('decodeBytes', () => {
  it('reads UTF-8 with a BOM exactly like UTF-8 without one', () => {
    const plain = decodeBytes(utf8(article), 'a.txt');
    const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(article)]), 'a.txt');
    expect(plain.ok && bom.ok && bom.text === plain.text).toBe(true);
    expect(bom.ok && bom.diagnostics).toEqual([]);
  });

  it.each([
    ['little-endian with BOM', 'le', true],
    ['big-endian with BOM', 'be', true],
    ['little-endian without BOM', 'le', false],
    ['big-endian without BOM', 'be', false],
  ] as const)('decodes UTF-16 %s to the same text', (_name, endian, bom) => {
    const result = decodeBytes(utf16(article, endian, bom), 'a.txt');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text.replace(/^\uFEFF/, '')).toBe(article);
    if (!bom && result.ok) expect(result.diagnostics.map((d) => d.rule)).toEqual(['utf16-without-bom']);
  });

  it('does not take ordinary UTF-8 for BOM-less UTF-16', () => {
    expect(detectBomlessUtf16(utf8('plain text here, nothing odd'))).toBeNull();
  });

  it('reads Windows-1252 curly quotes with a warning at the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('Title\n\nHe said '), 0x93, ...utf8('never'), 0x94, ...utf8('.\n')]);
    const result = decodeBytes(bytes, 'w.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe('Title\n\nHe said “never”.\n');
    expect(result.diagnostics).toMatchObject([{ severity: 'warning', rule: 'windows-1252', line: 3, column: 9 }]);
  });

  it('skips invalid UTF-8 with a warning naming line and column instead of inserting U+FFFD', () => {
    const bytes = new Uint8Array([...utf8('Título\nañadió '), 0xc3, 0x28, ...utf8(' fin\n')]);
    const result = decodeBytes(bytes, 'bad.txt');
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toMatchObject([{ severity: 'warning', rule: 'invalid-utf8', document: 'bad.txt', line: 2, column: 8 }]);
    expect(result.diagnostics[0]?.message).toMatch(/UTF-8/);
  });

  it('skips a file truncated in the middle of a character', () => {
    const bytes = utf8('Title\nsmile 😀').slice(0, -2);
    const result = decodeBytes(bytes, 't.txt');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.message).toMatch(/truncated/);
    expect(result.diagnostics[0]).toMatchObject({ line: 2, column: 7 });
  });

  it('refuses UTF-8-encoded surrogates, so a lone surrogate cannot enter the text', () => {
    const result = decodeBytes(new Uint8Array([...utf8('a '), 0xed, 0xa0, 0x80, ...utf8(' b')]), 's.txt');
    expect(result.ok).toBe(false);
  });

  it('refuses UTF-16 holding an unpaired surrogate', () => {
    const result = decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), 's.txt');
    expect(result.ok).toBe(false);
  });

  it('skips binary data named .txt', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(0), 0x49, 0x48, 0x44, 0x52]);
    const result = decodeBytes(png, 'image.txt');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.rule).toBe('binary-file');
  });

  it('keeps text with one stray NUL for the normaliser to clean', () => {
    const result = decodeBytes(utf8(`Title\n\n${'Body text. '.repeat(20)}\u0000 end\n`), 'n.txt');
    expect(result.ok).toBe(true);
  });
});
