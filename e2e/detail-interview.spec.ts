import { expect, test } from '@playwright/test';
import { useTimelineData } from './support/app';

// Journey: opening the Jan 19 interview shows Moreno's quotes with the source sentence.
test('opening the Jan 19 interview shows Moreno’s quotes with the source sentence', async ({ page }) => {
  await useTimelineData(page);
  await page.goto('/?view=list');
  const list = page.getByRole('region', { name: 'Chronological list' });
  const interview = list.getByRole('article').filter({ hasText: '19 January 2026' }).filter({ hasText: /interview/i }).first();
  await interview.getByRole('heading', { level: 3 }).getByRole('button').click();

  const panel = page.getByRole('complementary', { name: /^Event:/ });
  await expect(panel.getByText('19 January 2026')).toBeVisible();
  // How the date was found, in words (the compiler decides which: the article says "January 19" without a year).
  await expect(panel.getByText(/stated in the article|year inferred from the article|relative to publication|reported on/)).toBeVisible();
  await expect(panel.getByText('Alejandro Moreno').first()).toBeVisible();
  // Moreno's words from the interview, with the sentence they were cited from.
  const quotes = panel.getByRole('region', { name: 'Quotes' });
  await expect(quotes.getByRole('blockquote').filter({ hasText: /That is not violating sovereignty/ })).toBeVisible();
  const sources = panel.getByRole('region', { name: /Sources/ });
  await expect(sources.locator('mark').first()).toBeVisible();
  await expect(sources.getByRole('blockquote').first()).toContainText(/January 19/);

  // A quote shows its speaker, the full text and its surrounding sentence.
  await quotes.getByRole('listitem').filter({ hasText: /That is not violating sovereignty/ }).getByRole('button', { name: /Open/ }).click();
  const quotePanel = page.getByRole('complementary', { name: /^Quote:/ });
  await expect(quotePanel.getByRole('heading', { level: 2 })).toContainText('Alejandro Moreno');
  const context = quotePanel.getByRole('region', { name: 'In context' });
  await expect(context.locator('mark')).toContainText(/sovereignty/);
  await expect(context.getByText(/Moreno stated/)).toBeVisible();
  // The cited words are a calm background mark: no bold, no underline, no border.
  const look = await context.locator('mark').first().evaluate((m) => {
    const s = getComputedStyle(m);
    return { weight: s.fontWeight, line: s.textDecorationLine, border: s.borderBottomStyle, background: s.backgroundColor };
  });
  expect(look).toMatchObject({ weight: '400', line: 'none', border: 'none' });
  expect(look.background).not.toBe('rgba(0, 0, 0, 0)');

  // Esc closes the panel.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: /^(Event|Quote):/ })).toHaveCount(0);
});

test('clicking a mark in the chart opens its detail, and Esc gives focus back to the mark', async ({ page }) => {
  await useTimelineData(page);
  await page.goto('/');
  const chart = page.locator('#timeline');
  const mark = chart.getByRole('button', { name: /^Interview, .*19 January 2026/ }).first();
  await mark.click();
  const panel = page.getByRole('complementary', { name: /^Event:/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('19 January 2026')).toBeVisible();
  await expect(page).toHaveURL(/open=/);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(mark).toBeFocused();
});
