/**
 * Fetches a compiled timeline and says precisely what went wrong when it cannot:
 * the reader sees a different message for a missing file, a stalled server, an
 * HTML page, truncated JSON, a wrong shape and a newer schema.
 */
import { parseTimelineText } from '../../schema/parse-timeline';
import type { Timeline } from '../../schema/timeline';
import { DEFAULT_DATA } from './early-fetch';

export type LoadError =
  | { kind: 'http'; status: number; url: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'offline' }
  | { kind: 'network' }
  | { kind: 'html'; url: string }
  | { kind: 'truncated' }
  | { kind: 'not-json' }
  | { kind: 'wrong-shape'; detail: string }
  | { kind: 'newer-version'; found: number }
  | { kind: 'older-version' };

export type LoadResult =
  | { ok: true; timeline: Timeline; skipped: { events: number; quotes: number } }
  | { ok: false; error: LoadError };

export const TIMEOUT_MS = 10_000;

/** Resolves `?data=` against the page; null when it would leave this origin. */
export function resolveDataUrl(path: string | null, base: string): string | null {
  let url: URL;
  try {
    url = new URL(path ?? DEFAULT_DATA, base);
  } catch {
    return null;
  }
  if (url.origin !== new URL(base).origin) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') return null;
  return url.href;
}

/** Classifies a body that arrived with a 2xx status. */
export function classifyBody(text: string, contentType: string | null, url: string): LoadResult {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if ((contentType ?? '').includes('text/html') || head.startsWith('<!doctype') || head.startsWith('<html') || head.startsWith('<')) {
    return { ok: false, error: { kind: 'html', url } };
  }
  const parsed = parseTimelineText(text);
  if (parsed.ok) return parsed;
  const p = parsed.problem;
  switch (p.kind) {
    case 'not-json': {
      const t = text.trim();
      const looksCut = t.startsWith('{') || t.startsWith('[');
      return { ok: false, error: looksCut ? { kind: 'truncated' } : { kind: 'not-json' } };
    }
    case 'wrong-shape':
      return { ok: false, error: { kind: 'wrong-shape', detail: p.detail.slice(0, 160) } };
    case 'newer-version':
      return { ok: false, error: { kind: 'newer-version', found: p.found } };
    case 'older-version':
      return { ok: false, error: { kind: 'older-version' } };
  }
}

function shortUrl(href: string): string {
  try {
    const u = new URL(href);
    return u.pathname + u.search;
  } catch {
    return href;
  }
}

export async function loadTimeline(
  href: string,
  options: { fetch?: typeof fetch; timeoutMs?: number; online?: () => boolean; signal?: AbortSignal } = {},
): Promise<LoadResult> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const online = options.online ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  options.signal?.addEventListener('abort', () => controller.abort());
  try {
    const response = await doFetch(href, { signal: controller.signal, cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok) return { ok: false, error: { kind: 'http', status: response.status, url: shortUrl(href) } };
    const text = await response.text();
    return classifyBody(text, response.headers.get('content-type'), shortUrl(href));
  } catch {
    if (timedOut) return { ok: false, error: { kind: 'timeout', seconds: Math.round(timeoutMs / 1000) } };
    return { ok: false, error: online() ? { kind: 'network' } : { kind: 'offline' } };
  } finally {
    clearTimeout(timer);
  }
}
