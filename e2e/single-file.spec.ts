/** Journey: the briefing room has no network; the timeline arrives as one HTML file. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildApp, SEED_FIXTURE } from './support/servers';
import { defaultStops, fixture } from './support/fixture';

const OUT = '/tmp/cronologia-e2e-single';

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(240_000);
  buildApp(OUT, 'vite.single.config.ts', { CRONOLOGIA_DATA: SEED_FIXTURE });
});

test('the single file is self-contained, with the data inlined safely', () => {
  const html = readFileSync(`${OUT}/index.html`, 'utf8');
  expect(html).toContain('<script type="application/json" id="timeline-data">');
  // Document text cannot close the data element: every "<" inside it is escaped.
  const data = html.slice(html.indexOf('id="timeline-data">') + 19, html.indexOf('</script>', html.indexOf('id="timeline-data">')));
  expect(data).not.toContain('<');
  expect(JSON.parse(data).title).toBe(fixture.title);
});

test('it opens from file:// with the network blocked and presents offline', async ({ page, context }) => {
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`file://${OUT}/index.html`);
  await expect(page.getByRole('heading', { level: 1, name: fixture.title })).toBeVisible();
  await expect(page.getByRole('button', { name: /Sheinbaum and Trump speak by phone/ }).first()).toBeVisible();
  // No external scripts or styles: everything is in the one file.
  expect(await page.locator('script[src], link[rel="stylesheet"], link[rel="modulepreload"]').count()).toBe(0);

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: defaultStops[0]!.title })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 1, name: defaultStops[1]!.title })).toBeVisible();
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
});
