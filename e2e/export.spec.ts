/** Journey: a producer takes the current view away as an image, data or TimelineJS file. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { fixture, useFixture } from './support/fixture';

test.beforeEach(async ({ page }) => {
  await useFixture(page);
});

async function exportAs(page: Page, item: string): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: item, exact: true }).click();
  const download = await downloading;
  const file = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(file) };
}

async function shownCounts(page: Page): Promise<{ events: number; quotes: number }> {
  const text = await page.getByText(/\d+ events? and \d+ quotes? shown/).first().textContent();
  const m = /(\d+) events? and (\d+) quotes? shown/.exec(text ?? '');
  return { events: Number(m?.[1]), quotes: Number(m?.[2]) };
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('SVG and PNG images of the chart carry the title, and the PNG is twice the size', async ({ page }) => {
  await page.goto('/?range=2026-01-01..2026-01-31');
  await expect(page.getByRole('button', { name: /Sheinbaum and Trump speak by phone/ }).first()).toBeVisible();

  const svg = await exportAs(page, 'Image (SVG)');
  expect(svg.name).toMatch(/\.svg$/);
  const text = svg.body.toString('utf8');
  expect(text).toContain(fixture.title);
  expect(text).toContain('1 January 2026 to 31 January 2026');
  expect(text).toMatch(/Sources: Example News/);
  expect(text).toContain('Sheinbaum and Trump speak by phone');
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)?.[1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(text)?.[1]);
  expect(width).toBeGreaterThan(300);

  const png = await exportAs(page, 'Image for slides (PNG, 2×)');
  expect(png.name).toMatch(/\.png$/);
  expect(pngSize(png.body)).toEqual({ width: width * 2, height: height * 2 });
  mkdirSync('e2e/artifacts', { recursive: true });
  writeFileSync('e2e/artifacts/export-chart.png', png.body);
  // Not blank: the drawn image has many colours, and dark pixels where the title is.
  const stats = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 16) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    const title = ctx.getImageData(20, 10, 300, 40).data;
    let dark = 0;
    for (let i = 0; i < title.length; i += 4) if (title[i]! + title[i + 1]! + title[i + 2]! < 200) dark++;
    return { colours: colours.size, dark };
  }, png.body.toString('base64'));
  expect(stats.colours).toBeGreaterThan(20);
  expect(stats.dark).toBeGreaterThan(100);
});

test('the CSV holds the filtered events and quotes, and parses', async ({ page }) => {
  await page.goto('/?type=call');
  const counts = await shownCounts(page);
  expect(counts.events).toBeGreaterThan(0);
  const csv = await exportAs(page, 'Data (CSV)');
  expect(csv.name).toMatch(/\.csv$/);
  const parsed = Papa.parse<Record<string, string>>(csv.body.toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const events = parsed.data.filter((r) => r['kind'] === 'event');
  const quotes = parsed.data.filter((r) => r['kind'] === 'quote');
  expect(events).toHaveLength(counts.events);
  expect(quotes).toHaveLength(counts.quotes);
  expect(events.every((r) => r['type'] === 'call')).toBe(true);
  expect(events.map((r) => r['text'])).toContain('Sheinbaum and Trump speak by phone');
});

test('the TimelineJS file holds every event of the view', async ({ page }) => {
  await page.goto('/?offtopic=1');
  const counts = await shownCounts(page);
  expect(counts.events).toBe(fixture.events.length);
  const tjs = await exportAs(page, 'TimelineJS (JSON)');
  const data = JSON.parse(tjs.body.toString('utf8')) as {
    title: { text: { headline: string; text: string } };
    events: { unique_id: string; start_date: { year: number; month?: number; day?: number }; group: string }[];
  };
  const ids = new Set(data.events.map((e) => e.unique_id));
  for (const event of fixture.events) {
    if (event.date.start !== null) expect(ids).toContain(event.id);
    // Undated events cannot be TimelineJS slides: they are listed on the title slide.
    else expect(data.title.text.text).toContain(event.title);
  }
  const call = data.events.find((e) => e.unique_id === 'e-call1');
  expect(call?.start_date).toEqual({ year: 2026, month: 1, day: 12 });
  expect(call?.group).toBe('Call');
});
