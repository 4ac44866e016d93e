import { expect, test } from '@playwright/test';
import { artifact, serveTimeline, useTimelineData } from './support/app';

// Not a journey: saves the main states of the shell to e2e/artifacts/ for a person to look at.
test('screenshots of the main states', async ({ page }) => {
  await useTimelineData(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: artifact('timeline') });

  await page.goto('/?view=list');
  const list = page.getByRole('region', { name: 'Chronological list' });
  await list.getByRole('article').filter({ hasText: '19 January 2026' }).first().getByRole('heading', { level: 3 }).getByRole('button').click();
  await expect(page.getByRole('complementary', { name: /^Event:/ })).toBeVisible();
  await page.screenshot({ path: artifact('detail-open') });

  await page.goto('/?view=list&q=sovereignty');
  await expect(list.getByRole('figure').first()).toBeVisible();
  await page.screenshot({ path: artifact('list-search') });

  await page.goto('/?view=document');
  await page.getByRole('region', { name: 'Documents' }).getByRole('button').first().click();
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.screenshot({ path: artifact('document'), fullPage: true });

  await page.goto('/?theme=dark');
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: artifact('dark-timeline') });
  await page.goto('/?theme=dark&view=list&lang=es');
  await list.or(page.getByRole('region', { name: 'Lista cronológica' })).first().waitFor();
  await page.getByRole('region', { name: 'Lista cronológica' }).getByRole('article').first().getByRole('heading', { level: 3 }).getByRole('button').click();
  await page.screenshot({ path: artifact('dark-list-es') });
});

test('screenshot of the error screen', async ({ page }) => {
  await serveTimeline(page, '<!doctype html><p>Sign in</p>', { contentType: 'text/html' });
  await page.goto('/');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.screenshot({ path: artifact('error-html') });
});
