import { useEffect } from 'react';
import { useStore } from '../store/store';
import { fetchTimeline, INLINE_DATA_ID } from './early-fetch';
import { classifyBody, loadTimeline, resolveDataUrl, type LoadResult } from './load-timeline';

/** Loads the timeline named by the URL, again whenever that path changes or the reader retries. */
export function useTimelineLoader(): void {
  const dataPath = useStore((s) => s.dataPath);
  const attempt = useStore((s) => s.loadAttempt);
  useEffect(() => {
    const store = useStore.getState();
    const href = resolveDataUrl(dataPath, window.location.href);
    if (href === null) {
      store.addNotices([{ key: 'noticeDataRejected' }]);
      useStore.setState({ dataPath: null });
      return;
    }
    const apply = (result: LoadResult) => {
      const s = useStore.getState();
      if (result.ok) {
        s.setLoaded(result.timeline, result.skipped);
        if (result.skipped.events + result.skipped.quotes > 0) {
          s.addNotices([{ key: 'noticeSkipped', vars: { events: result.skipped.events, quotes: result.skipped.quotes } }]);
        }
      } else {
        s.setLoadError(result.error);
      }
    };
    const inline = dataPath === null ? document.getElementById(INLINE_DATA_ID) : null;
    if (inline) {
      apply(classifyBody(inline.textContent ?? '', 'application/json', INLINE_DATA_ID));
      return;
    }
    const controller = new AbortController();
    store.setLoading();
    void loadTimeline(href, { signal: controller.signal, fetch: fetchTimeline }).then((result) => {
      if (!controller.signal.aborted) apply(result);
    });
    return () => controller.abort();
  }, [dataPath, attempt]);
}
