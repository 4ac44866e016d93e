/**
 * Gzipped bytes of a Vite build's JS and CSS (data excluded), split the way the
 * size budget is set (issue 3: "the app shell under 150 KB gzipped"):
 *
 * - initial: what index.html links, plus every chunk those scripts import
 *   statically (what a reader downloads before the first view);
 * - lazy: the chunks fetched later by dynamic import (dialogs, present view,
 *   export, the print handout).
 *
 * `npx tsx scripts/bundle-size.ts [outDir]` prints the figures (default: dist).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ShippedBytes {
  initial: { js: number; css: number };
  lazy: { js: number; css: number };
  raw: number;
  files: { path: string; gzip: number; initial: boolean }[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** `outDir` holds index.html and assets/ (Vite's defaults). */
export function shippedBytes(outDir: string, html = 'index.html'): ShippedBytes {
  const page = readFileSync(join(outDir, html), 'utf8');
  // Every script and stylesheet the page links, in assets/ or not (public/early-fetch.js).
  const initial = new Set([...page.matchAll(/(?:src|href)="\.?\/?([^":]+\.(?:js|css))"/g)].map((m) => join(outDir, m[1] ?? '')));
  const queue = [...initial].filter((f) => f.endsWith('.js'));
  for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
    // Static imports between chunks: `import{a as b}from"./x-123.js"` or `import"./x-123.js"`.
    for (const m of readFileSync(f, 'utf8').matchAll(/(?:\bimport|\bfrom)\s*["']\.\/([^"']+\.js)["']/g)) {
      const p = join(outDir, 'assets', m[1] ?? '');
      if (!initial.has(p)) {
        initial.add(p);
        queue.push(p);
      }
    }
  }
  const out: ShippedBytes = { initial: { js: 0, css: 0 }, lazy: { js: 0, css: 0 }, raw: 0, files: [] };
  for (const f of new Set([...walk(join(outDir, 'assets')), ...initial])) {
    if (!/\.(js|css)$/.test(f)) continue;
    const buf = readFileSync(f);
    const gzip = gzipSync(buf, { level: 9 }).length;
    const first = initial.has(f);
    out.raw += buf.length;
    out[first ? 'initial' : 'lazy'][f.endsWith('.js') ? 'js' : 'css'] += gzip;
    out.files.push({ path: f.slice(outDir.length + 1), gzip, initial: first });
  }
  return out;
}

export function describeShipped(s: ShippedBytes): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const initial = s.initial.js + s.initial.css;
  const lazy = s.lazy.js + s.lazy.css;
  return (
    `initial load ${kb(initial)} (JS ${kb(s.initial.js)} + CSS ${kb(s.initial.css)}), ` +
    `lazy chunks ${kb(lazy)}, total ${kb(initial + lazy)} (${(s.raw / 1024).toFixed(0)} KB raw)`
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const s = shippedBytes(resolve(process.argv[2] ?? 'dist'));
  for (const f of [...s.files].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${f.initial ? 'initial' : 'lazy   '} ${(f.gzip / 1024).toFixed(1).padStart(6)} KB  ${f.path}`);
  }
  console.log(`Shipped (gzipped, data excluded): ${describeShipped(s)}`);
}
