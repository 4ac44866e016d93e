/**
 * Journey: a newsroom embeds the timeline in an article on another site. The
 * BUILT app is served with the deployment headers from docs/deployment.md on one
 * loopback origin; host pages live on a second one, and a forger on a third.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildApp, deploymentHeaders, serve, serveBuiltApp, SEED_FIXTURE, type Server } from './support/servers';

const APP_PORT = 5222;
const HOST_PORT = 5223;
const EVIL_PORT = 5224;
const APP = `http://127.0.0.1:${APP_PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const EVIL = `http://127.0.0.1:${EVIL_PORT}`;
const OUT = '/tmp/cronologia-e2e-dist';
const TITLE = 'US–Mexico: fixture';

test.describe.configure({ mode: 'serial' });

let servers: Server[] = [];

function article(body: string, script = true): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<link rel="stylesheet" href="/host.css"></head><body><h1>An article</h1>${body}
${script ? `<script src="${APP}/embed.js"></script>` : ''}<script src="/host.js"></script></body></html>`;
}

// Host-side helpers live in a file, so the strict-CSP page can run them too.
const HOST_JS = `
window.forgedSeen = 0;
window.addEventListener('message', function (e) { if (e.data && e.data.forged) window.forgedSeen++; });
`;

const HOST_CSS = `body{margin:16px;font-family:sans-serif}
.w300{width:300px}.w640{width:640px}.w700{width:700px}.w800{width:800px}.w900{width:900px}.w1000{width:1000px}
.hidden{display:none}.tiny{width:10px;height:10px}`;

const FORGER = (target: string) => `<!doctype html><script>
var bad = [1e9, -5, NaN, '100px', { toString: 1 }, null, Infinity, -Infinity, 1e308];
function forge() {
  bad.forEach(function (h) {
    parent.postMessage({ type: 'cronologia:resize', version: 1, height: h, forged: true }, '*');
  });
  parent.postMessage({ type: 'cronologia:resize', version: 1, height: 3000, forged: true }, '*');
  parent.postMessage('{"type":"cronologia:resize","version":1,"height":3000,"forged":true}', '*');
  parent.postMessage({ type: 'cronologia:resize', version: '1', height: 3000, forged: true }, '*');
  parent.postMessage({ forged: true, done: '${target}' }, '*');
}
</script>`;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  buildApp(OUT);
  const headers = deploymentHeaders(`'self' ${HOST}`);
  // A page on the app's own origin that forges messages: right origin, wrong window.
  servers.push(await serveBuiltApp(APP_PORT, OUT, SEED_FIXTURE, headers, { '/forge.html': { body: FORGER('same') } }));
  const pages: Record<string, string> = {
    '/two.html': article(`
      <div id="col-a" class="w1000"><div data-cronologia="${APP}/?lang=en" data-cronologia-title="Embed A"></div></div>
      <p>Between the embeds.</p>
      <div id="col-b" class="w640"><div data-cronologia="${APP}/?lang=es&type=call" data-cronologia-title="Embed B"></div></div>
      <iframe id="forger-evil" src="${EVIL}/forge.html" class="tiny"></iframe>
      <iframe id="forger-same" src="${APP}/forge.html" class="tiny"></iframe>`),
    '/sandbox.html': article(
      `<iframe id="plain" src="${APP}/?embed" sandbox="allow-scripts" title="Plain sandboxed embed" width="600" height="600" style="border:0"></iframe>`,
      false,
    ),
    '/hidden.html': article(`<div id="tab" class="hidden w700"><div data-cronologia="${APP}/" data-cronologia-title="Hidden embed"></div></div>`),
    '/late.html': article(`<div id="slot" class="w800"></div>`),
    '/csp.html': article(`<div class="w900"><div data-cronologia="${APP}/" data-cronologia-title="CSP embed"></div></div>`),
    '/hostile.html': article(`<div class="w900"><div data-cronologia="${APP}/" data-cronologia-title="Hostile host embed"></div></div>`),
    '/twice.html': article(
      `<div class="w640"><div data-cronologia="${APP}/" data-cronologia-title="Twice one"></div>
       <div data-cronologia="javascript:alert(1)" data-cronologia-title="Not an app URL"></div>
       <div data-cronologia="${APP}/?lang=es" data-cronologia-title="Twice two"></div></div>
       <script src="${APP}/embed.js"></script>`,
    ),
    '/width.html': article(`<div id="col" class="w300"><div data-cronologia="${APP}/" data-cronologia-title="Sized embed"></div></div>`),
  };
  servers.push(
    await serve(HOST_PORT, (p) => {
      if (p === '/host.js') return { body: HOST_JS, type: 'text/javascript' };
      if (p === '/host.css') return { body: HOST_CSS, type: 'text/css' };
      const body = pages[p];
      if (!body) return null;
      const headers: Record<string, string> =
        p === '/csp.html'
          ? { 'Content-Security-Policy': `default-src 'none'; script-src 'self' ${APP}; style-src 'self'; frame-src ${APP} ${EVIL}` }
          : {};
      return { body, headers };
    }),
  );
  servers.push(await serve(EVIL_PORT, (p) => (p === '/forge.html' ? { body: FORGER('evil') } : null)));
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function iframeHeight(page: Page, title: string): Promise<number> {
  return page.getByTitle(title, { exact: true }).evaluate((el) => el.getBoundingClientRect().height);
}

async function contentHeight(page: Page, title: string): Promise<number> {
  const handle = await page.getByTitle(title, { exact: true }).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for ${title}`);
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  return frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
}

async function expectFollowsContent(page: Page, title: string) {
  await expect.poll(async () => Math.abs((await iframeHeight(page, title)) - (await contentHeight(page, title))), { timeout: 15_000 }).toBeLessThanOrEqual(1);
}

test('two embeds on another origin each follow their own content height as the width changes', async ({ page }) => {
  await page.goto(`${HOST}/two.html`);
  const a = page.getByTitle('Embed A', { exact: true });
  const b = page.getByTitle('Embed B', { exact: true });
  await expect(a).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  await expect(a).toHaveAttribute('src', `${APP}/?lang=en&embed`);
  await expectFollowsContent(page, 'Embed A');
  await expectFollowsContent(page, 'Embed B');

  // Embed B is filtered and in Spanish: the URL's view reached it.
  const frameB = (await b.elementHandle())!.contentFrame();
  await expect((await frameB)!.getByRole('link', { name: 'Abrir la cronología completa' })).toBeVisible();

  const before = await iframeHeight(page, 'Embed B');
  await page.locator('#col-a').evaluate((el) => ((el as HTMLElement).style.width = '320px'));
  await expectFollowsContent(page, 'Embed A');
  // B did not move because A did.
  expect(await iframeHeight(page, 'Embed B')).toBe(before);
  await page.locator('#col-b').evaluate((el) => ((el as HTMLElement).style.width = '1100px'));
  await expectFollowsContent(page, 'Embed B');
  await expectFollowsContent(page, 'Embed A');
});

test('messages forged by other frames change no embed', async ({ page }) => {
  await page.goto(`${HOST}/two.html`);
  await expectFollowsContent(page, 'Embed A');
  await expectFollowsContent(page, 'Embed B');
  const heights = [await iframeHeight(page, 'Embed A'), await iframeHeight(page, 'Embed B')];

  // From a third origin, from the app's own origin in another window, and from the host itself.
  await page.frameLocator('#forger-evil').locator('script').first().evaluate(() => (window as unknown as { forge: () => void }).forge());
  await page.frameLocator('#forger-same').locator('script').first().evaluate(() => (window as unknown as { forge: () => void }).forge());
  await page.evaluate(() => {
    for (const h of [1e9, -5, Number.NaN, '100px', {}]) window.postMessage({ type: 'cronologia:resize', version: 1, height: h, forged: true }, '*');
  });
  // Every forged message has been delivered (embed.js listens first, then the counter).
  await expect.poll(() => page.evaluate(() => (window as unknown as { forgedSeen: number }).forgedSeen)).toBe(2 * 12 + 5);
  expect([await iframeHeight(page, 'Embed A'), await iframeHeight(page, 'Embed B')]).toEqual(heights);
});

test('a sandboxed iframe without allow-same-origin still shows the timeline', async ({ page }) => {
  await page.goto(`${HOST}/sandbox.html`);
  const frame = page.frameLocator('#plain');
  await expect(frame.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Open the full timeline' })).toHaveAttribute('rel', 'noopener noreferrer');
});

test('an embed created while hidden lays itself out when shown', async ({ page }) => {
  await page.goto(`${HOST}/hidden.html`);
  await page.locator('#tab').evaluate((el) => ((el as HTMLElement).style.display = 'block'));
  await expectFollowsContent(page, 'Hidden embed');
});

test('placeholders added later are picked up, once', async ({ page }) => {
  await page.goto(`${HOST}/late.html`);
  await page.evaluate((app) => {
    const slot = document.getElementById('slot')!;
    for (const name of ['Late one', 'Late two']) {
      const div = document.createElement('div');
      div.setAttribute('data-cronologia', `${app}/`);
      div.setAttribute('data-cronologia-title', name);
      slot.appendChild(div);
    }
    (window as unknown as { Cronologia: { scan: () => void } }).Cronologia.scan();
  }, APP);
  await expectFollowsContent(page, 'Late one');
  await expectFollowsContent(page, 'Late two');
  await expect(page.locator('iframe')).toHaveCount(2);
});

test('including embed.js twice still makes one iframe per placeholder, and only for http(s) URLs', async ({ page }) => {
  await page.goto(`${HOST}/twice.html`);
  await expectFollowsContent(page, 'Twice one');
  await expectFollowsContent(page, 'Twice two');
  await expect(page.locator('iframe')).toHaveCount(2);
  await expect(page.getByTitle('Not an app URL')).toHaveCount(0);
});

test('a host page with a strict CSP still loads the embed', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${HOST}/csp.html`);
  await expectFollowsContent(page, 'CSP embed');
  expect(violations).toEqual([]);
});

test('a hostile host posting forged and oversized messages into the embed changes nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${HOST}/hostile.html`);
  await expectFollowsContent(page, 'Hostile host embed');
  const frame = (await (await page.getByTitle('Hostile host embed').elementHandle())!.contentFrame())!;
  const urlBefore = frame.url();
  await page.evaluate(() => {
    const win = document.querySelector('iframe')!.contentWindow!;
    const big = 'x'.repeat(5_000_000);
    const payloads: unknown[] = [
      { type: 'cronologia:resize', version: 1, height: 1e9 },
      { type: 'cronologia:navigate', url: 'javascript:alert(1)' },
      { type: 'cronologia:filters', q: '<img src=x onerror=alert(1)>' },
      big,
      { html: '<script>alert(1)</script>' },
      JSON.parse('{"__proto__":{"polluted":true}}'),
      new ArrayBuffer(1024),
    ];
    for (const p of payloads) win.postMessage(p, '*');
  });
  await expect(frame.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(frame.url()).toBe(urlBefore);
  expect(await frame.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  expect(await frame.locator('img, script[src^="javascript"]').count()).toBe(0);
  expect(errors).toEqual([]);
  await expectFollowsContent(page, 'Hostile host embed');
});

test('the embed makes no third-party requests and sets no cookies or storage', async ({ page, context }) => {
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto(`${HOST}/width.html`);
  await expectFollowsContent(page, 'Sized embed');
  expect([...origins].sort()).toEqual([APP, HOST].sort());
  expect(await context.cookies()).toEqual([]);
  const frame = (await (await page.getByTitle('Sized embed').elementHandle())!.contentFrame())!;
  expect(await frame.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
});

test('the full app runs under the deployment headers without a CSP violation', async ({ page, context }) => {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(`${APP}/?lang=en`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  // The embed dialog's preview frames the app in itself (frame-src and frame-ancestors 'self').
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const preview = page.getByRole('dialog', { name: 'Embed this view' }).frameLocator('iframe');
  await expect(preview.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.keyboard.press('Escape');
  // The PNG export draws a blob: image on a canvas (img-src blob:).
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Image for slides (PNG, 2×)' }).click();
  await downloading;
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/stop=2/);
  for (const frame of page.frames()) {
    expect(await frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual([]);
  }
});

test('screenshots: the embed at 300 px and 1200 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${HOST}/width.html`);
  await expectFollowsContent(page, 'Sized embed');
  await page.getByTitle('Sized embed').screenshot({ path: 'e2e/artifacts/embed-300.png' });
  await page.locator('#col').evaluate((el) => ((el as HTMLElement).style.width = '1200px'));
  await expectFollowsContent(page, 'Sized embed');
  await page.getByTitle('Sized embed').screenshot({ path: 'e2e/artifacts/embed-1200.png' });
});

