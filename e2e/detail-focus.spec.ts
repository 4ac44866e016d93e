/** Journey: the detail panel takes focus when it opens; its ring shows for keyboard users only. */
import { expect, test, type Locator } from '@playwright/test';
import { timelineOnDisk, useTimelineData } from './support/app';

const ring = (el: Locator) => el.evaluate((node) => getComputedStyle(node).outlineStyle);

test.beforeEach(async ({ page }) => {
  await useTimelineData(page);
});

test('a panel opened from a link or a click takes focus without a ring; opened with Enter it shows one', async ({ page }) => {
  const event = timelineOnDisk().events.find((e) => e.relevant && e.date.start !== null && e.date.precision === 'day')!;
  await page.goto(`/?sel=${event.id}&open=${event.id}`);
  const heading = page.getByRole('complementary', { name: /^Event:/ }).getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  expect(await ring(heading)).toBe('none');

  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const list = page.getByRole('region', { name: 'Chronological list' });
  await list.getByRole('button', { name: event.title, exact: true }).first().click();
  await expect(heading).toBeFocused();
  expect(await ring(heading)).toBe('none');

  await page.keyboard.press('Escape');
  await list.getByRole('button', { name: event.title, exact: true }).first().focus();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  expect(await ring(heading)).toBe('solid');
});
