/**
 * Hostile URLs, beyond the shell's e2e/url-params.spec.ts: prototype-polluting
 * names in every form, a 10 KB value, broken encoding in a name, empty and
 * repeated pairs, unknown names (`selected`, tracking parameters), script and
 * protocol-relative `data=` paths, an out-of-range stop and an unknown id that is
 * itself a payload. Each time the app ignores the parameter with a notice (in the
 * reader's language), rewrites the URL to its canonical form, keeps working and
 * leaves Object.prototype alone.
 */
import { test } from '@playwright/test';
import { datedTimeline } from '../src/app/hostile/build-timeline';
import { DATA, expectInertDom, expectNothingRan, serveHostile, watch, expect } from './hostile-support';

const D = `data=${DATA}`;
const cases: { name: string; query: string; notice: RegExp; canonical: string; ready?: 'list' | 'chart' | 'present' }[] = [
  { name: '__proto__=x', query: `?${D}&__proto__=x&view=list`, notice: /Ignored unknown parameter “__proto__”/, canonical: `?${D}&view=list&lang=en` },
  { name: '__proto__[x]=1', query: `?${D}&__proto__[x]=1&__proto__%5Bx%5D=1&view=list`, notice: /Ignored unknown parameter “__proto__\[x\]”/, canonical: `?${D}&view=list&lang=en` },
  { name: 'constructor[prototype][x]=1', query: `?${D}&constructor[prototype][x]=1&constructor.prototype.x=1&view=list`, notice: /unknown parameter “constructor\[prototype\]\[x\]”/, canonical: `?${D}&view=list&lang=en` },
  { name: 'a 10 KB value', query: `?${D}&q=${'x'.repeat(10_240)}&view=list`, notice: /oversized parameter “q”/, canonical: `?${D}&view=list&lang=en` },
  { name: 'broken encoding in a name', query: `?${D}&%E0%A4%A=1&view=list`, notice: /broken encoding/, canonical: `?${D}&view=list&lang=en` },
  { name: 'broken encoding in a value', query: `?${D}&sel=%E0%A4%A&q=%&view=list`, notice: /broken encoding/, canonical: `?${D}&view=list&lang=en` },
  { name: 'empty and repeated pairs', query: `?&&=&${D}&&view=list&view=document&`, notice: /invalid value for “view”/, canonical: `?${D}&view=list&lang=en` },
  { name: 'selected=nope (an unknown name)', query: `?${D}&selected=nope&view=list`, notice: /unknown parameter “selected”/, canonical: `?${D}&view=list&lang=en` },
  { name: 'sel=nope (an unknown id)', query: `?${D}&sel=nope&view=list`, notice: /no item “nope”/, canonical: `?${D}&view=list&lang=en` },
  { name: 'tracking parameters', query: `?${D}&utm_source=x&fbclid=y&view=list`, notice: /unknown parameter “utm_source”/, canonical: `?${D}&view=list&lang=en` },
  { name: 'a javascript: data path', query: '?data=javascript:alert(1)&view=list', notice: /only files on this site/, canonical: '?view=list&lang=en' },
  { name: 'a protocol-relative data path', query: '?data=%2F%2Fevil.example%2Ft.json&view=list', notice: /only files on this site/, canonical: '?view=list&lang=en' },
  { name: 'a backslash data path', query: '?data=%5C%5Cevil.example%5Ct.json&view=list', notice: /only files on this site/, canonical: '?view=list&lang=en' },
  { name: 'an unknown id that is a payload', query: `?${D}&open=${encodeURIComponent('"><img src=/x-pwned onerror=alert(1)>')}&view=list`, notice: /no item “"><img src=\/x-pwned onerror=alert\(1\)>”/, canonical: `?${D}&view=list&lang=en` },
  { name: 'a malformed range and dates', query: `?${D}&range=2026-01-19..&from=19/01/2026&to=2026-01-32&view=list`, notice: /invalid value for “range”/, canonical: `?${D}&view=list&lang=en` },
  { name: 'a stop out of range', query: `?${D}&present&stop=999999`, notice: /./, canonical: `?${D}&lang=en&present=1&stop=3`, ready: 'present' },
];

for (const c of cases) {
  test(`the app ignores ${c.name}, says so and makes the URL canonical`, async ({ page }) => {
    const w = watch(page);
    await serveHostile(page, datedTimeline(['2026-01-12', '2026-01-19', '2026-01-26']));
    // Served by the default path too, for the cases whose data= is refused.
    await page.route('**/timeline.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(datedTimeline(['2026-01-19'])) }));
    await page.goto(`/${c.query}&lang=en`);
    if (c.ready === 'present') {
      await expect(page.locator('.present-card .present-headline')).toHaveText('Event 2');
    } else {
      await expect(page.getByRole('region', { name: 'Chronological list' }).getByRole('article').first()).toBeVisible();
      await expect(page.getByRole('region', { name: 'Notices' })).toContainText(c.notice);
    }
    await expect.poll(() => new URL(page.url()).search).toBe(c.canonical);
    expect(await page.evaluate(() => [Object.keys(Object.prototype), ({} as Record<string, unknown>)['x'] ?? null])).toEqual([[], null]);
    await expectInertDom(page);
    await expectNothingRan(page, w);
  });
}

test('notices about the URL speak Spanish with ?lang=es', async ({ page }) => {
  await serveHostile(page, datedTimeline(['2026-01-19']));
  await page.goto(`/?${D}&lang=es&foo=1&view=lista&sel=nada`);
  const notices = page.getByRole('region', { name: 'Avisos' });
  await expect(notices).toContainText('Se ignoró el parámetro desconocido «foo».');
  await expect(notices).toContainText('Se ignoró un valor no válido de «view».');
  await expect(notices).toContainText(/Se ignoró «sel»: no hay ningún elemento «nada»/);
  await expect.poll(() => new URL(page.url()).search).toBe(`?${D}&lang=es`);
});

test('Back after a canonical rewrite does not return to the hostile URL', async ({ page }) => {
  await serveHostile(page, datedTimeline(['2026-01-19']));
  await page.goto('/?lang=en');
  await page.goto(`/?${D}&__proto__[x]=1&view=list&lang=en`);
  await expect(page.getByRole('region', { name: 'Chronological list' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).search).toBe(`?${D}&view=list&lang=en`);
  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe('?lang=en');
  expect(await page.evaluate(() => ({} as Record<string, unknown>)['x'] ?? null)).toBeNull();
});
