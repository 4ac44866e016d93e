import { expect, test } from '@playwright/test';
import { useTimelineData } from './support/app';

// A reader's first visit: the page asks the server for nothing it lacks (no /favicon.ico 404 in the console).
test('a first visit loads the timeline without a failed request or a console error', async ({ page }) => {
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await useTimelineData(page);
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('timeline-ready').length > 0, null, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  // The tab shows the app's own icon, served from the site itself.
  const icon = await page.locator('link[rel="icon"]').evaluate((l: HTMLLinkElement) => l.href);
  expect(new URL(icon).origin).toBe(new URL(page.url()).origin);
  const response = await page.request.get(icon);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(await response.text()).toContain('<svg');
});
