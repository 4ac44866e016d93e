import { expect, test, type Page } from '@playwright/test';
import { useTimelineData } from './support/app';

async function focusHasVisibleRing(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    // Chromium's date picker button, inside the input's own shadow tree, draws its own ring.
    if (el.matches('input[type="date"]') && !el.matches(':focus')) return true;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

// Journey: the whole journey works by keyboard alone.
test('the whole journey works by keyboard alone', async ({ page }) => {
  await useTimelineData(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();

  // ? lists the keys; Esc closes the list.
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(keys).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();

  // → selects the first item in time, → again the next; Enter opens it.
  const status = page.getByRole('main').getByRole('status');
  // Nothing selected: the empty status line takes no room above the chart's toolbar.
  const toolbar = page.getByRole('toolbar', { name: 'Timeline' });
  const gap = async () => ((await toolbar.boundingBox())?.y ?? 0) - ((await page.getByRole('main').boundingBox())?.y ?? 0);
  expect(await gap()).toBeLessThan(20);
  await page.keyboard.press('ArrowRight');
  await expect(status).not.toHaveText('');
  await expect(status).toBeVisible();
  const first = await status.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(status).not.toHaveText(first ?? '');
  await page.keyboard.press('ArrowLeft');
  await expect(status).toHaveText(first ?? '');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: /^(Event|Quote):/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // + and − zoom the timeline; the range goes into the URL.
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/range=/);
  await page.keyboard.press('0');
  await expect(page).not.toHaveURL(/range=/);

  // L switches to the list.
  await page.keyboard.press('l');
  const list = page.getByRole('region', { name: 'Chronological list' });
  await expect(list).toBeVisible();

  // / focuses the search; keys typed there are text, not shortcuts.
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search titles, quotes and speakers' });
  await expect(search).toBeFocused();
  await page.keyboard.type('collaboration');
  await expect(search).toHaveValue('collaboration');
  await expect(list).toBeVisible();

  // Tab reaches an item in the list, with a visible focus ring, and Enter opens it.
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => { const el = document.activeElement as HTMLElement; const s = getComputedStyle(el); return [`${el.tagName} ${el.getAttribute('type') ?? ''} ${(el.textContent ?? '').slice(0, 60)}`, s.outlineStyle, s.outlineWidth, el.matches(':focus')].join(' '); });
    expect(await focusHasVisibleRing(page), `focus ring on ${where}`).toBe(true);
    reached = await page.evaluate(() => document.activeElement?.closest('section[aria-labelledby="list-heading"]') != null);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  // Tab and Enter on Close shut the panel; focus returns to the item that opened it.
  const opener = await page.evaluate(() => document.querySelector('section[aria-labelledby="list-heading"] :focus') === null);
  expect(opener).toBe(true);
  await panel.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section[aria-labelledby="list-heading"]') != null)).toBe(true);
});

// "Fit all" right after a zoom is the reader's last word: the zoom's report, still on its way
// to the URL, must not bring the zoomed window back.
test('0 pressed right after + leaves the whole timeline in view', async ({ page }) => {
  await useTimelineData(page);
  await page.goto('/');
  const chart = page.locator('#timeline');
  await expect(chart).toBeVisible();
  const range = page.locator('.tl-range');
  const fitted = await range.textContent();
  await chart.focus();
  await page.keyboard.press('+');
  await expect(range).not.toHaveText(fitted ?? '');
  await page.keyboard.press('0');
  await expect(range).toHaveText(fitted ?? '');
  // The zoom reports its window a moment after it ends; give that moment time to pass.
  await page.waitForTimeout(800);
  await expect(range).toHaveText(fitted ?? '');
  expect(page.url()).not.toMatch(/range=/);
});
