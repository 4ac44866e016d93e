import { useEffect } from 'react';
import { useStore } from '../store/store';
import { fetchTimeline, hasEarlyFetch, INLINE_DATA_ID } from './early-fetch';
import { classifyBody, loadTimeline, resolveDataUrl, type LoadResult } from './load-timeline';

function apply(result: LoadResult): void {
  const s = useStore.getState();
  if (result.ok) {
    s.setLoaded(result.timeline, result.skipped);
    if (result.skipped.events + result.skipped.quotes > 0) {
      s.addNotices([{ key: 'noticeSkipped', vars: { events: result.skipped.events, quotes: result.skipped.quotes } }]);
    }
  } else {
    s.setLoadError(result.error);
  }
}

/**
 * The load of the page's own file, begun before React's first render. It lives
 * until the loader runs for another file or a retry, so that React's dev-mode
 * double effect neither loads it twice nor drops it.
 */
let first: { href: string; result: Promise<LoadResult>; applied: boolean } | null = null;

/**
 * Before the first render: when the early download (public/early-fetch.js) is
 * under way for the file the URL names, load it and, if it is in within
 * `waitMs`, put it in the store, so the first render draws the timeline at once
 * instead of a loading screen and then the timeline. A slower file is left to
 * the loader, which shows the loading screen meanwhile and takes this load over.
 */
export async function loadBeforeFirstRender(waitMs: number): Promise<void> {
  const { dataPath } = useStore.getState();
  const href = resolveDataUrl(dataPath, window.location.href);
  if (href === null || !hasEarlyFetch(href)) return;
  const entry = { href, result: loadTimeline(href, { fetch: fetchTimeline }), applied: false };
  first = entry;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const result = await Promise.race([entry.result, new Promise<null>((r) => (timer = setTimeout(() => r(null), waitMs)))]);
  clearTimeout(timer);
  if (result !== null && first === entry) {
    apply(result);
    entry.applied = true;
  }
}

/** Loads the timeline named by the URL, again whenever that path changes or the reader retries. */
export function useTimelineLoader(): void {
  const dataPath = useStore((s) => s.dataPath);
  const attempt = useStore((s) => s.loadAttempt);
  useEffect(() => {
    const store = useStore.getState();
    const href = resolveDataUrl(dataPath, window.location.href);
    if (href === null) {
      first = null;
      store.addNotices([{ key: 'noticeDataRejected' }]);
      useStore.setState({ dataPath: null });
      return;
    }
    const inline = dataPath === null ? document.getElementById(INLINE_DATA_ID) : null;
    if (inline) {
      apply(classifyBody(inline.textContent ?? '', 'application/json', INLINE_DATA_ID));
      return;
    }
    const started = first !== null && first.href === href && attempt === 0 ? first : null;
    if (started?.applied) return;
    first = started;
    let live = true;
    const controller = new AbortController();
    store.setLoading();
    const result = started ? started.result : loadTimeline(href, { signal: controller.signal, fetch: fetchTimeline });
    void result.then((r) => {
      if (!live) return;
      if (started) started.applied = true;
      apply(r);
    });
    return () => {
      live = false;
      if (!started) controller.abort();
    };
  }, [dataPath, attempt]);
}
