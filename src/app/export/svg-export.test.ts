import { describe, expect, it } from 'vitest';
import { wrapText } from './svg-export';
import { fileStem } from './download';

describe('image text', () => {
  it('wraps a long title at spaces and marks what was cut', () => {
    expect(wrapText('one two three four five six', 9)).toEqual(['one two', 'three', 'four five…']);
    expect(wrapText('short', 20)).toEqual(['short']);
  });

  it('breaks an unbroken token instead of overflowing', () => {
    const lines = wrapText('x'.repeat(50), 20, 5);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join('')).toBe('x'.repeat(50));
  });
});

describe('file names', () => {
  it('derives a plain file name from any title', () => {
    expect(fileStem('Cronología: México & EE. UU.')).toBe('cronologia-mexico-ee-uu');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('<<>>')).toBe('cronologia');
  });
});
