/**
 * The timeline's download, started by `public/early-fetch.js` (a classic script
 * at the top of index.html) before the app's own code has arrived, so the file
 * and the code download side by side. The loader takes that response over
 * through `fetchTimeline`; any other request, or a second one for the same file
 * (a retry), goes to the network as usual. The rule for which file to fetch lives
 * in that script alone: anything unusual in `?data=` is left to the app.
 */
/** The single-file build (vite.single.config.ts) inlines the data in this element. */
export const INLINE_DATA_ID = 'timeline-data';
export const DEFAULT_DATA = 'timeline.json';

export interface EarlyFetch {
  href: string;
  response: Promise<Response>;
  controller: AbortController;
}

declare global {
  interface Window {
    __cronologiaEarlyFetch?: EarlyFetch | undefined;
  }
}

function early(): EarlyFetch | null {
  return typeof window === 'undefined' ? null : (window.__cronologiaEarlyFetch ?? null);
}

/** True when the early script is already downloading `href`. */
export function hasEarlyFetch(href: string): boolean {
  return early()?.href === href;
}

/** `fetch`, except that the first request for the early file gets the download already under way. */
export const fetchTimeline: typeof fetch = (input, init) => {
  const e = early();
  if (e === null || typeof input !== 'string' || input !== e.href) return fetch(input, init);
  window.__cronologiaEarlyFetch = undefined;
  const signal = init?.signal;
  if (signal) {
    if (signal.aborted) e.controller.abort();
    else signal.addEventListener('abort', () => e.controller.abort());
  }
  return e.response;
};
