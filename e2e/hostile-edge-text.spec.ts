/**
 * Text that is hard to lay out (src/app/hostile/build-timeline.ts EDGE_TEXTS): a
 * 5,000-character unbroken token, RTL and mixed-direction quotes, CJK and Thai
 * with no spaces, and Zalgo text. Nothing may overflow horizontally, on a desktop,
 * at 320 px, or in a 300 px embed iframe; right-to-left text is isolated (dir=auto
 * or <bdi>, or Unicode isolates inside SVG) so it cannot reorder what surrounds
 * it; Zalgo marks stay inside their item's box.
 */
import { test, type Frame, type Page } from '@playwright/test';
import { EDGE_TEXTS, edgeTextTimeline } from '../src/app/hostile/build-timeline';
import { dataUrl, expectNothingRan, serveHostile, watch, expect } from './hostile-support';

const timeline = edgeTextTimeline();

type Target = Page | Frame;

/** The page does not scroll sideways, and no element in the app is wider than the viewport. */
async function expectNoHorizontalOverflow(target: Target, what: string): Promise<void> {
  const r = await target.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const wide = Array.from(document.querySelectorAll('#root *'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || getComputedStyle(el).position === 'fixed') return false;
        // Content clipped by a scroll container is fine; the page itself must not grow.
        let clipped = false;
        for (let p = el.parentElement; p && p.id !== 'root'; p = p.parentElement) {
          const s = getComputedStyle(p);
          if (s.overflowX !== 'visible') {
            clipped = true;
            break;
          }
        }
        return !clipped && (box.right > width + 1 || box.left < -1);
      })
      .slice(0, 5)
      .map((el) => `${el.tagName}.${String(el.className).slice(0, 30)} ${Math.round(el.getBoundingClientRect().right)}`);
    return { scroll: root.scrollWidth, width, wide };
  });
  expect(r.wide, `${what}: elements past the viewport`).toEqual([]);
  expect(r.scroll, `${what}: page scroll width`).toBeLessThanOrEqual(r.width);
}

/** Each text box inside `selector` fits its container: nothing wider than the box it sits in. */
async function expectBoxesFit(page: Page, selector: string): Promise<void> {
  const bad = await page.locator(selector).first().evaluate((panel) => {
    const limit = panel.getBoundingClientRect();
    return Array.from(panel.querySelectorAll('h2, h3, p, blockquote, li, cite, span, mark, figcaption, button'))
      .filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && (b.right > limit.right + 2 || b.left < limit.left - 2 || (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && getComputedStyle(el).display !== 'inline');
      })
      .slice(0, 5)
      .map((el) => `${el.tagName}.${String(el.className).slice(0, 30)} in ${el.parentElement?.className ?? ''} (${Math.round(el.getBoundingClientRect().right)} > ${Math.round(limit.right)}): ${(el.textContent ?? '').slice(0, 20)}`);
  });
  expect(bad, `${selector}: boxes wider than their container`).toEqual([]);
}

/** Every element whose own text holds right-to-left words is isolated: dir=auto/rtl, or inside <bdi>. */
async function expectRtlIsolated(target: Target, scope: string): Promise<number> {
  const r = await target.evaluate((scopeSel) => {
    const rtl = /[\u0590-\u08ff]/;
    const found: string[] = [];
    let count = 0;
    for (const root of Array.from(document.querySelectorAll(scopeSel))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.nodeValue ?? '';
        if (!rtl.test(text)) continue;
        const el = n.parentElement;
        if (!el || el.closest('[aria-hidden="true"], title, .visually-hidden')) continue;
        count++;
        const isolated = el.closest('[dir="auto"], [dir="rtl"], bdi') !== null || (el.closest('svg') !== null && /\u2068/.test(text));
        if (!isolated) found.push(`${el.tagName}.${String(el.className).slice(0, 30)}: ${text.slice(0, 30)}`);
      }
    }
    return { found, count };
  }, scope);
  expect(r.found, `${scope}: right-to-left text not isolated`).toEqual([]);
  return r.count;
}

/** Zalgo text stays inside the box of the element that shows it (no ink over its neighbours' boxes). */
async function expectZalgoClipped(target: Target, scope: string): Promise<void> {
  const r = await target.evaluate(([scopeSel, zalgo]) => {
    const bad: string[] = [];
    let count = 0;
    for (const root of Array.from(document.querySelectorAll(scopeSel))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!(n.nodeValue ?? '').includes(zalgo.slice(0, 8))) continue;
        const el = n.parentElement;
        if (!el || el.closest('svg, [aria-hidden="true"], .visually-hidden')) continue;
        count++;
        // Some ancestor up to the item's own box clips what overflows it.
        let clips = false;
        for (let p: Element | null = el; p && p !== root.parentElement; p = p.parentElement) {
          const s = getComputedStyle(p);
          if (s.overflowY !== 'visible' || s.overflowX !== 'visible' || s.contain.includes('paint')) {
            clips = true;
            break;
          }
        }
        if (!clips) bad.push(`${el.tagName}.${String(el.className).slice(0, 30)}`);
      }
    }
    return { bad, count };
  }, [scope, EDGE_TEXTS.zalgo] as const);
  expect(r.count, `${scope}: Zalgo text shown`).toBeGreaterThan(0);
  expect(r.bad, `${scope}: Zalgo text not clipped to its box`).toEqual([]);
}

