/** Journey: a journalist filters the timeline and copies the snippet for the article. */
import { expect, test, type Page } from '@playwright/test';
import { useFixture } from './support/fixture';

test.beforeEach(async ({ page }) => {
  await useFixture(page);
});

/** Accessible names of the chart's event marks ("Call, 12 January 2026: …"). */
async function markNames(page: Page): Promise<string[]> {
  const marks = page.getByRole('button', { name: /^[A-Z][a-z ]+, .+: .+, \d+ (independent )?sources?$/ });
  await expect(marks.first()).toBeVisible();
  const names = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return [...new Set(names)].sort();
}

test('the snippet reproduces the filtered view, in both forms, with a live preview', async ({ page, baseURL }) => {
  await page.goto('/?type=call&lang=en');
  const full = await markNames(page);
  expect(full.length).toBeGreaterThan(0);
  expect(full.every((n) => n.startsWith('Call, '))).toBe(true);

  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  const script = await dialog.getByLabel('Snippet that sizes itself (recommended)').inputValue();
  const iframe = await dialog.getByLabel('Plain iframe, fixed height (works without scripts)').inputValue();
  expect(script).toContain(`data-cronologia="${baseURL}?type=call&amp;lang=en"`);
  expect(script).toContain(`<script src="${baseURL}embed.js" async></script>`);
  const src = /src="([^"]+)"/.exec(iframe)?.[1]?.replace(/&amp;/g, '&');
  expect(src).toBe(`${baseURL}?type=call&lang=en&embed`);
  expect(iframe).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');

  // The live preview shows the embed.
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('link', { name: 'Open the full timeline' })).toBeVisible();

  // Copy works (or falls back to selecting the text).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy' }).first().click();
  await expect(dialog.getByRole('status').first()).toHaveText(/Copied|press Ctrl\+C/);

  // Esc closes the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The embed at that URL shows the same marks as the filtered full view.
  await page.goto(src!);
  expect(await markNames(page)).toEqual(full);
  await expect(page.getByRole('link', { name: 'Open the full timeline' })).toHaveAttribute('href', `${baseURL}?type=call&lang=en`);
});
