import { describe, expect, it } from 'vitest';
import { duplicateKey, nearDuplicateFinder } from './duplicates';

describe('duplicate paragraphs', () => {
  it('gives the same key to NFC/NFD, curly/straight quotes and extra spaces', () => {
    expect(duplicateKey('Dijo “sí”   a  la reforma.')).toBe(duplicateKey('Dijo "sí" a la reforma'));
    expect(duplicateKey('Nicolás')).toBe(duplicateKey('Nicola\u0301s'));
  });

  it('finds a paragraph repeated with a small edit, but not a different one', () => {
    const finder = nearDuplicateFinder();
    const a = '"We will not allow anyone to violate our sovereignty," Okafor told reporters. Halloran, speaking in Veracruz Norte, said the proposal was the only realistic option.';
    const b = a.replace('Veracruz Norte', 'Halden City');
    const c = '"We will not allow anyone to violate our sovereignty," Okafor told reporters. Later the ministry published a long statement on tariffs and on the cost of the new border posts.';
    expect(finder.check(0, duplicateKey(a))).toBeUndefined();
    expect(finder.check(1, duplicateKey(b))).toBe(0);
    expect(finder.check(2, duplicateKey(c))).toBeUndefined();
  });

  it('never treats short lines as near duplicates', () => {
    const finder = nearDuplicateFinder();
    expect(finder.check(0, duplicateKey('Sheinbaum rejects the offer'))).toBeUndefined();
    expect(finder.check(1, duplicateKey('Sheinbaum rejects the plan'))).toBeUndefined();
  });
});
