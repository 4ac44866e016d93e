import { expect, test } from '@playwright/test';
import { useTimelineData } from './support/app';

// Journey: the four January 2026 events of the US–Mexico standoff appear in date order.
test('the four Jan 2026 events appear in date order', async ({ page }) => {
  await useTimelineData(page);
  await page.goto('/?view=list');
  const list = page.getByRole('region', { name: 'Chronological list' });
  await expect(list.getByRole('heading', { level: 3 }).first()).toBeVisible();

  const days = ['2026-01-03', '2026-01-12', '2026-01-19', '2026-01-29'];
  const articles = list.getByRole('article');
  const starts = await articles.evaluateAll((nodes) => nodes.map((n) => n.querySelector('time')?.getAttribute('datetime') ?? ''));
  // Every dated event sits at or after the one before it.
  const dated = starts.filter((s) => s !== '');
  expect(dated).toEqual([...dated].sort());
  // Each of the four days has an event, and they come in that order.
  const positions = days.map((d) => starts.findIndex((s) => s.startsWith(d)));
  for (const [i, p] of positions.entries()) expect(p, `an event on ${days[i]}`).toBeGreaterThanOrEqual(0);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  await expect(list.getByRole('article').filter({ hasText: '3 January 2026' }).first()).toBeVisible();
  await expect(list.getByRole('article').filter({ hasText: '19 January 2026' }).first()).toBeVisible();
  await expect(list.getByRole('article').filter({ hasText: '29 January 2026' }).first()).toBeVisible();
});

for (const timezoneId of ['America/Los_Angeles', 'Asia/Kolkata']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test('the same calendar days show, in English and in Spanish', async ({ page }) => {
      await useTimelineData(page);
      await page.goto('/?view=list');
      const list = page.getByRole('region', { name: 'Chronological list' });
      await expect(list.getByRole('article').filter({ hasText: '19 January 2026' }).first()).toBeVisible();
      await expect(list.getByRole('article').filter({ hasText: '3 January 2026' }).first()).toBeVisible();
      await page.goto('/?view=list&lang=es');
      const lista = page.getByRole('region', { name: 'Lista cronológica' });
      await expect(lista.getByRole('article').filter({ hasText: '19 de enero de 2026' }).first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Quitar filtros' })).toBeVisible();
    });
  });
}
