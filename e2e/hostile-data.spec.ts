/**
 * Faulty data, in the reader's language. e2e/data-errors.spec.ts (the shell's)
 * covers each failure in English; this file covers them in Spanish, offline on
 * the first load, invalid items in Spanish, the degenerate timelines (empty, one
 * event, identical dates, only undated) that must draw without NaN, and the same
 * calendar day in every time zone.
 */
import { test, type Page } from '@playwright/test';
import { datedTimeline, makeTimeline, withInvalidItems } from '../src/app/hostile/build-timeline';
import type { MessageKey } from '../src/app/i18n/catalogue';
import { translate, type Vars } from '../src/app/i18n/translate';
import type { Timeline } from '../src/schema/timeline';
import { dataUrl, expectNothingRan, serveHostile, watch, expect } from './hostile-support';

const good = datedTimeline(['2026-01-12', '2026-01-19', '2026-01-26']);
const goodText = JSON.stringify(good);

const alertBox = (page: Page) => page.getByRole('alert');
/** Expected wording comes from the catalogue, so the test follows copy edits but not a wrong language. */
const es = (key: MessageKey, vars?: Vars) => translate('es', key, vars);
const en = (key: MessageKey, vars?: Vars) => translate('en', key, vars);

const spanish: { name: string; body: string; status?: number; contentType?: string; says: string; retry: boolean }[] = [
  { name: 'a 404', body: 'Not found', status: 404, says: es('errorNotFound', { url: '/hostile.json' }), retry: true },
  { name: 'a 500', body: 'Oops', status: 500, says: es('errorHttp', { status: 500, url: '/hostile.json' }), retry: true },
  { name: 'an HTML page', body: '<!doctype html><html><body>Iniciar sesión</body></html>', contentType: 'text/html', says: es('errorHtml', { url: '/hostile.json' }), retry: false },
  { name: 'an HTML page labelled as JSON', body: '<html><script>alert(1)</script></html>', says: es('errorHtml', { url: '/hostile.json' }), retry: false },
  { name: 'truncated JSON', body: goodText.slice(0, goodText.length - 40), says: es('errorTruncated'), retry: false },
  { name: 'the wrong shape', body: JSON.stringify({ schemaVersion: 1, events: 'none' }), says: es('errorShape', { detail: '§' }).split('§')[0] ?? '', retry: false },
  { name: 'a JSON array', body: '[1,2,3]', says: es('errorShape', { detail: '§' }).split('§')[0] ?? '', retry: false },
  { name: 'a newer schemaVersion', body: JSON.stringify({ ...good, schemaVersion: 2 }), says: es('errorNewer', { found: 2 }), retry: false },
  { name: 'a missing schemaVersion', body: JSON.stringify({ ...good, schemaVersion: undefined }), says: es('errorOlder'), retry: false },
];

for (const c of spanish) {
  test(`${c.name} shows a Spanish error with ?lang=es`, async ({ page }) => {
    const w = watch(page);
    await serveHostile(page, c.body, { ...(c.status ? { status: c.status } : {}), ...(c.contentType ? { contentType: c.contentType } : {}) });
    await page.goto(dataUrl('&lang=es'));
    await expect(alertBox(page)).toContainText(es('errorTitle'));
    await expect(alertBox(page)).toContainText(c.says);
    await expect(page.getByRole('button', { name: 'Reintentar' })).toHaveCount(c.retry ? 1 : 0);
    await expectNothingRan(page, w);
  });
}

test('a stalled response times out in Spanish, and Reintentar then works', async ({ page }) => {
  test.setTimeout(60_000);
  await page.route('**/hostile.json', () => {
    // Never answer.
  });
  await page.goto(dataUrl('&lang=es&view=list'));
  await expect(page.getByRole('status').filter({ hasText: 'Cargando la cronología' })).toBeVisible();
  await expect(alertBox(page)).toContainText(es('errorTimeout', { seconds: 10 }), { timeout: 25_000 });
  await page.unroute('**/hostile.json');
  await serveHostile(page, good);
  await page.getByRole('button', { name: 'Reintentar' }).click();
  await expect(page.getByRole('region', { name: 'Lista cronológica' })).toBeVisible();
});

for (const lang of ['en', 'es'] as const) {
  test(`offline on the first load says so (${lang}), and Retry works once back online`, async ({ page, context }) => {
    const w = watch(page);
    // The page itself loads; the network goes down before its data arrives. (The
    // data's download starts before the app's code has arrived: wait for the code.)
    await page.route('**/hostile.json', async (route) => {
      await page.waitForLoadState('load');
      await context.setOffline(true);
      await route.abort('internetdisconnected');
    });
    await page.goto(dataUrl(`&lang=${lang}&view=list`));
    await expect(alertBox(page)).toContainText(lang === 'en' ? en('errorOffline') : es('errorOffline'));
    await context.setOffline(false);
    await page.unroute('**/hostile.json');
    await serveHostile(page, good);
    await page.getByRole('button', { name: lang === 'en' ? 'Retry' : 'Reintentar' }).click();
    await expect(page.getByRole('region', { name: lang === 'en' ? 'Chronological list' : 'Lista cronológica' }).getByRole('article')).toHaveCount(3);
    await expectNothingRan(page, w);
  });
}

