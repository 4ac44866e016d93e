import { expect, test } from '@playwright/test';
import { artifact, serveTimeline, timelineOnDisk, useTimelineData } from './support/app';

for (const width of [375, 320]) {
  test(`the layout holds at ${width} px wide: a vertical timeline with no horizontal scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await useTimelineData(page);
    await page.goto('/');
    const list = page.getByRole('region', { name: 'Chronological list' });
    await expect(list).toBeVisible();
    await expect(list.getByRole('article').first()).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    if (width === 375) await page.screenshot({ path: artifact('mobile-375'), fullPage: false });

    // An entry's sources stand one a line, none pushed onto a line of its own by a separator.
    const sources = list.getByRole('list', { name: 'Sources' }).filter({ has: page.getByRole('listitem').nth(1) }).first();
    await sources.scrollIntoViewIfNeeded();
    const boxes = await sources.getByRole('listitem').evaluateAll((items) =>
      items.map((li) => ({ left: li.getBoundingClientRect().left, top: li.getBoundingClientRect().top, text: li.textContent ?? '' })),
    );
    expect(boxes.length).toBeGreaterThan(1);
    for (const [i, b] of boxes.entries()) {
      expect(b.text).not.toMatch(/^[\s;,]*$/);
      expect(b.left).toBe(boxes[0]?.left);
      if (i > 0) expect(b.top).toBeGreaterThan(boxes[i - 1]?.top ?? Infinity);
    }

    // Filters fold away behind a button.
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(page.getByRole('group', { name: 'Speaker or actor' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await toggle.click();

    // The detail panel opens over the list and fits the screen.
    await list.getByRole('article').first().getByRole('heading', { level: 3 }).getByRole('button').click();
    const panel = page.getByRole('complementary', { name: /^Event:/ });
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(width);
    expect(await overflow()).toBeLessThanOrEqual(0);
    if (width === 375) await page.screenshot({ path: artifact('mobile-375-detail') });
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toHaveCount(0);
  });
}

test('at 375 px the list opens where the chart opens, past year-only events that would stretch it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const timeline = timelineOnDisk();
  const template = timeline.events.find((e) => e.relevant && e.date.precision === 'day');
  if (!template) throw new Error('the seeds have no event with a known day');
  const yearOnly = ['2015', '2016'].map((year) => ({
    ...template,
    id: `ev-year-only-${year}`,
    title: `Year-only event of ${year}`,
    date: { start: year, precision: 'year', basis: 'stated' },
  }));
  await serveTimeline(page, JSON.stringify({ ...timeline, events: [...yearOnly, ...timeline.events] }));
  await page.goto('/');
  const list = page.getByRole('region', { name: 'Chronological list' });
  // The year-only events head the list, but the list opens on the items with a known day.
  await expect(list.getByRole('article', { name: 'Year-only event of 2015' })).toBeAttached();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(list.getByRole('article', { name: 'Year-only event of 2015' })).not.toBeInViewport();
  await expect(list.getByRole('article', { name: 'Year-only event of 2016' })).not.toBeInViewport();
  await page.screenshot({ path: artifact('mobile-375-opening') });

  // A selection in the URL wins: the list opens on that item instead.
  await page.goto('/?sel=ev-year-only-2015');
  await expect(list.getByRole('article', { name: 'Year-only event of 2015' })).toBeInViewport();
});
