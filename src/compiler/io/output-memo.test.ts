import { describe, expect, it } from 'vitest';
import { outputMemo, sameJson, type OutputMemo } from './output-memo';
import type { ArrayField } from './schema-check';

const event = (id: string, title: string, start = '2025-04-14'): Record<string, unknown> => ({
  id,
  type: 'call',
  title,
  date: { start, precision: 'day', basis: 'stated' },
  sources: [{ document: 'd1', start: 10, end: 42, text: 'Senator Lena Varga called the mayor.' }],
});

/** Writes a list as the writer does (stored JSON when there is some, else serialised); returns which items were serialised. */
function write(memo: OutputMemo, field: ArrayField, items: readonly unknown[]): { json: string; serialised: number[] } {
  const serialised: number[] = [];
  const pieces = items.map((item, i) => {
    const bytes = memo.stored(field, item);
    if (bytes) {
      memo.kept(field, item, bytes);
      return Buffer.from(bytes).toString('utf8');
    }
    serialised.push(i);
    const json = JSON.stringify(item);
    memo.made(field, item, json, Buffer.from(json, 'utf8'));
    return json;
  });
  return { json: `[${pieces.join(',')}]`, serialised };
}

describe('sameJson', () => {
  it('is true only for values that JSON writes the same, keys in order', () => {
    expect(sameJson(event('ev-1', 'Varga calls the mayor'), event('ev-1', 'Varga calls the mayor'))).toBe(true);
    expect(sameJson(event('ev-1', 'Varga calls the mayor'), event('ev-1', 'Varga llama al alcalde'))).toBe(false);
    expect(sameJson({ start: 1, end: 2 }, { end: 2, start: 1 })).toBe(false);
    expect(sameJson({ sources: [{ start: 1 }] }, { sources: [{ start: 1 }, { start: 2 }] })).toBe(false);
    expect(sameJson({ date: { start: '2025-04-14' } }, { date: { start: '2025-04-15' } })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});

describe('the output memo of a long-lived compiler', () => {
  it('writes unchanged items from their stored JSON and serialises changed, new and moved ones, with the bytes of a fresh serialisation', () => {
    const memo = outputMemo();
    const before = [event('ev-a', 'Varga calls the mayor', '2025-04-01'), event('ev-b', 'Odell visits the port', '2025-04-02'), event('ev-c', 'Sotelo rechaza el plan', '2025-04-03'), event('ev-d', 'Brandt meets Okafor', '2025-04-04')];
    write(memo, 'events', before);
    memo.commit();
    const after = [
      event('ev-0', 'Ferrán opens the port', '2025-03-30'),
      before[0],
      // Changed in place, then one removed (ev-c) and one moved later in the order.
      event('ev-b', 'Odell leaves the port', '2025-04-02'),
      event('ev-d', 'Brandt meets Okafor', '2025-04-09'),
    ];
    const second = write(memo, 'events', after);
    expect(second.json).toBe(JSON.stringify(after));
    expect(second.serialised).toEqual([0, 2, 3]);
    memo.commit();
    expect(write(memo, 'events', after).serialised).toEqual([]);
  });

  it('tells apart diagnostics at one place by their message', () => {
    const memo = outputMemo();
    const at = { severity: 'info', rule: 'noise-block', document: 'a.txt', line: 3, column: 1 };
    write(memo, 'diagnostics', [{ ...at, message: 'cookie banner' }, { ...at, message: 'share line' }]);
    memo.commit();
    expect(write(memo, 'diagnostics', [{ ...at, message: 'comment form' }, { ...at, message: 'share line' }]).serialised).toEqual([0]);
  });

  it('compares with the last written output when a build wrote nothing', () => {
    const memo = outputMemo();
    write(memo, 'events', [event('ev-a', 'Varga calls the mayor')]);
    memo.commit();
    write(memo, 'events', [event('ev-a', 'Varga llama al alcalde')]);
    memo.discard();
    expect(write(memo, 'events', [event('ev-a', 'Varga calls the mayor')]).serialised).toEqual([]);
  });
});
