import { describe, expect, it } from 'vitest';
import { embedUrlFor, fullUrlFor, iframeSnippet, scriptSnippet } from './embed-snippet';
import { readResizeMessage, resizeMessage } from './embed-message';

describe('embed snippet', () => {
  it('keeps the view params and adds embed, dropping present mode and stop', () => {
    const url = embedUrlFor('https://news.example/tl/?actor=a1&from=2026-01-01&present&stop=3&lang=es#x');
    expect(url).toBe('https://news.example/tl/?actor=a1&from=2026-01-01&lang=es&embed');
  });

  it('refuses pages that are not served over http(s)', () => {
    expect(embedUrlFor('file:///tmp/index.html')).toBeNull();
    expect(embedUrlFor('not a url')).toBeNull();
  });

  it('links the full view without embed', () => {
    expect(fullUrlFor('https://n.example/?embed&q=x')).toBe('https://n.example/?q=x');
  });

  it('escapes a hostile title in both snippets', () => {
    const title = '"><script>alert(1)</script>';
    for (const snippet of [scriptSnippet('https://n.example/?embed', title), iframeSnippet('https://n.example/?embed', title)]) {
      expect(snippet).not.toContain('<script>alert');
      expect(snippet).toContain('&quot;&gt;&lt;script&gt;');
    }
  });

  it('points the script form at embed.js next to the app', () => {
    const s = scriptSnippet('https://n.example/app/?q=x&embed', 'T');
    expect(s).toContain('src="https://n.example/app/embed.js"');
    expect(s).toContain('data-cronologia="https://n.example/app/?q=x"');
  });
});

describe('resize message', () => {
  it('round-trips a height', () => {
    expect(readResizeMessage(resizeMessage(640.2))).toBe(641);
  });

  it('clamps oversized and negative heights', () => {
    expect(readResizeMessage({ type: 'cronologia:resize', version: 1, height: 1e9 })).toBe(4000);
    expect(readResizeMessage({ type: 'cronologia:resize', version: 1, height: -5 })).toBe(200);
  });

  it('ignores NaN, strings, objects and other shapes', () => {
    for (const height of [Number.NaN, Infinity, '100px', { valueOf: () => 3 }, null]) {
      expect(readResizeMessage({ type: 'cronologia:resize', version: 1, height })).toBeNull();
    }
    expect(readResizeMessage({ type: 'cronologia:resize', version: 2, height: 300 })).toBeNull();
    expect(readResizeMessage('cronologia:resize 300')).toBeNull();
  });
});
