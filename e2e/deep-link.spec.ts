import { expect, test } from '@playwright/test';
import { useTimelineData } from './support/app';

// Journey: a deep link survives a reload, and Back and Forward restore each step.
test('a deep link survives a reload and history steps back through the view', async ({ page }) => {
  await useTimelineData(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /Mexico/ }).check();
  await page.getByRole('searchbox', { name: 'Search titles, quotes and speakers' }).fill('sovereignty');
  const list = page.getByRole('region', { name: 'Chronological list' });
  await list.getByRole('button', { name: /Open/ }).first().click();
  const panel = page.getByRole('complementary', { name: /^Quote:/ });
  await expect(panel).toBeVisible();
  const heading = await panel.getByRole('heading', { level: 2 }).textContent();
  const url = page.url();
  expect(url).toMatch(/view=list/);
  expect(url).toMatch(/open=/);

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search titles, quotes and speakers' })).toHaveValue('sovereignty');
  await expect(page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /Mexico/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary', { name: /^Quote:/ }).getByRole('heading', { level: 2 })).toHaveText(heading ?? '');
  expect(page.url()).toBe(url);

  // A copied link opens the same view in a fresh page.
  const other = await page.context().newPage();
  await useTimelineData(other);
  await other.goto(url);
  await expect(other.getByRole('complementary', { name: /^Quote:/ }).getByRole('heading', { level: 2 })).toHaveText(heading ?? '');

  // Back closes the panel, Forward reopens it.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: heading ?? '' })).toHaveCount(0);
  await page.goForward();
  await expect(page.getByRole('complementary', { name: /^Quote:/ }).getByRole('heading', { level: 2 })).toHaveText(heading ?? '');
});

test('zooming replaces the history entry, while filtering adds one that Back undoes', async ({ page }) => {
  await useTimelineData(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
  const length = () => page.evaluate(() => history.length);
  const before = await length();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  await expect(page).toHaveURL(/range=/);
  expect(await length()).toBe(before);
  const zoomed = page.url();

  await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /United States/ }).check();
  await expect(page).toHaveURL(/country=US/);
  expect(await length()).toBe(before + 1);
  await page.goBack();
  await expect(page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /United States/ })).not.toBeChecked();
  expect(page.url()).toBe(zoomed);
});
