import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { stringTable } from './shared-strings';

/** A copy as a worker's reply arrives: every string stored anew. */
const copied = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('string table', () => {
  it('leaves every value equal to what it was', () => {
    const value = { kind: 'body', words: ['tariffs', 'talks', 'tariffs'], nested: [{ rule: 'noise-block', n: 3, ok: true, none: null }], long: 'x'.repeat(200) };
    const expected = structuredClone(value);
    const shared = stringTable().share(copied(value));
    expect(shared).toEqual(expected);
    expect(Object.keys(shared)).toEqual(Object.keys(expected));
  });

  it('does not keep long strings such as titles and messages', () => {
    const table = stringTable();
    table.share(copied({ title: 'A long headline about the talks between two ministers on Monday', kind: 'body' }));
    expect(table.size).toBe(1);
  });
});
