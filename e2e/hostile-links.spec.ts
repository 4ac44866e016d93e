/**
 * Links: a source URL becomes a link only when it is http(s) with a host and no
 * user name or password, and every such link opens with rel="noopener
 * noreferrer". javascript:, data:, vbscript:, file:, protocol-relative and
 * relative URLs, and look-alike hosts dressed up with credentials, stay text (or
 * disappear); an internationalised look-alike host is shown in its ASCII
 * (punycode) form, so the reader sees the real domain.
 */
import { readFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { linksTimeline } from '../src/app/hostile/build-timeline';
import type { Timeline } from '../src/schema/timeline';
import { dataUrl, expectInertDom, expectNothingRan, serveHostile, watch, expect } from './hostile-support';

const SAFE: [string, string][] = [
  ['https://news.example/a', 'https://news.example/a'],
  ['http://news.example/b?x=1#y', 'http://news.example/b?x=1#y'],
  ['HTTPS://NEWS.EXAMPLE/C', 'https://news.example/C'],
  ['https://ex\u0430mple.com/story', 'https://xn--exmple-4nf.com/story'],
];
const UNSAFE = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(2)',
  '  javascript:alert(3)',
  'java\nscript:alert(4)',
  'java\tscript:alert(5)',
  'data:text/html,<script>alert(6)</script>',
  'vbscript:msgbox(7)',
  '//evil.example/8',
  '/relative/9',
  'file:///etc/passwd',
  'ftp://files.example/11',
  'https://trusted.example@evil.example/12',
  'http://user:pass@evil.example/13',
  'about:blank',
  'https://',
  '',
];

/** One event per URL, plus a first event that cites every document. */
function timeline(): Timeline {
  const t = linksTimeline([...SAFE.map(([u]) => u), ...UNSAFE]);
  const all = structuredClone(t.events[0]!);
  Object.assign(all, {
    id: 'e-links',
    title: 'Cites every link',
    date: { start: '2026-01-01', precision: 'day', basis: 'stated' },
    sources: t.events.map((e) => e.sources[0]!),
    sourceCount: t.documents.length,
  });
  t.events.unshift(all);
  return t;
}

async function anchors(page: Page, scope: string): Promise<{ href: string; rel: string; target: string }[]> {
  return page.locator(`${scope} a`).evaluateAll((els) =>
    els.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '', target: a.getAttribute('target') ?? '' })),
  );
}

function expectOnlySafe(links: { href: string; rel: string; target: string }[]) {
  expect(links.map((l) => l.href).sort()).toEqual(SAFE.map(([, href]) => href).sort());
  for (const l of links) {
    expect(l.rel.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    expect(l.target).toBe('_blank');
  }
}

test('the detail panel, presentation card and TimelineJS export link only http(s) URLs', async ({ page }) => {
  const w = watch(page);
  await serveHostile(page, timeline());
  await page.goto(dataUrl('&open=e-links'));
  await expect(page.locator('.detail-panel #detail-title')).toHaveText('Cites every link');
  await expect(page.locator('.detail-panel figure.source')).toHaveCount(SAFE.length + UNSAFE.length);
  expectOnlySafe(await anchors(page, '.detail-panel'));
  await expectInertDom(page);

  await page.goto(dataUrl('&present&stop=1'));
  await expect(page.locator('.present-card .present-headline')).toHaveText('Cites every link');
  expectOnlySafe(await anchors(page, '.present-card'));
  await expectInertDom(page);

  await page.goto(dataUrl('&lang=en'));
  await expect(page.locator('#timeline g.tl-event').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /TimelineJS/ }).click()]);
  const tjs = readFileSync(await download.path(), 'utf8');
  const hrefs = [...tjs.matchAll(/href=\\"([^"\\]*)\\"/g)].map((m) => m[1]);
  expect([...new Set(hrefs)].sort()).toEqual(SAFE.map(([, href]) => href).sort());
  expect(tjs).not.toMatch(/href=\\"(javascript|data|vbscript|file|ftp|about):/i);
  await expectNothingRan(page, w);
});

test('each document shows a link only for an http(s) URL, and print shows the real host', async ({ page }) => {
  // Twenty page loads in one journey: give it the time of three tests.
  test.slow();
  const w = watch(page);
  const t = timeline();
  await serveHostile(page, t);
  for (const [i, url] of [...SAFE.map(([u]) => u), ...UNSAFE].entries()) {
    await page.goto(dataUrl(`&view=document&doc=d-${i}`));
    await expect(page.locator('#document-title')).toHaveText(`Linked document ${i}`);
    const links = await anchors(page, 'article.document');
    const safe = SAFE.find(([u]) => u === url);
    expect(links.map((l) => l.href), `document ${i}: ${JSON.stringify(url)}`).toEqual(safe ? [safe[1]] : []);
    for (const l of links) expect(l.rel).toContain('noopener');
  }
  await expectInertDom(page);

  await page.goto(dataUrl('&view=list'));
  await expect(page.getByRole('region', { name: 'Chronological list' })).toBeVisible();
  await expect(page.locator('.cronologia-print .print-sources')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('.cronologia-print .print-url').allTextContents();
  expect([...new Set(printed.map((s) => s.trim()))].sort()).toEqual(SAFE.map(([, href]) => href).sort());
  await expectNothingRan(page, w);
});
