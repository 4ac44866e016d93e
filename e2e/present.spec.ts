/** Journey: an analyst presents the story in a briefing room with a clicker. */
import { expect, test, type Page } from '@playwright/test';
import { defaultStops, fixture, useFixture } from './support/fixture';

test.beforeEach(async ({ page }) => {
  await useFixture(page);
});

const card = (page: Page) => page.getByRole('heading', { level: 1 });
const progress = (page: Page, n: number) => page.getByLabel(`Stop ${n} of ${defaultStops.length}`);

test('a clicker steps through the story and the URL follows', async ({ page }) => {
  expect(defaultStops.length).toBeGreaterThanOrEqual(5);
  await page.goto('/');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
  await expect(card(page)).toHaveText(defaultStops[0]!.title);
  await expect(page).toHaveURL(/present=1&stop=1/);

  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(card(page)).toHaveText(defaultStops[3]!.title);
  await expect(progress(page, 4)).toHaveText(`4 / ${defaultStops.length}`);
  await expect(page).toHaveURL(/stop=4/);

  await page.keyboard.press('PageUp');
  await expect(card(page)).toHaveText(defaultStops[2]!.title);
  await expect(page).toHaveURL(/stop=3/);

  await page.keyboard.press('End');
  const last = defaultStops.length;
  await expect(card(page)).toHaveText(defaultStops[last - 1]!.title);
  await expect(page).toHaveURL(new RegExp(`stop=${last}`));

  // A reload (or a shared link) lands on the same stop.
  await page.reload();
  await expect(card(page)).toHaveText(defaultStops[last - 1]!.title);
  await expect(progress(page, last)).toBeVisible();
});

test('number then Enter jumps, Home goes back, B blanks the screen', async ({ page }) => {
  await page.goto('/?present&stop=1');
  await expect(card(page)).toHaveText(defaultStops[0]!.title);
  await page.keyboard.press('3');
  await expect(page.getByRole('status').filter({ hasText: 'Go to stop 3…' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveText(defaultStops[2]!.title);
  await page.keyboard.press('Home');
  await expect(card(page)).toHaveText(defaultStops[0]!.title);

  await page.keyboard.press('b');
  await expect(page.getByText('Screen blanked. Press B to show it again.')).toBeAttached();
  await page.keyboard.press('b');
  await expect(page.getByText('Screen blanked. Press B to show it again.')).not.toBeAttached();
});

test('the card shows the date, quotes with speakers, and sources', async ({ page }) => {
  const withQuote = defaultStops.findIndex((e) => (fixture.quotes as { event?: string | null }[]).some((q) => q.event === e.id));
  expect(withQuote).toBeGreaterThanOrEqual(0);
  await page.goto(`/?present&stop=${withQuote + 1}`);
  const article = page.getByRole('article');
  await expect(article.getByRole('blockquote')).not.toHaveCount(0);
  await expect(article.getByText(/^— /).first()).toBeVisible();
  await expect(article.getByText(/^Sources:/)).toBeVisible();
});

test('Esc leaves the presentation for the normal view', async ({ page }) => {
  await page.goto('/?present&stop=2');
  await expect(card(page)).toHaveText(defaultStops[1]!.title);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Presentation' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
  await expect(page).not.toHaveURL(/present|stop=/);
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`screenshot: presentation at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?present&stop=3');
    await expect(card(page)).toHaveText(defaultStops[2]!.title);
    await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
    // The latest-date marker is labelled in the axis row, never over the event labels below the axis.
    const rule = await page.locator('#timeline .tl-axis-rule').boundingBox();
    const label = await page.locator('#timeline .tl-marker text').boundingBox();
    expect(rule && label && label.y + label.height).toBeLessThanOrEqual(rule?.y ?? 0);
    await page.screenshot({ path: `e2e/artifacts/present-${width}x${height}.png` });
  });
}
