/**
 * `npm run bench:app`: how fast the app draws and moves the timeline, next to a
 * plain D3 SVG timeline. A benchmark, not a test: it prints figures and fails
 * only if it cannot run.
 *
 * 1. Builds the app (and the reference page) into a temp dir, never `dist/`.
 * 2. Writes synthetic timelines of 1,000, 10,000 and 50,000 items next to it.
 * 3. Serves it with `vite preview` on port 5205 and, in headless chromium, loads
 *    each through `?data=bench/N.json`, then drives a continuous zoom and pan on
 *    `#timeline` from inside the page (one wheel or mouse event per frame).
 * 4. Prints: time to `performance.mark('timeline-ready')`, median and p95 frame
 *    times during the gesture (requestAnimationFrame deltas), JS heap, and the
 *    gzipped bytes of the app's JS + CSS (data excluded).
 *
 * Three pages are measured per size: the whole app; the chart alone (its harness,
 * src/app/timeline/fixtures/preview.html, loading and validating the same file),
 * which separates the chart's cost from the shell's; and the plain D3 reference.
 * Each is run --runs times (default 3) in a fresh page: the machine is shared, so
 * the table shows the best and the median run.
 *
 * Options: --sizes=1000,10000 --runs=3 --skip-build (reuse the last build),
 * --out=/tmp/dir (build dir) --port=5205 --pages=app,chart,reference.
 */
import { availableParallelism, loadavg } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { generateTimeline } from '../src/app/timeline/fixtures/generate-timeline';
import { describeShipped, shippedBytes } from './bundle-size';

const ROOT = resolve(import.meta.dirname, '..');

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k ?? '', v ?? 'true'];
  }),
);
// Several checkouts may bench at once on a shared machine: each can take its own dir and port.
const OUT = args.get('out') ?? '/tmp/cronologia-bench-dist';
const PORT = Number(args.get('port') ?? 5205);
const SIZES = (args.get('sizes') ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Math.max(1, Number(args.get('runs') ?? 3));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function gzippedBytes(dir: string): { js: number; css: number; raw: number } {
  let js = 0;
  let css = 0;
  let raw = 0;
  for (const f of files(dir)) {
    if (!/\.(js|css)$/.test(f)) continue;
    const buf = readFileSync(f);
    raw += buf.length;
    const gz = gzipSync(buf, { level: 9 }).length;
    if (f.endsWith('.js')) js += gz;
    else css += gz;
  }
  return { js, css, raw };
}

async function buildAll(): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  await build({
    root: ROOT,
    base: './',
    logLevel: 'warn',
    build: { outDir: join(OUT, 'chart'), emptyOutDir: true, rollupOptions: { input: join(ROOT, 'src/app/timeline/fixtures/preview.html') } },
  });
  await build({
    configFile: false,
    root: join(ROOT, 'scripts/bench'),
    base: './',
    logLevel: 'warn',
    build: { outDir: join(OUT, 'reference'), emptyOutDir: true, rollupOptions: { input: join(ROOT, 'scripts/bench/reference.html') } },
  });
}

interface Run {
  name: string;
  readyMs: number | null;
  frames: number[];
  heapMb: number;
}

