import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// The chart alone, in its dev harness (src/app/timeline/fixtures/preview.html),
// with invented fixture data and local state shown under it.
const harness = (query: string) => `/src/app/timeline/fixtures/preview.html?${query}`;

async function ready(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('timeline-ready').length > 0);
}

function state(page: Page) {
  return page.locator('#harness-state');
}

test('every mark has a name a screen reader can speak, and Enter opens it', async ({ page }) => {
  await page.goto(harness('fixture=sample'));
  await ready(page);
  const chart = page.locator('#timeline');
  const call = chart.getByRole('button', { name: 'Call, 5 January 2026: Presidents speak by phone about border security, 3 sources' });
  await expect(call).toBeVisible();
  await expect(chart.getByRole('button', { name: /^Policy, February 2026: New inspection rules/ })).toBeVisible();
  await expect(chart.getByRole('button', { name: /^Quote by Lucía Ferrán, 21 January 2026: “Our sovereignty/ })).toBeVisible();

  // One tab stop for all marks (roving tabindex), right after the toolbar, landing on the first event.
  await page.getByRole('button', { name: 'Fit all' }).focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-label', /^Designation, 18 December 2025/);
  await page.keyboard.press('Enter');
  await expect(state(page)).toContainText('opened=e8');
  await expect(state(page)).toContainText('selected=e8');
  await expect(page.locator('[data-id="e8"]')).toHaveAttribute('aria-current', 'true');

  await call.click();
  await expect(state(page)).toContainText('opened=e1');
});

test('undated events wait in a tray with the date they were reported', async ({ page }) => {
  await page.goto(harness('fixture=sample'));
  await ready(page);
  await page.getByText('Undated').click();
  const item = page.getByRole('button', { name: /Spokesperson comments on talks/ });
  await expect(item).toContainText('reported 20 Jan 2026');
  await expect(page.getByRole('button', { name: /Talks postponed/ })).toContainText('reported 20 Jan 2026');
  await expect(page.getByText('1 undated quote')).toHaveCount(0);
  await item.click();
  await expect(state(page)).toContainText('opened=e13');
});

test("words with no date of their own stand on their speaker's lane at their article's day, marked so", async ({ page }) => {
  await page.goto(harness('fixture=sample'));
  await ready(page);
  const chart = page.locator('#timeline');
  const mark = chart.getByRole('button', { name: 'Quote by Tomás Iriarte, reported 20 January 2026: “We read the proposal in the papers.”' });
  await expect(mark).toBeVisible();
  await expect(mark).toHaveClass(/is-as-reported/);
  // A quote with a date of its own is drawn plainly.
  await expect(chart.getByRole('button', { name: /^Quote by Tomás Iriarte, 3 February 2026/ })).not.toHaveClass(/is-as-reported/);
  await expect(page.locator('.tl-legend')).toContainText('quote dated by its article');
});

test('zoom buttons, keys and Fit all change the visible range', async ({ page }) => {
  await page.goto(harness('fixture=sample'));
  await ready(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(state(page)).toContainText(/range=2026-01-\d\d\.\.2026-0[12]-\d\d/);
  const zoomed = await state(page).textContent();
  await page.locator('#timeline').getByRole('button').first().focus();
  await page.keyboard.press('+');
  await expect(state(page)).not.toHaveText(zoomed ?? '');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(state(page)).toContainText('range=2025-12-');
});

test('wheel and drag on the chart zoom and pan it', async ({ page }) => {
  await page.goto(harness('fixture=sample'));
  await ready(page);
  const box = await page.locator('#timeline').boundingBox();
  if (!box) throw new Error('no chart');
  await page.mouse.move(box.x + box.width / 2, box.y + 150);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  await expect(state(page)).toContainText(/range=2026-01-\d\d\.\.2026-0[12]-\d\d/);
  const before = await state(page).textContent();
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + 150, { steps: 6 });
  await page.mouse.up();
  await expect(state(page)).not.toHaveText(before ?? '');
});

