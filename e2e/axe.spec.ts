import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { useTimelineData } from './support/app';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the axe scan finds no serious or critical violations (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await useTimelineData(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
    expect(await seriousViolations(page), 'timeline view').toEqual([]);

    await page.goto('/?view=list&q=sovereignty');
    const list = page.getByRole('region', { name: 'Chronological list' });
    await list.getByRole('button', { name: /Open/ }).first().click();
    await expect(page.getByRole('complementary', { name: /^Quote:/ })).toBeVisible();
    expect(await seriousViolations(page), 'list view with a quote open').toEqual([]);

    await page.goto('/?view=document');
    await page.getByRole('region', { name: 'Documents' }).getByRole('button').first().click();
    await expect(page.getByRole('article').first()).toBeVisible();
    expect(await seriousViolations(page), 'document view').toEqual([]);

    await page.goto('/?view=list');
    await expect(page.getByRole('region', { name: 'Chronological list' })).toBeVisible();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await seriousViolations(page), 'keys dialog').toEqual([]);
  });
}
