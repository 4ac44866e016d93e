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

/** Speakers with a lane in the chart: their lane's accessible name is their full name. */
const speakers = (() => {
  const disk = timelineOnDisk();
  const ids = new Set(disk.quotes.map((q) => q.speaker));
  return disk.actors.filter((a) => ids.has(a.id));
})();

/** The names the lane column shows in full, with "…", or cut by the column. */
async function laneNames(page: Page) {
  const out: { name: string; shown: string; cut: boolean }[] = [];
  for (const a of speakers) {
    const lane = page.getByRole('group', { name: a.name, exact: true });
    if ((await lane.count()) === 0) continue;
    out.push(
      await lane.getByTitle(a.name, { exact: true }).evaluate((el, name) => ({ name, shown: el.textContent ?? '', cut: el.scrollWidth > el.clientWidth + 1 }), a.name),
    );
  }
  return out;
}

test('lane names stay readable with the panel open and in a presentation, the full name a tooltip away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const latest = dated[dated.length - 1]!;
  const seen = new Set<string>();
  for (const url of [`/?sel=${latest.id}&open=${latest.id}`, '/?present=1&stop=2', '/?present=1&stop=3']) {
    await page.goto(url);
    await expect(page.getByRole('group', { name: /^Timeline, / })).toBeVisible();
    const names = await laneNames(page);
    for (const n of names) {
      seen.add(url);
      expect(n.cut, `${n.name} shown as "${n.shown}"`).toBe(false);
      expect(n.shown.endsWith('…'), `${n.name} shown as "${n.shown}"`).toBe(false);
      // What is left is a word of the name, not a stub of one.
      const words = n.name.split(/\s+/);
      expect(words.some((w) => w.length >= 3 && n.shown.includes(w)) || /^\p{Lu}{2,}$/u.test(n.shown), `${n.name} shown as "${n.shown}"`).toBe(true);
    }
  }
  // The panel view and at least one stop have speakers' lanes.
  expect(seen.size).toBeGreaterThanOrEqual(2);
});
