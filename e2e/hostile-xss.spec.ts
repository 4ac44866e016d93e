/**
 * Hostile text: a timeline with an XSS payload (classic, mutation-XSS, javascript:
 * URLs, template and entity forms; src/app/hostile/xss-payloads.ts) in every text
 * field goes through every view: chart marks, SVG <title> tooltips, ARIA labels,
 * lane headers, detail panel, document view, list view, presentation cards,
 * embed, exports and print. Each payload must show as its literal text, nothing
 * may run (no dialog, page error, payload request or flag), and no element the
 * text could have become (script, img, iframe, svg inside text…) may appear: the
 * counts of the app's own elements must equal those of a benign twin timeline.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { test, type Page } from '@playwright/test';
import { ALL_EVENT_ID, hostileTimeline } from '../src/app/hostile/build-timeline';
import { XSS_PAYLOADS } from '../src/app/hostile/xss-payloads';
import { dataUrl, domReport, expectInertDom, expectNothingRan, missing, serveHostile, textOf, watch, expect } from './hostile-support';

const hostile = hostileTimeline();
const benign = hostileTimeline({ benign: true });
const payloads = [...XSS_PAYLOADS];
const eventTitles = hostile.events.map((e) => e.title);

/** Loads the benign twin at `benignUrl`, records its element counts, then loads the hostile timeline. */
async function baselineThenHostile(page: Page, benignUrl: string, hostileUrl: string, ready: (p: Page) => Promise<void>): Promise<Record<string, number>> {
  // The full app also mounts the print handout (its own chunk, loaded after the data).
  const settled = async (url: string) => {
    await ready(page);
    if (!/[?&](present|embed)\b/.test(url)) await expect(page.locator('.cronologia-print')).toBeAttached();
  };
  await serveHostile(page, benign);
  await page.goto(benignUrl);
  await settled(benignUrl);
  const { counts } = await domReport(page);
  await page.unroute('**/hostile.json');
  await serveHostile(page, hostile);
  await page.goto(hostileUrl);
  await settled(hostileUrl);
  return counts;
}

const chartReady = async (p: Page) => {
  await expect(p.locator('#timeline g.tl-event').first()).toBeVisible();
};
const listReady = async (p: Page) => {
  await expect(p.getByRole('region', { name: 'Chronological list' })).toBeVisible();
};
const panelReady = async (p: Page) => {
  await expect(p.locator('.detail-panel #detail-title')).toBeVisible();
};

test('the chart, its tooltips, ARIA labels and lane headers show payloads as text', async ({ page }) => {
  const w = watch(page);
  const baseline = await baselineThenHostile(page, dataUrl(), dataUrl(), chartReady);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.title);
  expect(await page.evaluate(() => document.title)).toContain(hostile.title);

  const marks = await page.locator('#timeline g.tl-mark[data-id]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-id') ?? '',
      ids: el.getAttribute('data-ids'),
      label: el.getAttribute('aria-label') ?? '',
      title: el.querySelector(':scope > title')?.textContent ?? null,
      labelChildren: Array.from(el.querySelectorAll('.tl-label')).map((t) => t.children.length),
      labelText: el.querySelector('.tl-label')?.textContent ?? null,
    })),
  );
  expect(marks.length).toBeGreaterThan(3);
  let checked = 0;
  for (const m of marks) {
    // Tooltip and accessible name say the same, and say it in text.
    expect(m.title).toBe(m.label);
    expect(m.labelChildren.every((n) => n === 0)).toBe(true);
    const event = hostile.events.find((e) => e.id === m.id);
    const quote = hostile.quotes.find((q) => q.id === m.id);
    if (event) {
      expect(m.label).toContain(event.title.slice(0, 120));
      checked++;
    } else if (quote && m.ids === null) {
      expect(m.label).toContain(quote.text);
      const speaker = hostile.actors.find((a) => a.id === quote.speaker);
      expect(m.label).toContain(speaker?.name ?? '');
      checked++;
    }
    // A drawn label is the title itself (isolated, perhaps shortened), never markup.
    if (m.labelText !== null && event) expect(event.title).toContain(m.labelText.replace(/[\u2068\u2069]/g, '').replace(/…$/, ''));
  }
  expect(checked).toBeGreaterThan(3);

  // Lane headers name each speaker with the payload as text (collapsed or not): in
  // full in the tooltip, perhaps shortened on screen, never as markup.
  const heads = await page.locator('.tl-head-name[title]').evaluateAll((els) =>
    els.map((el) => ({ title: el.getAttribute('title') ?? '', children: el.querySelector('bdi')?.children.length ?? -1 })),
  );
  expect(heads.length).toBeGreaterThan(3);
  for (const h of heads) {
    expect(payloads).toContain(h.title);
    expect(h.children).toBe(0);
  }

  await expectInertDom(page, baseline);
  await expectNothingRan(page, w);
});

