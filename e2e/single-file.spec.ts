/** Journey: the briefing room has no network; the timeline arrives as one HTML file. */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildApp, SEED_FIXTURE } from './support/servers';
import { defaultStops, fixture } from './support/fixture';

const OUT = '/tmp/cronologia-e2e-single';
const DATA = '/tmp/cronologia-e2e-single-data.json';
/** Document text that tries to close the inlined data element and run script. */
const HOSTILE = '</script><script>window.pwned=1</script><!-- <img src=x onerror="window.pwned=2">';

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(240_000);
  const data = JSON.parse(readFileSync(SEED_FIXTURE, 'utf8')) as { events: { title: string }[] };
  data.events[0]!.title = `${data.events[0]!.title} ${HOSTILE}`;
  writeFileSync(DATA, JSON.stringify(data));
  buildApp(OUT, 'vite.single.config.ts', { CRONOLOGIA_DATA: DATA });
});

test('the single file is self-contained, with the data inlined safely', () => {
  const html = readFileSync(`${OUT}/index.html`, 'utf8');
  expect(html).toContain('<script type="application/json" id="timeline-data">');
  // Document text cannot close the data element: every "<" inside it is escaped.
  const data = html.slice(html.indexOf('id="timeline-data">') + 19, html.indexOf('</script>', html.indexOf('id="timeline-data">')));
  expect(data).not.toContain('<');
  expect(JSON.parse(data).title).toBe(fixture.title);
  expect(JSON.parse(data).events[0].title).toContain(HOSTILE);
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
  // The hostile title is shown as text and ran nothing.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByText(HOSTILE).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
