import { expect, test } from '@playwright/test';
import { artifact, useTimelineData } from './support/app';

for (const width of [375, 320]) {
  test(`the layout holds at ${width} px wide: a vertical timeline with no horizontal scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await useTimelineData(page);
    await page.goto('/');
    const list = page.getByRole('region', { name: 'Chronological list' });
    await expect(list).toBeVisible();
    await expect(list.getByRole('article').first()).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    if (width === 375) await page.screenshot({ path: artifact('mobile-375'), fullPage: false });

    // Filters fold away behind a button.
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(page.getByRole('group', { name: 'Speaker or actor' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await toggle.click();

    // The detail panel opens over the list and fits the screen.
    await list.getByRole('article').first().getByRole('heading', { level: 3 }).getByRole('button').click();
    const panel = page.getByRole('complementary', { name: /^Event:/ });
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(width);
    expect(await overflow()).toBeLessThanOrEqual(0);
    if (width === 375) await page.screenshot({ path: artifact('mobile-375-detail') });
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toHaveCount(0);
  });
}
