/** Journey: an analyst prints a handout of the current view. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixture, useFixture } from './support/fixture';

test.beforeEach(async ({ page }) => {
  await useFixture(page);
});

/** The PDF's text, page by page, via pdf.js (no reliance on how chromium encodes fonts). */
async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

test('printing gives a handout with the title, every shown event, quotes and numbered sources', async ({ page }) => {
  await page.goto('/');
  const shown = fixture.events.filter((e) => e.relevant);
  await expect(page.getByRole('heading', { level: 1, name: fixture.title })).toBeVisible();
  // The handout carries a copy of the chart once it has drawn.
  await expect(page.getByRole('img', { name: fixture.title, includeHidden: true })).toHaveCount(1);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.length).toBeGreaterThan(1000);
  const text = await pdfText(pdf);
  expect(text).toContain(fixture.title);
  for (const event of shown) expect(text).toContain(event.title);
  expect(text).toContain('Events in order');
  expect(text).toMatch(/Sources 1\. ?Example News/);
  // The app's own controls are not printed.
  expect(text).not.toContain('Skip to the timeline');
  expect(text).not.toContain('Clear filters');

  mkdirSync('e2e/artifacts', { recursive: true });
  writeFileSync('e2e/artifacts/print.pdf', pdf);
  if (existsSync('/usr/bin/pdftoppm')) {
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', 'e2e/artifacts/print.pdf', 'e2e/artifacts/print-page']);
  }
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'e2e/artifacts/print-media.png', fullPage: true });
});

test('the handout follows the filters', async ({ page }) => {
  await page.goto('/?type=call');
  await expect(page.getByRole('img', { name: fixture.title, includeHidden: true })).toHaveCount(1);
  const text = await pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('Sheinbaum and Trump speak by phone');
  expect(text).not.toContain('US operation captures Maduro');
});
