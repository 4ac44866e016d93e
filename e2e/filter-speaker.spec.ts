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
