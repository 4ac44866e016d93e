import { expect, test } from '@playwright/test';
import { useTimelineData, timelineOnDisk } from './support/app';

// Journey: filtering to one speaker leaves only their quotes.
test('filtering to one speaker leaves only their quotes', async ({ page }) => {
  const data = timelineOnDisk();
  const sheinbaum = data.actors.find((a) => /Sheinbaum/.test(a.name));
  expect(sheinbaum, 'the compiled seeds name Claudia Sheinbaum').toBeDefined();
  const hers = data.quotes.filter((q) => q.speaker === sheinbaum?.id);
  expect(hers.length, 'Sheinbaum has quotes in the seeds').toBeGreaterThan(0);

  await useTimelineData(page);
  await page.goto('/?view=list');
  const list = page.getByRole('region', { name: 'Chronological list' });
  await expect(list.getByRole('figure').first()).toBeVisible();
  const before = await list.getByRole('figure').count();

  await page.getByRole('group', { name: 'Speaker or actor' }).getByRole('checkbox', { name: /Claudia Sheinbaum/ }).check();
  await expect(page).toHaveURL(new RegExp(`actor=${encodeURIComponent(sheinbaum!.id)}`));
  const figures = list.getByRole('figure');
  await expect(figures).toHaveCount(hers.length);
  for (const name of await figures.evaluateAll((nodes) => nodes.map((n) => n.querySelector('figcaption')?.textContent ?? ''))) {
    expect(name).toContain('Claudia Sheinbaum');
  }
  expect(before).toBeGreaterThan(hers.length);

  // One control clears every filter.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(list.getByRole('figure')).toHaveCount(before);
});

test('a date range keeps only the items in that window, and a source opens its document', async ({ page }) => {
  await useTimelineData(page);
  await page.goto('/?view=list');
  const dates = page.getByRole('group', { name: 'Date range' });
  await dates.getByLabel('From').fill('2026-01-10');
  await dates.getByLabel('To').fill('2026-01-20');
  await expect(page).toHaveURL(/from=2026-01-10&to=2026-01-20/);
  const list = page.getByRole('region', { name: 'Chronological list' });
  await expect(list.getByRole('article').first()).toBeVisible();
  const starts = await list.getByRole('article').evaluateAll((nodes) => nodes.map((n) => n.querySelector('time')?.getAttribute('datetime') ?? ''));
  for (const s of starts) {
    expect(s >= '2026-01-10' || s === '').toBe(true);
    expect(s <= '2026-01-20').toBe(true);
  }
  await expect(list.getByRole('heading', { name: 'Undated' })).toHaveCount(0);

  // Two clicks from an item to its source article.
  await list.getByRole('article').first().getByRole('button').last().click();
  await expect(page.getByRole('button', { name: 'Documents', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
});
