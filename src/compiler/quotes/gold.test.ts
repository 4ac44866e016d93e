import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registryFrom, whoSaidWhat } from '../fixtures/who-said-what';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const gold = JSON.parse(readFileSync(`${root}data/gold/seeds.json`, 'utf8')) as {
  quotes: { doc: string; speaker: string | null; quote_start: string; direct: boolean }[];
};
const registry = registryFrom(readFileSync(`${root}data/actors.yaml`, 'utf8'));

function score() {
  const cache = new Map<string, ReturnType<typeof whoSaidWhat>>();
  let found = 0;
  let right = 0;
  const misses: string[] = [];
  for (const g of gold.quotes) {
    let result = cache.get(g.doc);
    if (!result) {
      result = whoSaidWhat(readFileSync(`${root}data/documents/${g.doc}`, 'utf8'), registry, g.doc);
      cache.set(g.doc, result);
    }
    const match = result.said.find(([, text]) => text.includes(g.quote_start));
    if (!match) {
      misses.push(`not found: ${g.quote_start}`);
      continue;
    }
    found += 1;
    if (match[0] === g.speaker) right += 1;
    else misses.push(`"${g.quote_start}" attributed to ${match[0] ?? 'nobody'}, gold says ${g.speaker ?? 'nobody'}`);
  }
  return { found, right, total: gold.quotes.length, misses };
}

describe('quotes in the seed articles against the gold', () => {
  const { found, right, total, misses } = score();

  it('finds every gold quote', () => {
    expect(misses.filter((m) => m.startsWith('not found'))).toEqual([]);
    expect(found).toBe(total);
  });

  it('attributes at least 90% of them to the gold speaker', () => {
    expect(right / total, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('takes every gold speaker name from the actor file', () => {
    const names = new Set(registry.actors.map((a) => a.name));
    for (const g of gold.quotes) if (g.speaker) expect(names).toContain(g.speaker);
  });
});