const quantile = (xs: number[], q: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/**
 * Drives a zoom in, a pan and a zoom out from inside the page, one input event per
 * frame, and returns the requestAnimationFrame deltas. Kept as source text so the
 * TypeScript runner's helpers never leak into the page.
 */
const GESTURE = `(async () => {
  const el = document.getElementById('timeline');
  if (!el) return [];
  const box = el.getBoundingClientRect();
  const cx = box.left + box.width * 0.5;
  const cy = box.top + Math.min(box.height * 0.5, 200);
  const steps = [];
  const wheel = (dy) => () =>
    el.dispatchEvent(new WheelEvent('wheel', { deltaY: dy, deltaMode: 0, clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window }));
  const mouse = (type, x, target) => () =>
    target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: cy, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window }));
  for (let i = 0; i < 30; i++) steps.push(wheel(-100));
  steps.push(mouse('mousedown', cx, el));
  for (let i = 1; i <= 60; i++) steps.push(mouse('mousemove', cx - i * 8, window));
  steps.push(mouse('mouseup', cx - 480, window));
  for (let i = 0; i < 30; i++) steps.push(wheel(100));
  const deltas = [];
  await new Promise((done) => {
    let last = performance.now();
    let i = 0;
    const tick = (now) => {
      if (i > 0) deltas.push(now - last);
      last = now;
      const step = steps[i++];
      if (!step) return done();
      step();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return deltas;
})()`;

async function gesture(page: Page): Promise<number[]> {
  return (await page.evaluate(GESTURE)) as number[];
}

async function measure(page: Page, url: string, name: string): Promise<Run> {
  await page.addInitScript(() => {
    const w = window as unknown as { __lastLongTask?: number };
    w.__lastLongTask = performance.now();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lastLongTask = Math.max(w.__lastLongTask ?? 0, e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // One call that waits for the mark (an observer, buffered), not a poll every 50 ms:
  // each poll is a script run on the main thread that could land before the mark.
  const readyMs = await page
    .evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no timeline-ready mark')), 60_000);
          new PerformanceObserver((list, observer) => {
            const mark = list.getEntriesByName('timeline-ready')[0];
            if (!mark) return;
            clearTimeout(timer);
            observer.disconnect();
            resolve(mark.startTime);
          }).observe({ type: 'mark', buffered: true });
        }),
    )
    .catch(() => null);
  // Let deferred work (lazy chunks, idle-time rendering) finish: the gesture is
  // measured on a settled page, one second after the last long task.
  await page
    .waitForFunction(() => performance.now() - ((window as unknown as { __lastLongTask?: number }).__lastLongTask ?? 0) > 1000, null, {
      timeout: 30_000,
      polling: 100,
    })
    .catch(() => undefined);
  const frames = await gesture(page);
  const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await cdp.detach();
  return { name, readyMs, frames, heapMb: heap / 2 ** 20 };
}

async function main(): Promise<void> {
  if (args.get('skip-build') !== 'true') {
    console.log(`Building the app into ${OUT} …`);
    await buildAll();
  }
  // The budget is for the initial load; lazy chunks (dialogs, present, export, handout) are counted apart.
  const shipped = shippedBytes(OUT);
  const chartOnly = gzippedBytes(join(OUT, 'chart', 'assets'));
  mkdirSync(join(OUT, 'bench'), { recursive: true });
  for (const n of SIZES) writeFileSync(join(OUT, 'bench', `${n}.json`), JSON.stringify(generateTimeline({ items: n })));

  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  });
  const only = args.get('pages')?.split(',');
  const pages = (
    [
      ['app', (n: number) => `/?data=bench/${n}.json`],
      ['chart only', (n: number) => `/chart/src/app/timeline/fixtures/preview.html?data=bench/${n}.json`],
      ['reference', (n: number) => `/reference/reference.html?data=bench/${n}.json`],
    ] as const
  ).filter(([kind]) => !only || only.includes(kind.split(' ')[0] ?? ''));
  const rows: { name: string; runs: Run[] }[] = [];
  const loadBefore = loadavg()[0] ?? NaN;
  try {
    for (const n of SIZES) {
      for (const [kind, path] of pages) {
        const runs: Run[] = [];
        for (let r = 0; r < RUNS; r++) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
          page.on('pageerror', (e) => console.error(`  page error (${kind} ${n}): ${e.message}`));
          runs.push(await measure(page, `http://127.0.0.1:${PORT}${path(n)}`, `${kind} ${n.toLocaleString('en')}`));
          await page.close();
        }
        rows.push({ name: `${kind} ${n.toLocaleString('en')}`, runs });
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }

  const f = (v: number | null | undefined, d = 0) => (v === null || v === undefined || Number.isNaN(v) ? '—' : v.toFixed(d));
  const best = (xs: number[]) => (xs.length ? Math.min(...xs) : NaN);
  const med = (xs: number[]) => quantile(xs, 0.5);
  console.log(`\nTimeline benchmark (headless chromium, 1280×900, ${RUNS} runs each: best / median; load average ${f(loadBefore, 1)} → ${f(loadavg()[0], 1)} on ${availableParallelism()} cores)\n`);
  console.log('| page | first render (ms) | frame median (ms) | frame p95 (ms) | JS heap (MB) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const { name, runs } of rows) {
    const ready = runs.map((r) => r.readyMs ?? NaN).filter((v) => !Number.isNaN(v));
    const medians = runs.map((r) => quantile(r.frames, 0.5));
    const p95s = runs.map((r) => quantile(r.frames, 0.95));
    const heaps = runs.map((r) => r.heapMb);
    console.log(
      `| ${name} | ${f(best(ready))} / ${f(med(ready))} | ${f(best(medians), 1)} / ${f(med(medians), 1)} | ${f(best(p95s), 1)} / ${f(med(p95s), 1)} | ${f(med(heaps), 1)} |`,
    );
  }
  console.log(`\nShipped (gzipped, data excluded): ${describeShipped(shipped)}`);
  console.log(`Chart harness alone (React + chart + schema validation): ${((chartOnly.js + chartOnly.css) / 1024).toFixed(1)} KB gzipped.`);
  console.log('Targets: first render < 400 ms at 1,000 and < 1,500 ms at 50,000; p95 ≤ 20 ms to 10,000, ≤ 50 ms at 50,000; initial load < 150 KB.');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