test('invalid events and quotes are skipped with a count, in Spanish too', async ({ page }) => {
  await serveHostile(page, withInvalidItems(good, 4, 2));
  await page.goto(dataUrl('&lang=es&view=list'));
  // The notice is the catalogue's own sentence, in the reader's language.
  await expect(page.getByRole('region', { name: 'Avisos' })).toContainText(translate('es', 'noticeSkipped', { events: 4, quotes: 2 }));
  await expect(page.getByRole('region', { name: 'Lista cronológica' }).getByRole('article')).toHaveCount(3);
  await page.goto(dataUrl('&lang=en&view=list'));
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(translate('en', 'noticeSkipped', { events: 4, quotes: 2 }));
});

/** No "NaN" (or Infinity) anywhere in the markup, and no SVG attribute that is not a number where one is due. */
async function expectNoNaN(page: Page): Promise<void> {
  const report = await page.evaluate(() => {
    // eslint-disable-next-line no-restricted-properties -- reading the markup to look for NaN, never writing it
    const html = document.body.innerHTML;
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll('svg, svg *'))) {
      for (const a of Array.from(el.attributes)) if (/NaN|Infinity|undefined/.test(a.value)) bad.push(`${el.tagName}[${a.name}=${a.value.slice(0, 60)}]`);
    }
    for (const el of Array.from(document.querySelectorAll('[style]'))) {
      const style = el.getAttribute('style') ?? '';
      if (/NaN|Infinity|undefined/.test(style)) bad.push(`${el.tagName}[style=${style.slice(0, 60)}]`);
    }
    return { nan: /NaN|Infinity/.test(html), bad };
  });
  expect(report.bad).toEqual([]);
  expect(report.nan).toBe(false);
}

const degenerate: { name: string; timeline: Timeline; ready: (p: Page) => Promise<void> }[] = [
  { name: 'an empty timeline', timeline: makeTimeline([]), ready: (p) => expect(p.getByRole('heading', { name: 'This timeline is empty' })).toBeVisible() },
  { name: 'a single event', timeline: datedTimeline(['2026-01-19']), ready: (p) => expect(p.locator('#timeline g.tl-event')).toHaveCount(1) },
  { name: 'five events on the same day', timeline: datedTimeline(Array(5).fill('2026-01-19') as string[]), ready: (p) => expect(p.locator('#timeline')).toBeVisible() },
  { name: 'only undated events', timeline: datedTimeline([null, null]), ready: (p) => expect(p.locator('.tl-tray, #timeline').first()).toBeVisible() },
];

for (const d of degenerate) {
  test(`${d.name} draws without NaN in the chart, list, presentation and embed`, async ({ page }) => {
    const w = watch(page);
    await serveHostile(page, d.timeline);
    await page.goto(dataUrl('&lang=en'));
    await d.ready(page);
    await expectNoNaN(page);
    if (d.timeline.events.length > 0) {
      // Zoom controls on a zero-length span must not produce NaN either.
      for (const name of ['Zoom in', 'Zoom out', 'Fit all']) {
        const button = page.getByRole('button', { name, exact: true });
        if ((await button.count()) > 0 && (await button.first().isEnabled())) await button.first().click();
      }
      await expectNoNaN(page);
    }
    for (const extra of ['&view=list', '&present', '&embed']) {
      await page.goto(dataUrl(`&lang=en${extra}`));
      await expect(page.locator('#root')).not.toBeEmpty();
      await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
      await expectNoNaN(page);
    }
    await expectNothingRan(page, w);
  });
}

for (const timezoneId of ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test('an event dated 2026-01-19 shows as 19 January everywhere', async ({ page }) => {
      await serveHostile(page, datedTimeline(['2026-01-01', '2026-01-19', '2026-12-31']));
      await page.goto(dataUrl('&lang=en&view=list'));
      const list = page.getByRole('region', { name: 'Chronological list' });
      await expect(list.getByRole('article')).toHaveCount(3);
      expect([...new Set(await list.locator('time').allTextContents())]).toEqual(['1 January 2026', '19 January 2026', '31 December 2026']);
      // The detail panel, the chart's accessible names and Spanish dates agree.
      await page.goto(dataUrl('&lang=en&open=e-1'));
      await expect(page.locator('.detail-panel .date-line time')).toHaveText('19 January 2026');
      const label = await page.locator('#timeline g.tl-event[data-id="e-1"]').getAttribute('aria-label');
      expect(label).toContain('19 January 2026');
      await page.goto(dataUrl('&lang=es&view=list'));
      await expect(page.getByRole('region', { name: 'Lista cronológica' }).getByRole('article')).toHaveCount(3);
      expect([...new Set(await page.locator('section.list-view time').allTextContents())]).toEqual(['1 de enero de 2026', '19 de enero de 2026', '31 de diciembre de 2026']);
      await page.goto(dataUrl('&lang=en&present&stop=2'));
      await expect(page.locator('.present-card .present-date')).toHaveText('19 January 2026');
    });
  });
}
