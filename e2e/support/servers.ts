/**
 * Small loopback servers for the embed, deployment and single-file journeys: a
 * static server for a built copy of the app (with the deployment headers from
 * docs/deployment.md) and a host server for pages on a second origin. Each spec
 * starts its own and closes it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const SEED_FIXTURE = 'e2e/fixtures/seed-timeline.json';

export interface Page {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The headers docs/deployment.md recommends, with the origins allowed to frame the app. */
export function deploymentHeaders(frameAncestors: string): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-src 'self'",
      `frame-ancestors ${frameAncestors}`,
      "require-trusted-types-for 'script'",
      "trusted-types 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Access-Control-Allow-Origin': '*',
  };
}

export interface Server {
  origin: string;
  close: () => Promise<void>;
}

export function serve(
  port: number,
  handler: (pathname: string) => Page | null,
): Promise<Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const page = handler(url.pathname);
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': page.type ?? 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...page.headers });
    res.end(page.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}

/** Serves a built app folder; `/timeline.json` is the given file. */
export function serveBuiltApp(
  port: number,
  root: string,
  dataFile: string,
  headers: Record<string, string>,
  extra: Record<string, Page> = {},
): Promise<Server> {
  return serve(port, (pathname) => {
    const page = extra[pathname];
    if (page) return page;
    if (pathname === '/timeline.json') return { body: readFileSync(dataFile), type: 'application/json', headers };
    const rel = pathname === '/' ? 'index.html' : pathname.slice(1);
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root)) || !existsSync(file) || !statSync(file).isFile()) return null;
    return { body: readFileSync(file), type: TYPES[path.extname(file)] ?? 'application/octet-stream', headers };
  });
}

/** `vite build` into a folder of our own (never dist/). */
export function buildApp(outDir: string, config?: string, env: Record<string, string> = {}): void {
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  if (config) args.push('--config', config);
  execFileSync('npx', args, { stdio: 'pipe', env: { ...process.env, ...env }, timeout: 240_000 });
}
