import { describe, expect, it } from 'vitest';
import { maskQuotedTitles } from './quoted-titles';

describe('quoted titles inside a clause', () => {
  it('masks the marks around a programme name, keeping the length', () => {
    const text = ' with the Harbor Channel\'s "Night Desk," which aired ';
    const masked = maskQuotedTitles(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/["“”]/u);
    expect(maskQuotedTitles(' en el programa «Mesa Abierta» el ')).toBe(' en el programa  Mesa Abierta  el ');
  });

  it('leaves quoted words of a speaker as they are', () => {
    for (const text of [' said "we will not reopen the port," and ', ' dijo: «No habrá cierre». El ', ' called it a “historic day” for ']) {
      expect(maskQuotedTitles(text)).toBe(text);
    }
  });
});
