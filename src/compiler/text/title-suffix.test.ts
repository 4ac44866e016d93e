import { describe, expect, it } from 'vitest';
import { siteSuffix, withoutSiteSuffix } from './title-suffix';

describe("leaving the site's name out of a page title", () => {
  it('cuts the outlet after a bar or a dash, in any case and with its web suffix', () => {
    expect(withoutSiteSuffix('Port of Valdora reopens after strikes | Harbor News', 'Harbor News', null)).toBe('Port of Valdora reopens after strikes');
    expect(withoutSiteSuffix('Port of Valdora reopens after strikes - HARBOR NEWS', 'Harbor News', null)).toBe('Port of Valdora reopens after strikes');
    expect(withoutSiteSuffix('Port of Valdora reopens after strikes | Harbornews.com', 'Harbor News', null)).toBe('Port of Valdora reopens after strikes');
  });

  it("cuts a section and the site, and a date after the site, and knows the site by its web address", () => {
    expect(withoutSiteSuffix('Port of Valdora reopens after strikes | Harbor News Latest', 'Harbor News', null)).toBe('Port of Valdora reopens after strikes');
    expect(withoutSiteSuffix('Valdora envía a 37 presos al norte – HN – 21/01/2031', 'hn.com', null)).toBe('Valdora envía a 37 presos al norte');
    expect(withoutSiteSuffix('Port of Valdora reopens after strikes | Harbornews.ca', null, 'https://www.harbornews.ca/port')).toBe('Port of Valdora reopens after strikes');
  });

  it("keeps a headline's own dash, a part that is not the site, and a short head", () => {
    expect(withoutSiteSuffix('Ana Ruiz - the view from the port', 'Harbor News', null)).toBe('Ana Ruiz - the view from the port');
    expect(withoutSiteSuffix('Port reopens after strikes | Business', 'Harbor News', null)).toBe('Port reopens after strikes | Business');
    expect(withoutSiteSuffix('Opinion | Harbor News', 'Harbor News', null)).toBe('Opinion | Harbor News');
    expect(withoutSiteSuffix('Strikes end, 21/01/2031 - 2031', 'Harbor News', null)).toBe('Strikes end, 21/01/2031 - 2031');
    expect(withoutSiteSuffix('Port of Valdora reopens | Harbor News', null, null)).toBe('Port of Valdora reopens | Harbor News');
  });

  it('takes the site from the title when nothing else names the outlet', () => {
    expect(siteSuffix('Port of Valdora reopens after strikes | Harbor News')).toEqual({ title: 'Port of Valdora reopens after strikes', outlet: 'Harbor News' });
    expect(siteSuffix('Valdora envía a 37 presos al norte tras la huelga - Diario del Puerto')).toEqual({ title: 'Valdora envía a 37 presos al norte tras la huelga', outlet: 'Diario del Puerto' });
    // A section names no outlet.
    expect(siteSuffix('Port of Valdora reopens after strikes | News')).toEqual({ title: 'Port of Valdora reopens after strikes', outlet: null });
  });

  it("keeps a title-case headline's own dash, a sentence after a dash, and a short head", () => {
    expect(siteSuffix('Port Of Valdora Reopens - The Long Strike Ends')).toBeNull();
    expect(siteSuffix('Ana Ruiz - the view from the port')).toBeNull();
    expect(siteSuffix('Valdora reabre el puerto tras la huelga - Ruiz dice que no volverá')).toBeNull();
    expect(siteSuffix('Valdora News | Telegram Channel')).toBeNull();
  });
});