test('lanes collapse and move within their group', async ({ page }) => {
  await page.goto(harness('fixture=sample'));
  await ready(page);
  const lanes = page.getByRole('group', { name: /^(Dana Whitfield|Ray Okafor)$/ });
  await expect(lanes).toHaveCount(2);
  await expect(lanes.first()).toHaveAccessibleName('Dana Whitfield');
  await page.getByRole('button', { name: 'Move Ray Okafor up' }).click();
  await expect(lanes.first()).toHaveAccessibleName('Ray Okafor');
  await expect(page.getByRole('button', { name: 'Move Ray Okafor up' })).toBeDisabled();

  await page.getByRole('button', { name: 'Collapse Lucía Ferrán' }).click();
  await expect(page.getByRole('button', { name: 'Expand Lucía Ferrán' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#timeline').getByRole('button', { name: /^Quote by Lucía Ferrán/ })).toHaveCount(0);
});

for (const timezoneId of ['America/Los_Angeles', 'Asia/Kolkata']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test('an event shows on its calendar day', async ({ page }) => {
      await page.goto(harness('fixture=sample'));
      await ready(page);
      await expect(page.locator('#timeline').getByRole('button', { name: /^Interview, 19 January 2026:/ })).toBeVisible();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      // At day level the interview sits on the "19" tick of January.
      const mark = await page.locator('[data-id="e3"] .tl-shape').boundingBox();
      const tick = page.locator('.tl-tick', { hasText: /^19$/ });
      await expect(tick).toHaveCount(1);
      const t = await tick.boundingBox();
      expect(mark && t && Math.abs(mark.x + mark.width / 2 - (t.x - 3))).toBeLessThan(12);
    });
  });
}

for (const fixture of ['empty', 'single', 'identical']) {
  test(`a ${fixture} timeline renders without NaN`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(harness(`fixture=${fixture}`));
    await ready(page);
    const html = await page.locator('.tl').evaluate((el) => new XMLSerializer().serializeToString(el));
    expect(html).not.toContain('NaN');
    expect(html).not.toContain('Infinity');
    expect(errors).toEqual([]);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Fit all' }).click();
    expect(await page.locator('.tl').evaluate((el) => new XMLSerializer().serializeToString(el))).not.toContain('NaN');
  });
}

test('identical dates collapse into a counted cluster that opens more rows when clicked', async ({ page }) => {
  await page.goto(harness('fixture=identical'));
  await ready(page);
  const cluster = page.locator('#timeline').getByRole('button', { name: /^\d+ more events/ });
  await expect(cluster).toHaveCount(1);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  while (await zoomIn.isEnabled()) await zoomIn.click();
  await page.locator('#timeline').getByRole('button', { name: /^\d+ more events/ }).click();
  await expect(page.locator('#timeline').getByRole('button', { name: /^Statement, 19 January 2026/ })).toHaveCount(9);
});

test('hostile text stays text, and a 300 px embed does not overflow', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setViewportSize({ width: 340, height: 700 });
  await page.goto(harness('fixture=hostile&variant=embed&w=300'));
  await ready(page);
  const chart = page.locator('.tl');
  await expect(chart.locator('script, img, iframe, foreignObject')).toHaveCount(0);
  await expect(chart.locator('svg svg')).toHaveCount(0);
  await expect(chart.getByTitle('<img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
  await expect(page.locator('#timeline').getByRole('button', { name: /^Policy, 14 January 2026: <script>alert\(1\)<\/script> policy/ })).toBeVisible();
  const overflow = await chart.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const width = await chart.evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(300);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: 'e2e/artifacts/timeline-hostile-embed-300.png', fullPage: true });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the chart has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(harness('fixture=sample&sel=e3'));
    await ready(page);
    const results = await new AxeBuilder({ page }).include('.tl').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(serious).toEqual([]);
    await page.screenshot({ path: `e2e/artifacts/timeline-chart-${colorScheme}.png`, fullPage: true });
  });
}

test('large data switches to an aggregated canvas layer and back to marks when zoomed in', async ({ page }) => {
  await page.goto(harness('fixture=gen&n=5000'));
  await ready(page);
  await expect(page.locator('canvas.tl-canvas')).toHaveCount(1);
  await expect(page.getByText(/items in view: zoom in to see each one/)).toBeVisible();
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('canvas.tl-canvas')).toHaveCount(0);
  await expect(page.locator('#timeline [data-id]').first()).toBeVisible();
});

test('a selected event is drawn as its own mark, never hidden in a cluster', async ({ page }) => {
  await page.goto(harness('fixture=identical&sel=i8'));
  await ready(page);
  const chart = page.locator('#timeline');
  await expect(chart.getByRole('button', { name: /^\d+ more events/ })).toHaveCount(1);
  await expect(chart.getByRole('button', { name: /^Statement, 19 January 2026: Same-day statement 9/ })).toBeVisible();
});
