import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLinePack, updateLinePack } from './line-pack';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'line-pack-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const text = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? new Uint8Array()).toString('utf8');

describe('updateLinePack', () => {
  it('appends entries held as UTF-8 bytes exactly as the same entries held as text', async () => {
    const entries: [string, string][] = [
      ['k1', '{"title":"La canciller Marta Quiroga rechazó la propuesta"}'],
      ['k2', '{"title":"Talks in Port Ellis — «no» to tariffs"}'],
    ];
    const asText = path.join(dir, 'text.pack');
    const asBytes = path.join(dir, 'bytes.pack');
    const none = async (): Promise<Map<string, Uint8Array>> => new Map();
    await updateLinePack(asText, new Set(), new Map(entries), new Set(['k1', 'k2']), none);
    await updateLinePack(asBytes, new Set(), new Map(entries.map(([k, v]) => [k, Buffer.from(v, 'utf8')])), new Set(['k1', 'k2']), none);
    expect(await fs.readFile(asBytes)).toEqual(await fs.readFile(asText));
    const read = await readLinePack(asBytes);
    expect(text(read.get('k1'))).toBe(entries[0]?.[1]);
    expect(text(read.get('k2'))).toBe(entries[1]?.[1]);
  });

  it('keeps only the used entries, bytes and text alike, when it rewrites the pack', async () => {
    const pack = path.join(dir, 'cache.pack');
    await updateLinePack(pack, new Set(), new Map([['old', '{"a":1}'], ['gone', '{"b":2}']]), new Set(['old', 'gone']), async () => new Map());
    const after = await updateLinePack(pack, new Set(['old', 'gone']), new Map([['new', Buffer.from('{"c":"ñ"}', 'utf8')]]), new Set(['new']), () => readLinePack(pack));
    expect([...after].sort()).toEqual(['new']);
    const read = await readLinePack(pack);
    expect([...read.keys()]).toEqual(['new']);
    expect(text(read.get('new'))).toBe('{"c":"ñ"}');
  });
});
