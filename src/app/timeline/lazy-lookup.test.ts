import { describe, expect, it, vi } from 'vitest';
import { lazyLookup } from './lazy-lookup';

describe('a lookup built on first use', () => {
  it('builds its index only when something is looked up, and only once', () => {
    const build = vi.fn(() => new Map([['a', 1]]));
    const get = lazyLookup(build);
    expect(build).not.toHaveBeenCalled();
    expect(get('a')).toBe(1);
    expect(get('b')).toBeUndefined();
    expect(build).toHaveBeenCalledTimes(1);
  });
});