test('the list view shows every title, quote, speaker and source as literal text', async ({ page }) => {
  const w = watch(page);
  const baseline = await baselineThenHostile(page, dataUrl('&view=list'), dataUrl('&view=list'), listReady);
  const text = await textOf(page, 'section.list-view');
  expect(missing(text, payloads)).toEqual([]);
  expect(missing(text, eventTitles)).toEqual([]);
  // Quote text sits in blockquotes that isolate its direction.
  const quotes = await page.locator('section.list-view blockquote').evaluateAll((els) => els.map((e) => [e.getAttribute('dir'), e.textContent ?? '']));
  expect(quotes.length).toBe(hostile.quotes.length);
  for (const [dir, q] of quotes) {
    expect(dir).toBe('auto');
    expect(payloads).toContain(q);
  }
  await expectInertDom(page, baseline);
  await expectNothingRan(page, w);
});

test('the detail panel shows the payloads in titles, actors, quotes, sources and date words', async ({ page }) => {
  const w = watch(page);
  const open = encodeURIComponent(ALL_EVENT_ID);
  const baseline = await baselineThenHostile(page, dataUrl('&open=e-all'), dataUrl(`&open=${open}`), panelReady);
  // The hostile id survived the URL round trip and opened the right event.
  await expect(page.locator('.detail-panel #detail-title')).toHaveText(hostile.events[0]?.title ?? '');
  const panel = await textOf(page, '.detail-panel');
  // Actors, the three quotes, every source's title and outlet, the summary.
  expect(missing(panel, payloads)).toEqual([]);
  const chips = await page.locator('.detail-panel ul.chips li').allTextContents();
  expect(chips.sort()).toEqual(hostile.actors.map((a) => a.name).sort());
  const cites = await page.locator('.detail-panel cite').allTextContents();
  expect(cites.sort()).toEqual(hostile.documents.map((d) => d.title).sort());
  await expectInertDom(page, baseline);

  // A quote: its speaker heading, full text, context and the date's own words.
  for (const i of [8, 9, 11]) {
    await page.goto(dataUrl(`&open=q-${i}`));
    await panelReady(page);
    const p = payloads[i] ?? '';
    await expect(page.locator('.detail-panel #detail-title')).toContainText(p);
    await expect(page.locator('.detail-panel blockquote.quote-full')).toHaveText(p);
    await expect(page.locator('.detail-panel .basis')).toContainText(`“${p}”`);
    await expectInertDom(page);
  }

  // Search highlighting splits the text into marks, still as text.
  await page.goto(dataUrl(`&open=q-0&q=onerror`));
  await panelReady(page);
  await expect(page.locator('.detail-panel blockquote.quote-full')).toHaveText(payloads[0] ?? '');
  await expect(page.locator('.detail-panel blockquote.quote-full mark.search-hit')).toHaveText('onerror');
  await expectInertDom(page);
  await expectNothingRan(page, w);
});

test('the document view shows titles, outlets, left-out reasons and article text as text', async ({ page }) => {
  const w = watch(page);
  const docsReady = async (p: Page) => {
    await expect(p.locator('section.document-list')).toBeVisible();
  };
  const baseline = await baselineThenHostile(page, dataUrl('&view=document'), dataUrl('&view=document'), docsReady);
  const list = await textOf(page, 'section.document-list');
  expect(missing(list, payloads)).toEqual([]);
  await expectInertDom(page, baseline);

  for (const i of [0, 8, 9, 10, 11, 12]) {
    await page.goto(dataUrl(`&view=document&doc=d-${i}`));
    await expect(page.locator('article.document')).toBeVisible();
    const p = payloads[i] ?? '';
    await expect(page.locator('#document-title')).toHaveText(p);
    const body = await textOf(page, '.document-body');
    expect(body).toContain(`${p}.`);
    expect(body).toContain(`(${p})`); // the left-out block's reason
    await expect(page.locator('.document-body mark.extract').first()).toBeVisible();
    await expectInertDom(page);
  }
  await expectNothingRan(page, w);
});

test('presentation cards show each stop’s title, quotes and sources as text', async ({ page }) => {
  const w = watch(page);
  const cardReady = async (p: Page) => {
    await expect(p.locator('.present-card .present-headline')).toBeVisible();
  };
  const baseline = await baselineThenHostile(page, dataUrl('&present&stop=1'), dataUrl('&present&stop=1'), cardReady);
  const card = await textOf(page, '.present-card');
  expect(card).toContain(hostile.events[0]?.title ?? '');
  // Three key quotes of the gathering event, each with its speaker, and every outlet.
  for (const p of payloads.slice(0, 3)) expect(card).toContain(`“${p}”`);
  expect(missing(card, hostile.documents.map((d) => d.outlet ?? ''))).toEqual([]);
  await expectInertDom(page, baseline);

  const seen = new Set<string>();
  for (let i = 0; i < hostile.events.length; i++) {
    seen.add((await page.locator('.present-card .present-headline').textContent()) ?? '');
    await page.keyboard.press('PageDown');
  }
  expect(missing([...seen].join('\n'), eventTitles)).toEqual([]);
  await expectInertDom(page);
  await expectNothingRan(page, w);
});

