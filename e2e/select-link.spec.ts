/** Journey: a reader follows a link to one item (`?sel=`) and finds it on screen, wherever it sits. */
import { expect, test } from '@playwright/test';
import { timelineOnDisk, useTimelineData } from './support/app';

test.beforeEach(async ({ page }) => {
  await useTimelineData(page);
});

test('a link to a quote far down the chart scrolls the page to its mark', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 340 });
  await page.goto('/');
  const quotes = page.getByRole('group', { name: /^Timeline, / }).getByRole('button', { name: /^Quote by |^\d+ quotes, / });
  await expect(quotes.first()).toBeAttached();
  // The lowest quote mark on the chart, below the fold on a short screen.
  const marks = await quotes.evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-id') ?? '', name: el.getAttribute('aria-label') ?? '', y: el.getBoundingClientRect().top })),
  );
  const lowest = marks.sort((a, b) => b.y - a.y)[0]!;
  const mark = page.getByRole('group', { name: /^Timeline, / }).getByRole('button', { name: lowest.name, exact: true });
  await expect(mark).not.toBeInViewport();

  await page.goto(`/?sel=${lowest.id}`);
  await expect(mark).toHaveAttribute('aria-current', 'true');
  await expect(mark).toBeInViewport();
});

test('a link to an item in the list scrolls it well inside the screen, not to an edge', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const dated = timelineOnDisk()
    .events.filter((e) => e.relevant && e.date.start !== null)
    .sort((a, b) => (a.date.start! < b.date.start! ? -1 : 1));
  for (const event of [dated[Math.floor(dated.length / 2)]!, dated[dated.length - 2]!]) {
    await page.goto(`/?view=list&sel=${event.id}`);
    const entry = page.getByRole('region', { name: 'Chronological list' }).getByRole('button', { name: event.title, exact: true }).first();
    await expect(entry).toHaveAttribute('aria-current', 'true');
    await expect(entry).toBeInViewport();
    // Not left at an edge of the screen, where it reads as cut off.
    const box = (await entry.boundingBox())!;
    expect(box.y).toBeGreaterThan(800 * 0.2);
    expect(box.y + box.height).toBeLessThan(800 * 0.8);
  }
});

test('a link to an event with no place on the axis opens the undated tray on it', async ({ page }) => {
  // Events known only by their report date (or by none) wait in the tray; take the last of them.
  const tray = timelineOnDisk().events.filter((e) => e.relevant && (e.date.start === null || (e.date as { basis?: string }).basis === 'reported'));
  expect(tray.length).toBeGreaterThan(3);
  const event = tray[tray.length - 1]!;
  await page.goto(`/?sel=${event.id}`);
  const escaped = event.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const item = page.getByRole('button', { name: new RegExp(`^${escaped}`) });
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(item).toBeInViewport();
});
