import { expect, test } from '@playwright/test';
import { useTimelineData, timelineOnDisk } from './support/app';

// Journey: a search for "sovereignty" finds every quote that uses the word.
test('a search for “sovereignty” finds every quote that uses the word, highlighted', async ({ page }) => {
  const data = timelineOnDisk();
  const expected = data.quotes.filter((q) => /sovereignty/i.test(q.text));
  expect(expected.length, 'quotes using the word in the compiled seeds').toBeGreaterThanOrEqual(2);

  await useTimelineData(page);
  await page.goto('/?view=list');
  await page.getByRole('searchbox', { name: 'Search titles, quotes and speakers' }).fill('sovereignty');
  const list = page.getByRole('region', { name: 'Chronological list' });
  const figures = list.getByRole('figure');
  await expect(figures).toHaveCount(expected.length);
  for (const q of expected) {
    await expect(list.getByRole('blockquote').filter({ hasText: q.text.slice(0, 40) })).toHaveCount(1);
  }
  // Every shown quote has the word highlighted.
  for (const figure of await figures.all()) {
    await expect(figure.locator('mark').first()).toHaveText(/sovereignty/i);
  }
  await expect(page).toHaveURL(/q=sovereignty/);
});
