import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('gives CRLF, lone CR and mixed line endings the same text as LF', () => {
    const lf = 'Title\n\nFirst line.\nSecond line.\n';
    for (const variant of ['Title\r\n\r\nFirst line.\r\nSecond line.\r\n', 'Title\r\rFirst line.\rSecond line.\r', 'Title\r\n\rFirst line.\nSecond line.\r\n']) {
      expect(normalizeText(variant, 'a.txt').text).toBe(lf);
    }
  });

  it('removes NUL and control characters with one warning at the first of them', () => {
    const result = normalizeText('Title\nab\u0000c\u0007d\te\n', 'a.txt');
    expect(result.text).toBe('Title\nabcd\te\n');
    expect(result.diagnostics).toMatchObject([{ severity: 'warning', rule: 'control-characters', line: 2, column: 3 }]);
    expect(result.diagnostics[0]?.message).toMatch(/^Removed 2 /);
  });

  it('removes zero-width and bidi controls hidden inside a name', () => {
    const result = normalizeText('Ana\u200B Mar\u202Eía\u202C López dijo\n', 'a.txt');
    expect(result.text).toBe('Ana María López dijo\n');
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['invisible-characters']);
  });

  it('keeps the zero-width joiner that emoji sequences need', () => {
    const family = '👨\u200D👩\u200D👧';
    expect(normalizeText(family, 'a.txt').text).toBe(family);
  });

  it('turns an NFD quote into the same string as its NFC form', () => {
    const nfc = '“Señor, acción”'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(normalizeText(nfd, 'a.txt').text).toBe(nfc);
  });
});
