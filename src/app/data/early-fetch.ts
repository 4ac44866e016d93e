/**
 * The timeline's download, started while the app's modules are still being
 * evaluated (src/app/App.tsx calls `startEarlyFetch` at load), so it overlaps
 * them and React's first render instead of waiting for the loader's effect. The
 * loader takes it over through `fetchTimeline`; any other request, or a second
 * one for the same file (a retry), goes to the network as usual.
 */
/** The single-file build (vite.single.config.ts) inlines the data in this element. */
export const INLINE_DATA_ID = 'timeline-data';
export const DEFAULT_DATA = 'timeline.json';

let early: { href: string; response: Promise<Response>; controller: AbortController } | null = null;

/** The file the app will ask for, when `?data=` is absent or a plain relative path; null otherwise. */
export function earlyDataHref(search: string, base: string): string | null {
  const values = new URLSearchParams(search).getAll('data');
  if (values.length > 1) return null;
  const path = values[0] ?? DEFAULT_DATA;
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(path) || path.split('/').includes('..')) return null;
  const url = new URL(path, base);
  return url.origin === new URL(base).origin ? url.href : null;
}

export function startEarlyFetch(): void {
  if (typeof document === 'undefined' || document.getElementById(INLINE_DATA_ID)) return;
  const href = earlyDataHref(window.location.search, window.location.href);
  if (href === null || (window.location.protocol !== 'http:' && window.location.protocol !== 'https:')) return;
  const controller = new AbortController();
  const response = fetch(href, { signal: controller.signal, cache: 'no-cache', credentials: 'same-origin' });
  // Never an unhandled rejection: the loader sees the failure when it takes the response over.
  response.catch(() => undefined);
  early = { href, response, controller };
}

/** `fetch`, except that the first request for the early file gets the download already under way. */
export const fetchTimeline: typeof fetch = (input, init) => {
  const e = early;
  if (e === null || typeof input !== 'string' || input !== e.href) return fetch(input, init);
  early = null;
  const signal = init?.signal;
  if (signal) {
    if (signal.aborted) e.controller.abort();
    else signal.addEventListener('abort', () => e.controller.abort());
  }
  return e.response;
};
