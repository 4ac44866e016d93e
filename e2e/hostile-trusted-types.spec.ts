/**
 * One journey under a Trusted Types CSP (`require-trusted-types-for 'script'`):
 * with that header, any string reaching an HTML or script sink (innerHTML,
 * insertAdjacentHTML, document.write, script.src…) is refused and reported. The
 * hostile timeline goes through the chart, the detail panel, the list, a
 * document, the presentation, an SVG export and print with no violation and no
 * error, so no code path writes text as HTML.
 */
import { test } from '@playwright/test';
import { hostileTimeline } from '../src/app/hostile/build-timeline';
import { dataUrl, expectInertDom, expectNothingRan, serveHostile, watch, expect } from './hostile-support';

const POLICY = "require-trusted-types-for 'script'";

test('the hostile journey runs under a Trusted Types CSP with no violation', async ({ page }) => {
  const w = watch(page);
  const console: string[] = [];
  page.on('console', (m) => {
    if (/trusted|content security policy|TrustedHTML|TrustedScript/i.test(m.text())) console.push(m.text());
  });
  // Reported through a binding, so violations on every page of the journey are kept.
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  // The app's HTML page, with the policy added to its response headers.
  await page.route(
    (url) => url.pathname === '/' || url.pathname === '/index.html',
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
    },
  );
  await serveHostile(page, hostileTimeline());

  await page.goto(dataUrl());
  // The policy is in force: a string written to innerHTML is refused.
  expect(
    await page.evaluate(() => {
      try {
        // eslint-disable-next-line no-restricted-properties -- the probe the policy must refuse
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch (e) {
        return e instanceof TypeError ? 'refused' : String(e);
      }
    }),
  ).toBe('refused');
  // …and reported; that probe is the only report allowed.
  await expect.poll(() => violations.filter((v) => v.includes('<b>x</b>')).length).toBe(1);
  const probe = (v: string) => !v.includes('<b>x</b>');
  await expect.poll(() => console.length).toBe(1); // the probe's own console report
  console.splice(0);

  const mark = page.locator('#timeline g.tl-event').first();
  await expect(mark).toBeVisible();
  await mark.click();
  await expect(page.locator('.detail-panel #detail-title')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto(dataUrl('&view=list'));
  await expect(page.getByRole('region', { name: 'Chronological list' })).toBeVisible();
  await page.goto(dataUrl('&view=document&doc=d-9'));
  await expect(page.locator('.document-body mark.extract').first()).toBeVisible();
  await page.goto(dataUrl('&present&stop=1'));
  await expect(page.locator('.present-card')).toBeVisible();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');

  await page.goto(dataUrl('&lang=en'));
  await expect(page.locator('#timeline g.tl-event').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /SVG/ }).click()]);
  expect(await download.failure()).toBeNull();
  await expect(page.locator('.cronologia-print .print-chart > svg')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cronologia-print')).toBeVisible();

  expect(violations.filter(probe)).toEqual([]);
  expect(console).toEqual([]);
  await expectInertDom(page);
  await expectNothingRan(page, w);
});
