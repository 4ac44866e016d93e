import { expect, test, type Page } from '@playwright/test';
import { useTimelineData } from './support/app';

// Journey: an invalid parameter is ignored with a notice, the URL is rewritten to its canonical form, and the page works.
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const cases: { name: string; query: string; notice: RegExp; canonical: string }[] = [
  { name: 'a prototype-polluting parameter', query: '?__proto__[x]=1&constructor[prototype][y]=2&view=list', notice: /Ignored unknown parameter “__proto__\[x\]”/, canonical: '?view=list' },
  { name: 'a bad percent-encoding', query: '?q=%E0%A4%A&view=list', notice: /broken encoding/, canonical: '?view=list' },
  { name: 'an oversized parameter', query: `?q=${'x'.repeat(5000)}&view=list`, notice: /oversized parameter “q”/, canonical: '?view=list' },
  { name: 'malformed values', query: '?view=chart&from=2026-02-30&range=soon&lang=fr&view=list', notice: /invalid value for “view”/, canonical: '' },
  { name: 'unknown ids', query: '?view=list&open=no-such-item&actor=nobody', notice: /no item “no-such-item”/, canonical: '?view=list' },
];

for (const c of cases) {
  test(`the app ignores ${c.name} with a notice and makes the URL canonical`, async ({ page }) => {
    const errors = watchErrors(page);
    await useTimelineData(page);
    await page.goto(`/${c.query}`);
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect(notices).toContainText(c.notice);
    await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
    await expect.poll(() => new URL(page.url()).search).toBe(c.canonical);
    expect(await page.evaluate(() => Object.keys({}))).toEqual([]);
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>)['x'] ?? (Object.prototype as Record<string, unknown>)['y'] ?? null)).toBeNull();
    expect(errors).toEqual([]);

    // A notice can be dismissed.
    const first = notices.getByRole('button', { name: /^Dismiss/ }).first();
    const count = await notices.getByRole('listitem').count();
    await first.click();
    await expect(notices.getByRole('listitem')).toHaveCount(count - 1);
  });
}
