import { describe, expect, it } from 'vitest';
import { memoFromJson, memoToJson, type AssemblyMemo } from './assembly-memo';

const memo: AssemblyMemo = {
  keys: new Map([['a.txt', 'k1'], ['b.txt', 'k2']]),
  duplicates: { found: new Map(), linked: new Set() },
  relevant: new Map([['k1', [true, false]], ['k2', [true]]]),
  traits: new Map(),
  clusters: [['a.txt#0', 'b.txt#0']],
  reports: {
    order: ['b.txt#0', 'a.txt#1', 'a.txt#0'],
    keys: [
      { keys: ['call|ana-ruiz|2031-03', 'call|c|b.txt'], toldKeys: [], anyMonth: ['call|ana-ruiz|*'], toldAnyMonth: [] },
      { keys: ['said|c|a.txt'], toldKeys: ['call|ana-ruiz|2031-03'], anyMonth: [], toldAnyMonth: ['call|ana-ruiz|*'] },
      { keys: ['call|ana-ruiz|2031-03', 'call|c|a.txt'], toldKeys: [], anyMonth: ['call|ana-ruiz|*'], toldAnyMonth: [] },
    ],
  },
};

describe('the stored assembly memo', () => {
  it('keeps the reports in merge order with their index keys, each distinct key stored once', () => {
    const json = memoToJson(memo);
    expect(memoFromJson(json)?.reports).toEqual(memo.reports);
    expect(json.match(/call\|ana-ruiz\|2031-03/g)).toHaveLength(1);
    const { reports: _none, ...withoutReports } = memo;
    expect(memoFromJson(memoToJson(withoutReports))?.reports).toBeUndefined();
  });

  it('drops reports whose keys do not add up, and keeps the rest of the memo', () => {
    const stored = JSON.parse(memoToJson(memo)) as { reports: { keys: string; order: string[] } };
    const numbers = (s: typeof stored): number[] => [...new Uint32Array(new Uint8Array(Buffer.from(s.reports.keys, 'base64')).buffer)];
    const encode = (values: number[]): string => Buffer.from(Uint32Array.from(values).buffer).toString('base64');
    const damages: ((s: typeof stored) => void)[] = [
      (s) => (s.reports.keys = encode([...numbers(s), 0])),
      (s) => (s.reports.keys = encode(numbers(s).slice(0, -1))),
      (s) => (s.reports.keys = s.reports.keys.slice(4)),
      (s) => s.reports.order.push('c.txt#0'),
      (s) => (s.reports.keys = encode(numbers(s).map((n, k) => (k === 1 ? 99 : n)))),
      (s) => (s.reports.keys = encode(numbers(s).map((n, k) => (k === 0 ? 2 ** 32 - 1 : n)))),
    ];
    for (const damage of damages) {
      const copy = structuredClone(stored);
      damage(copy);
      const read = memoFromJson(JSON.stringify(copy));
      expect(read?.clusters).toEqual(memo.clusters);
      expect(read?.reports).toBeUndefined();
    }
  });
});
