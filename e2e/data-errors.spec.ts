import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serveTimeline } from './support/app';

// Journey: a missing, malformed or wrong-version file shows a readable error; never a blank page.
const fixture = readFileSync('e2e/fixtures/seed-timeline.json', 'utf8');

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const alert = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /could not be shown|No se pudo/ }) });

const cases: { name: string; body: string; status?: number; contentType?: string; says: RegExp; retry: boolean }[] = [
  { name: 'a 404', body: 'Not found', status: 404, says: /timeline\.json was not found \(404\)/, retry: true },
  { name: 'a 500', body: 'Oops', status: 500, says: /answered 500/, retry: true },
  { name: 'an HTML page instead of JSON', body: '<!doctype html><html><body>Login</body></html>', contentType: 'text/html', says: /web page instead of timeline data/, retry: false },
  { name: 'truncated JSON', body: fixture.slice(0, 2000), says: /cut short or damaged/, retry: false },
  { name: 'the wrong shape', body: JSON.stringify({ schemaVersion: 1, hello: 'world' }), says: /not a Cronología timeline/, retry: false },
  { name: 'a newer schemaVersion', body: JSON.stringify({ ...JSON.parse(fixture), schemaVersion: 99 }), says: /newer version of Cronología \(schema 99\)/, retry: false },
];

for (const c of cases) {
  test(`${c.name} shows an error screen that says what is wrong`, async ({ page }) => {
    const errors = watchErrors(page);
    await serveTimeline(page, c.body, { ...(c.status ? { status: c.status } : {}), ...(c.contentType ? { contentType: c.contentType } : {}) });
    await page.goto('/');
    await expect(alert(page)).toBeVisible();
    await expect(alert(page)).toContainText(c.says);
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(c.retry ? 1 : 0);
    expect(errors).toEqual([]);
  });
}

test('the error screen speaks Spanish with ?lang=es', async ({ page }) => {
  await serveTimeline(page, 'Not found', { status: 404 });
  await page.goto('/?lang=es');
  await expect(alert(page)).toContainText('No se encontró el archivo /timeline.json (404).');
  await expect(page.getByRole('button', { name: 'Reintentar' })).toBeVisible();
});

test('a server error can be retried, and a retry that succeeds shows the timeline', async ({ page }) => {
  let fail = true;
  await page.route('**/timeline.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'busy' }) : route.fulfill({ status: 200, contentType: 'application/json', body: fixture }),
  );
  await page.goto('/?view=list');
  await expect(alert(page)).toContainText(/answered 503/);
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Chronological list' })).toBeVisible();
});

test('going offline says so, and Retry works once back online', async ({ page, context }) => {
  await serveTimeline(page, 'busy', { status: 503 });
  await page.goto('/?view=list');
  await expect(alert(page)).toBeVisible();
  await page.unroute('**/timeline.json');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(alert(page)).toContainText('You appear to be offline');
  await context.setOffline(false);
  await serveTimeline(page, fixture);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Chronological list' })).toBeVisible();
});

test('a stalled response times out with a Retry button', async ({ page }) => {
  test.setTimeout(40_000);
  await page.route('**/timeline.json', () => {
    // Never answer.
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the timeline' })).toBeVisible();
  await expect(alert(page)).toContainText('did not answer within 10 seconds', { timeout: 20_000 });
  await page.unroute('**/timeline.json');
  await serveTimeline(page, fixture);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
});

test('individually invalid events are skipped with a visible count', async ({ page }) => {
  const data = JSON.parse(fixture);
  data.events.push({ id: 'broken', title: 42 }, { nope: true });
  await serveTimeline(page, JSON.stringify(data));
  await page.goto('/?view=list');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('invalid and were skipped (events: 2, quotes: 0)');
  await expect(page.getByRole('region', { name: 'Chronological list' }).getByRole('article').first()).toBeVisible();
});

test('an empty timeline shows a friendly empty state', async ({ page }) => {
  const data = { ...JSON.parse(fixture), events: [], quotes: [] };
  const errors = watchErrors(page);
  await serveTimeline(page, JSON.stringify(data));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'This timeline is empty' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('?data= loads another same-origin timeline and refuses another origin', async ({ page }) => {
  await page.route('**/other/second.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...JSON.parse(fixture), title: 'Second timeline' }) }),
  );
  await page.goto('/?data=other/second.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Second timeline' })).toBeVisible();

  let evilAsked = false;
  await page.route('https://evil.example/**', (route) => {
    evilAsked = true;
    return route.abort();
  });
  await serveTimeline(page, fixture);
  await page.goto('/?data=https%3A%2F%2Fevil.example%2Ft.json');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('only files on this site can be loaded');
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  expect(evilAsked).toBe(false);
});
