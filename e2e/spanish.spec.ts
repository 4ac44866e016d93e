/** Journey: a Spanish-speaking reader gets Spanish labels and dates (document text stays as written). */
import { expect, test } from '@playwright/test';
import { defaultStops, useFixture } from './support/fixture';

test.beforeEach(async ({ page }) => {
  await useFixture(page);
});

test('?lang=es shows the header actions, export menu and embed dialog in Spanish', async ({ page }) => {
  await page.goto('/?lang=es');
  await expect(page.getByRole('button', { name: 'Presentar', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Exportar', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Datos (CSV)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimir un resumen' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Insertar', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Insertar esta vista' });
  await expect(dialog.getByRole('button', { name: 'Copiar' }).first()).toBeVisible();
  await expect(dialog.frameLocator('iframe').getByRole('link', { name: 'Abrir la cronología completa' })).toBeVisible();
});

test('the presentation shows Spanish dates and controls', async ({ page }) => {
  const stop = defaultStops.findIndex((e) => e.date.start === '2026-01-19');
  expect(stop).toBeGreaterThanOrEqual(0);
  await page.goto(`/?lang=es&present&stop=${stop + 1}`);
  await expect(page.getByRole('region', { name: 'Presentación' })).toBeVisible();
  await expect(page.getByText('19 de enero de 2026', { exact: true })).toBeVisible();
  await expect(page.getByLabel(`Parada ${stop + 1} de ${defaultStops.length}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Salir de la presentación' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Parada siguiente →' })).toBeVisible();
});
