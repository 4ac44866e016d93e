import { describe, expect, it } from 'vitest';
import { assignDocumentIds, slugifyPath } from './document-id';

describe('document ids', () => {
  it('derives an id from the relative path', () => {
    expect(slugifyPath('2025/Entrevista Señor_López.txt')).toBe('2025-entrevista-senor-lopez');
    expect(slugifyPath('!!!.txt')).toBe('doc');
  });

  it('gives the same ids whatever order the files are listed in', () => {
    const paths = ['a.txt', 'a.md', 'A.html', 'b/c.txt', 'b-c.txt'];
    const one = assignDocumentIds(paths);
    const two = assignDocumentIds([...paths].reverse());
    expect([...two.entries()].sort()).toEqual([...one.entries()].sort());
    expect(new Set(one.values()).size).toBe(paths.length);
  });
});