test('the embed view shows the title and marks as text', async ({ page }) => {
  const w = watch(page);
  const baseline = await baselineThenHostile(page, dataUrl('&embed'), dataUrl('&embed'), chartReady);
  await expect(page.locator('.embed-title')).toHaveText(hostile.title);
  await expectInertDom(page, baseline);
  await expectNothingRan(page, w);
});

async function exportFile(page: Page, item: RegExp): Promise<string> {
  await page.getByRole('button', { name: /^(Export|Exportar)$/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test('exports carry the payloads as escaped text: SVG, CSV and TimelineJS', async ({ page }) => {
  const w = watch(page);
  await serveHostile(page, hostile);
  await page.goto(dataUrl('&lang=en'));
  await chartReady(page);

  const svg = await exportFile(page, /SVG/);
  expect(svg).not.toMatch(/<script|<img|<iframe|<foreignObject/i);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = Array.from(doc.querySelectorAll('*'));
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      bad: all.filter((el) => /^(script|foreignObject|iframe|img|image|a|use|animate|set|style)$/i.test(el.localName)).map((el) => el.localName),
      handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`)),
      title: doc.querySelector('svg > title')?.textContent ?? null,
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.bad).toEqual([]);
  expect(parsed.handlers).toEqual([]);
  expect(parsed.title).toBe(hostile.title);
  expect(parsed.text).toContain(payloads[0]);

  const csv = await exportFile(page, /CSV/);
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
  const texts = rows.map((r) => r['text'] ?? '');
  expect(missing(texts.join('\n'), payloads)).toEqual([]);
  for (const p of payloads) expect(texts).toContain(p);
  expect(rows.filter((r) => r['kind'] === 'quote').map((r) => r['speaker']).sort()).toEqual(hostile.quotes.map((q) => hostile.actors.find((a) => a.id === q.speaker)?.name).sort());

  const tjs = JSON.parse(await exportFile(page, /TimelineJS/)) as { title: { text: { headline: string; text: string } }; events: { unique_id: string; text: { headline: string; text: string } }[] };
  const html = [tjs.title.text.headline, tjs.title.text.text, ...tjs.events.flatMap((e) => [e.text.headline, e.text.text])];
  // TimelineJS renders these as HTML: parsed, they hold only our own tags, links are http(s), text is the payload.
  const report = await page.evaluate((fragments) => {
    const tags = new Set<string>();
    const hrefs: string[] = [];
    const texts: string[] = [];
    for (const f of fragments) {
      const doc = new DOMParser().parseFromString(f, 'text/html');
      for (const el of Array.from(doc.body.querySelectorAll('*'))) {
        tags.add(el.localName);
        for (const a of Array.from(el.attributes)) if (a.name !== 'href' && a.name !== 'target' && a.name !== 'rel') tags.add(`@${a.name}`);
        if (el.localName === 'a') hrefs.push(`${el.getAttribute('href')} ${el.getAttribute('rel')}`);
      }
      texts.push(doc.body.textContent ?? '');
    }
    return { tags: [...tags].sort(), hrefs, texts };
  }, html);
  expect(report.tags.filter((t) => !['a', 'li', 'p', 'ul'].includes(t))).toEqual([]);
  for (const h of report.hrefs) expect(h).toMatch(/^https?:\/\/\S+ noopener noreferrer$/);
  const headlines = report.texts.join('\n');
  expect(missing(headlines, eventTitles)).toEqual([]);
  expect(tjs.events.map((e) => e.unique_id)).toContain(ALL_EVENT_ID);
  await expectInertDom(page);
  await expectNothingRan(page, w);
});

test('print shows the handout with payloads as text', async ({ page }) => {
  const w = watch(page);
  await serveHostile(page, hostile);
  await page.goto(dataUrl());
  await chartReady(page);
  // The handout copies the chart while it is on screen, then print styles apply.
  await expect(page.locator('.cronologia-print .print-chart > svg')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.cronologia-print');
  await expect(handout).toBeVisible();
  await expect(handout.locator('h1')).toHaveText(hostile.title);
  await expect(handout.locator('.print-chart > svg')).toHaveCount(1);
  const text = await textOf(page, '.cronologia-print');
  expect(missing(text, eventTitles)).toEqual([]);
  expect(missing(text, payloads)).toEqual([]);
  await expectInertDom(page);
  await expectNothingRan(page, w);
});
