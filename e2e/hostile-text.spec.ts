import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serveTimeline } from './support/app';

// Journey: text from documents shows as text in every shell view; nothing in it runs.
const hostile = readFileSync('e2e/fixtures/hostile-timeline.json', 'utf8');

test('script-shaped text shows as literal text in the list, detail and document views', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await serveTimeline(page, hostile);
  await page.goto('/?view=list&offtopic=1');
  const list = page.getByRole('region', { name: 'Chronological list' });
  await expect(list.getByText('<img src=x onerror="window.__xss=1">').first()).toBeVisible();
  await list.getByRole('article').first().getByRole('heading', { level: 3 }).getByRole('button').click();
  await expect(page.getByRole('complementary', { name: /^Event:/ })).toBeVisible();
  await page.goto('/?view=document');
  await page.getByRole('region', { name: 'Documents' }).getByRole('button').nth(1).click();
  await expect(page.getByRole('article').getByText('<script>window.__xss=1</script>').first()).toBeVisible();
  // The javascript: URL never became a link.
  await expect(page.getByRole('link', { name: 'Open the original article' })).toHaveCount(0);

  const injected = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss ?? null,
    elements: document.querySelectorAll('main script, main img, main iframe, main noscript, #filters-panel img, [role=complementary] img').length,
    svgOutsideChart: Array.from(document.querySelectorAll('main svg')).filter((s) => !s.closest('#timeline')).length,
  }));
  expect(injected).toEqual({ xss: null, elements: 0, svgOutsideChart: 0 });
  expect(problems).toEqual([]);
});
