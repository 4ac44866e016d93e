import { describe, expect, it } from 'vitest';
import { checkSourceUrl } from './safe-url';

describe('checkSourceUrl', () => {
  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:x', '//example.org/a', 'https://', 'https://user:pw@example.org/'])(
    'refuses %s',
    (url) => {
      expect(checkSourceUrl(url).ok).toBe(false);
    },
  );

  it('keeps http(s) URLs with a host, normalised', () => {
    expect(checkSourceUrl('https://Example.org/a b')).toEqual({ ok: true, url: 'https://example.org/a%20b', warning: null });
  });

  it('keeps an internationalised host but flags it as a possible look-alike', () => {
    const result = checkSourceUrl('https://www.bbс.com/news');
    expect(result.ok && result.url).toMatch(/^https:\/\/www\.xn--bb-[a-z0-9]+\.com\/news$/);
    expect(result.ok && result.warning).toMatch(/punycode/);
  });
});
