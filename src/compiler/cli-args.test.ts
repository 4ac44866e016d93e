import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it('compiles data/documents into public/timeline.json by default', () => {
    expect(parseCliArgs([])).toMatchObject({ ok: true, options: { docs: 'data/documents', out: 'public/timeline.json', data: 'data', cacheDir: '.cache/compile', watch: false } });
  });

  it('accepts the --docs DIR --out FILE form used on other corpora', () => {
    expect(parseCliArgs(['--docs', 'other', '--out', '/tmp/t.json', '--watch', '--no-cache'])).toMatchObject({
      ok: true,
      options: { docs: 'other', out: '/tmp/t.json', watch: true, cacheDir: null },
    });
  });

  it('refuses unknown options and bad sizes instead of ignoring them', () => {
    expect(parseCliArgs(['--doc', 'x']).ok).toBe(false);
    expect(parseCliArgs(['stray']).ok).toBe(false);
    expect(parseCliArgs(['--max-file-size', '-1']).ok).toBe(false);
    expect(parseCliArgs(['--max-file-size', '0.5'])).toMatchObject({ ok: true, options: { maxFileSize: 524288 } });
  });
});
