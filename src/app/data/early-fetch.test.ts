import { describe, expect, it } from 'vitest';
import { earlyDataHref } from './early-fetch';

describe('the early download of the timeline', () => {
  it('fetches the default file, or a plain relative path from ?data=, on this site only', () => {
    expect(earlyDataHref('', 'http://site/app/')).toBe('http://site/app/timeline.json');
    expect(earlyDataHref('?data=bench/1000.json&lang=es', 'http://site/app/?x')).toBe('http://site/app/bench/1000.json');
  });

  it('leaves anything unusual to the app, which checks and reports it', () => {
    for (const search of ['?data=//evil/t.json', '?data=https://evil/t.json', '?data=../up.json', '?data=a.json&data=b.json', '?data=a%5Cb.json', '?data=']) {
      expect(earlyDataHref(search, 'http://site/app/')).toBeNull();
    }
  });
});