test.describe('desktop', () => {
  test('list, detail panel, document and presentation hold edge text in their boxes', async ({ page }) => {
    test.setTimeout(150_000);
    const w = watch(page);
    await serveHostile(page, timeline);
    await page.goto(dataUrl('&lang=en&view=list'));
    await expect(page.getByRole('region', { name: 'Chronological list' }).getByRole('article')).toHaveCount(6);
    await expectNoHorizontalOverflow(page, 'list');
    expect(await expectRtlIsolated(page, 'section.list-view')).toBeGreaterThan(2);
    await expectZalgoClipped(page, 'section.list-view');

    for (const id of ['e-0', 'e-1', 'e-2', 'e-3', 'e-4', 'e-5']) {
      await page.goto(dataUrl(`&lang=en&open=${id}`));
      await expect(page.locator('.detail-panel #detail-title')).toBeVisible();
      await expectNoHorizontalOverflow(page, `detail ${id}`);
      await expectBoxesFit(page, '.detail-panel');
      await expectRtlIsolated(page, '.detail-panel');
    }
    await expectZalgoClipped(page, '.detail-panel');
    await page.screenshot({ path: 'test-results/hostile-text-detail-zalgo.png' });

    for (const doc of ['d-0', 'd-2', 'd-3', 'd-4']) {
      await page.goto(dataUrl(`&lang=en&view=document&doc=${doc}`));
      await expect(page.locator('article.document')).toBeVisible();
      await expectNoHorizontalOverflow(page, `document ${doc}`);
      await expectBoxesFit(page, 'article.document');
      await expectRtlIsolated(page, 'article.document');
    }

    await page.goto(dataUrl('&lang=en'));
    await expect(page.locator('#timeline g.tl-event').first()).toBeVisible();
    await expectNoHorizontalOverflow(page, 'chart');
    expect(await expectRtlIsolated(page, '#root')).toBeGreaterThan(0);
    // The Zalgo event's drawn label keeps two marks per letter; its tooltip keeps them all.
    const zalgoMark = page.locator('#timeline g.tl-event[data-id="e-5"]');
    await expect(zalgoMark.locator('.tl-label')).toHaveCount(1);
    expect(await zalgoMark.locator('.tl-label').textContent()).not.toMatch(/\p{M}{3}/u);
    expect(await zalgoMark.locator('title').textContent()).toContain(EDGE_TEXTS.zalgo);

    for (const stop of [1, 2, 6]) {
      await page.goto(dataUrl(`&lang=en&present&stop=${stop}`));
      await expect(page.locator('.present-card')).toBeVisible();
      await expectNoHorizontalOverflow(page, `present stop ${stop}`);
      await expectBoxesFit(page, '.present-card');
      await expectRtlIsolated(page, '.present-card');
    }
    await expectNothingRan(page, w);
  });
});

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('nothing scrolls sideways in the list, detail and document views', async ({ page }) => {
    test.setTimeout(120_000);
    await serveHostile(page, timeline);
    for (const extra of ['&view=list', '&open=e-0', '&open=e-3', '&open=e-5', '&view=document&doc=d-0', '&view=document&doc=d-4', '&present&stop=1']) {
      await page.goto(dataUrl(`&lang=en${extra}`));
      await expect(page.locator('#root')).not.toBeEmpty();
      await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
      await expect(page.locator('section.list-view, .detail-panel, article.document, .present-card').first()).toBeVisible();
      await expectNoHorizontalOverflow(page, extra);
    }
    await expectBoxesFit(page, '.present-card');
    await page.goto(dataUrl('&lang=en&open=e-0'));
    await expect(page.locator('.detail-panel #detail-title')).toBeVisible();
    await expectBoxesFit(page, '.detail-panel');
    await page.screenshot({ path: 'test-results/hostile-text-320-detail.png' });
  });
});

test('a 300 px embed iframe holds every edge text without overflowing', async ({ page, baseURL }) => {
  await serveHostile(page, timeline);
  await page.setContent(`<!doctype html><body style="margin:0"><iframe title="embed" src="${baseURL}?embed&data=hostile.json&lang=en" style="width:300px;height:900px;border:0"></iframe></body>`);
  const frame = page.frame({ url: /embed/ });
  expect(frame).not.toBeNull();
  const f = frame!;
  await f.waitForSelector('.embed-title');
  await f.waitForSelector('#timeline');
  await expectNoHorizontalOverflow(f, 'embed 300 px');
  const title = await f.locator('.embed-title').evaluate((el) => ({ fits: el.getBoundingClientRect().right <= document.documentElement.clientWidth + 1, dir: el.getAttribute('dir') }));
  expect(title).toEqual({ fits: true, dir: 'auto' });
  await expectRtlIsolated(f, '#root');
  await page.screenshot({ path: 'test-results/hostile-text-embed-300.png' });
});
