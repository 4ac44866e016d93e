import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchTimeline, hasEarlyFetch, type EarlyFetch } from './early-fetch';

const SCRIPT = readFileSync(resolve(import.meta.dirname, '../../../public/early-fetch.js'), 'utf8');

/** Runs the page's early script for `url`; returns the address it started to download, if any. */
function earlyHref(url: string): string | null {
  const requested: string[] = [];
  const win: { __cronologiaEarlyFetch?: EarlyFetch } = {};
  const location = new URL(url);
  runInNewContext(SCRIPT, {
    window: win,
    location,
    URL,
    URLSearchParams,
    AbortController,
    fetch: (href: string) => {
      requested.push(href);
      return new Promise(() => undefined);
    },
  });
  expect(requested).toEqual(win.__cronologiaEarlyFetch ? [win.__cronologiaEarlyFetch.href] : []);
  return win.__cronologiaEarlyFetch?.href ?? null;
}

describe('the early download of the timeline', () => {
  it('fetches the default file, or a plain relative path from ?data=, on this site only', () => {
    expect(earlyHref('http://site/app/')).toBe('http://site/app/timeline.json');
    expect(earlyHref('http://site/app/?data=bench/1000.json&lang=es')).toBe('http://site/app/bench/1000.json');
    expect(earlyHref('https://site/app/index.html?data=bench%2F1000.json')).toBe('https://site/app/bench/1000.json');
  });

  it('leaves anything unusual to the app, which checks and reports it', () => {
    for (const search of ['?data=//evil/t.json', '?data=https://evil/t.json', '?data=../up.json', '?data=a.json&data=b.json', '?data=a%5Cb.json', '?data=']) {
      expect(earlyHref(`http://site/app/${search}`)).toBeNull();
    }
  });

  it('does not fetch from a file opened from disk', () => {
    expect(earlyHref('file:///home/me/cronologia/index.html')).toBeNull();
  });
});

describe('taking the early download over', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const page = (early: EarlyFetch) => vi.stubGlobal('window', { __cronologiaEarlyFetch: early });

  it('gives the first request for that file the response already under way, and later ones the network', async () => {
    const network = vi.fn(() => Promise.resolve(new Response('network')));
    vi.stubGlobal('fetch', network);
    page({ href: 'http://site/t.json', response: Promise.resolve(new Response('early')), controller: new AbortController() });
    expect(hasEarlyFetch('http://site/t.json')).toBe(true);
    expect(await (await fetchTimeline('http://site/other.json')).text()).toBe('network');
    expect(await (await fetchTimeline('http://site/t.json')).text()).toBe('early');
    expect(hasEarlyFetch('http://site/t.json')).toBe(false);
    expect(await (await fetchTimeline('http://site/t.json')).text()).toBe('network');
  });

  it('cancels the early download when the app gives up on it', () => {
    const controller = new AbortController();
    page({ href: 'http://site/t.json', response: new Promise(() => undefined), controller });
    const giveUp = new AbortController();
    void fetchTimeline('http://site/t.json', { signal: giveUp.signal });
    giveUp.abort();
    expect(controller.signal.aborted).toBe(true);
  });
});
