/** Journey: a newsroom reads the chart at any size (desktop with the panel open, embed, presentation) and no word is cut at an edge. */
import { expect, test, type Page } from '@playwright/test';
import { timelineOnDisk, useTimelineData } from './support/app';

/** Event labels that the chart's edge cuts through (partly in, partly out of the plot). */
function cutLabels(page: Page): Promise<string[]> {
  return page.getByRole('group', { name: /^Timeline, / }).evaluate((svg) => {
    const plot = svg.getBoundingClientRect();
    const cut: string[] = [];
    for (const label of svg.querySelectorAll('[role="button"][data-id] > text')) {
      const box = label.getBoundingClientRect();
      const acrossRight = box.left < plot.right && box.right > plot.right + 1;
      const acrossLeft = box.right > plot.left && box.left < plot.left - 1;
      if (acrossRight || acrossLeft) cut.push(label.textContent ?? '');
    }
    return cut;
  });
}

const dated = timelineOnDisk()
  .events.filter((e) => e.relevant && e.date.start !== null && e.date.precision === 'day')
  .sort((a, b) => (a.date.start! < b.date.start! ? -1 : a.date.start! > b.date.start! ? 1 : 0));

test.beforeEach(async ({ page }) => {
  await useTimelineData(page);
});

test('event labels end inside the chart with the detail panel open', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const event of [dated[dated.length - 1]!, dated[Math.floor(dated.length / 2)]!]) {
    await page.goto(`/?sel=${event.id}&open=${event.id}`);
    await expect(page.getByRole('complementary', { name: /^Event:/ })).toBeVisible();
    await expect.poll(() => cutLabels(page)).toEqual([]);
  }
});

test('event labels end inside a narrow embed', async ({ page }) => {
  for (const width of [400, 800]) {
    await page.setViewportSize({ width, height: 600 });
    await page.goto('/?embed=1');
    await expect(page.getByRole('group', { name: /^Timeline, / })).toBeVisible();
    await expect.poll(() => cutLabels(page)).toEqual([]);
  }
});

test('event labels end inside the chart at every presentation stop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?present=1&stop=1');
  const progress = page.getByText(/^\d+ \/ \d+$/);
  const total = Number((await progress.textContent())?.split('/')[1]);
  for (let stop = 1; stop <= Math.min(total, 8); stop++) {
    await expect(progress).toHaveText(`${stop} / ${total}`);
    await expect.poll(() => cutLabels(page)).toEqual([]);
    await page.keyboard.press('PageDown');
  }
});
