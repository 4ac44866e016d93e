import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serveTimeline } from './support/app';

// Journey: a reader tells a speaker's own words from reported speech. Direct quotes are in
// quotation marks; a paraphrase is tagged and never dressed up as a quotation.
interface Q {
  text: string;
  direct: boolean;
}
const base = JSON.parse(readFileSync('e2e/fixtures/seed-timeline.json', 'utf8')) as { quotes: Q[] };
const [direct, reported] = base.quotes as [Q, Q];
reported.direct = false;
direct.direct = true;

async function marksAround(page: Page, text: string): Promise<string> {
  const quote = page.getByRole('region', { name: 'Chronological list' }).getByRole('blockquote').filter({ hasText: text });
  return quote.evaluate((el) => `${getComputedStyle(el, '::before').content}|${getComputedStyle(el, '::after').content}`);
}

test('the list shows direct quotes in quotation marks and reported speech as a tagged paraphrase', async ({ page }) => {
  await serveTimeline(page, JSON.stringify(base));
  await page.goto('/?view=list');
  const list = page.getByRole('region', { name: 'Chronological list' });
  const directText = direct.text.slice(0, 30);
  const reportedText = reported.text.slice(0, 30);
  await expect(list.getByRole('blockquote').filter({ hasText: reportedText })).toHaveCount(1);

  expect(await marksAround(page, directText)).toBe('"“"|"”"');
  expect(await marksAround(page, reportedText)).toBe('none|none');
  const figure = (text: string) => list.getByRole('figure').filter({ has: page.getByRole('blockquote').filter({ hasText: text }) });
  await expect(figure(reportedText).getByText('paraphrased', { exact: true })).toBeVisible();
  await expect(figure(directText).getByText('paraphrased', { exact: true })).toHaveCount(0);

  // The detail panel keeps the distinction.
  await figure(reportedText).getByRole('button', { name: /^Open/ }).click();
  const detail = page.getByRole('complementary', { name: /^Quote:/ });
  await expect(detail.getByText('paraphrased', { exact: true })).toBeVisible();
  const full = detail.getByRole('blockquote').filter({ hasText: reportedText }).first();
  await expect(full).toBeVisible();
  expect(await full.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('none');
});
