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
    // Reported speech can carry a partial quote inside it, so a quote's words may show twice.
    const words = q.text.slice(0, 40);
    const holding = expected.filter((other) => other.text.includes(words)).length;
    await expect(list.getByRole('blockquote').filter({ hasText: words })).toHaveCount(holding);
  }
  // Every shown quote has the word highlighted.
  for (const figure of await figures.all()) {
    await expect(figure.locator('mark').first()).toHaveText(/sovereignty/i);
  }
  await expect(page).toHaveURL(/q=sovereignty/);
});
