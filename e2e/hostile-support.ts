/**
 * Helpers for the hostile-* journeys: serve a generated timeline under
 * `/hostile.json` (nothing is written to public/), watch for anything that would
 * mean a payload ran, and check the page for elements and attributes that text
 * must never turn into.
 */
import { expect as baseExpect, type Page } from '@playwright/test';

/**
 * Playwright's expect with a longer wait: the machine is shared and views load
 * lazily (present, print handout), so a first visit can take more than 5 s.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });
import type { Timeline } from '../src/schema/timeline';

export const DATA = 'hostile.json';

/** Serves `body` (a timeline or raw text) for every request to /hostile.json. */
export async function serveHostile(page: Page, body: Timeline | string, options: { status?: number; contentType?: string } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  await page.route(`**/${DATA}`, (route) =>
    route.fulfill({ status: options.status ?? 200, contentType: options.contentType ?? 'application/json', body: text }),
  );
}

export interface Watch {
  dialogs: string[];
  errors: string[];
  /** Requests a payload would make if it ran or was parsed as HTML (`/x-pwned…`, non-http schemes), and any third-party request. */
  requests: string[];
}

export function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], errors: [], requests: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    // The page's own address may carry a payload in its query: only what it fetches counts.
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) return;
    const path = /^https?:/.test(url) ? new URL(url).pathname : url;
    // The app makes no third-party request: every http(s) request stays on the loopback dev server.
    const thirdParty = /^https?:/.test(url) && !/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(new URL(url).host);
    if (path.includes('x-pwned') || !/^(https?|blob|data):/.test(url) || thirdParty) w.requests.push(url);
  });
  return w;
}

/** Nothing ran: no dialog, no page error, no payload request, no flag set. */
export async function expectNothingRan(page: Page, w: Watch): Promise<void> {
  expect(w.dialogs, 'dialogs opened by a payload').toEqual([]);
  expect(w.errors, 'page errors').toEqual([]);
  expect(w.requests, 'requests made by a payload').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
}

/** Tags the app does use, whose number must not change when the text does (benign twin against hostile). */
export const COMPARED_TAGS = ['svg', 'form', 'a', 'button', 'input', 'select', 'textarea', 'blockquote', 'details', 'dialog', 'table', 'p', 'li'] as const;

/** Tags that document text must never become inside the app's containers. */
export const FORBIDDEN_TAGS = [
  'script', 'img', 'iframe', 'object', 'embed', 'math', 'mglyph', 'noscript', 'style', 'template',
  'frame', 'frameset', 'base', 'link', 'meta', 'audio', 'video', 'xmp', 'body', 'foreignObject',
] as const;

export interface DomReport {
  /** Forbidden elements found in the app's containers, as "tag in container". */
  forbidden: string[];
  /** Elements anywhere in the document with an on* attribute. */
  handlers: string[];
  /** URL-bearing attributes with a script-capable scheme. */
  scriptUrls: string[];
  /** Number of elements of each COMPARED_TAGS tag in the app's containers. */
  counts: Record<string, number>;
}

/** Inspects the live DOM: the app root, the print handout and any open dialog. */
export async function domReport(page: Page): Promise<DomReport> {
  return page.evaluate(([tags, compared]) => {
    const containers = Array.from(document.querySelectorAll('#root, .cronologia-print'));
    const forbidden: string[] = [];
    const counts: Record<string, number> = {};
    for (const c of containers) {
      for (const tag of tags) {
        for (const el of Array.from(c.getElementsByTagName(tag))) forbidden.push(`${el.tagName} in ${c.id || c.className}`);
      }
      // The print handout's chart copy is refreshed on a timer: count the app's own structure only.
      for (const tag of compared) counts[tag] = (counts[tag] ?? 0) + Array.from(c.getElementsByTagName(tag)).filter((el) => !el.closest('.print-chart')).length;
    }
    const handlers: string[] = [];
    const scriptUrls: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) handlers.push(`${el.tagName}[${a.name}]`);
        if (/^(href|src|xlink:href|action|formaction|data|srcdoc|poster)$/i.test(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value.replace(/[\u0000-\u0020]/g, ''))) {
          scriptUrls.push(`${el.tagName}[${a.name}=${a.value.slice(0, 40)}]`);
        }
      }
    }
    return { forbidden, handlers, scriptUrls, counts };
  }, [[...FORBIDDEN_TAGS], [...COMPARED_TAGS]] as const);
}

/** No forbidden element, handler attribute or script URL; `baseline` (a benign twin's counts) must match. */
export async function expectInertDom(page: Page, baseline?: Record<string, number>): Promise<DomReport> {
  const r = await domReport(page);
  expect(r.forbidden, 'elements made from text').toEqual([]);
  expect(r.handlers, 'on* attributes').toEqual([]);
  expect(r.scriptUrls, 'script URLs').toEqual([]);
  if (baseline !== undefined) expect(r.counts, 'element counts (same as with benign text)').toEqual(baseline);
  return r;
}

/** The text content of the first element matching `selector` (whitespace kept). */
export async function textOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => el.textContent ?? '');
}

/** Every string in `expected` occurs in `text`; returns the missing ones for a readable failure. */
export function missing(text: string, expected: readonly string[]): string[] {
  return [...new Set(expected)].filter((s) => !text.includes(s));
}

export function dataUrl(extra = ''): string {
  return `/?data=${DATA}${extra}`;
}
