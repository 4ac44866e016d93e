import { useEffect } from 'react';
import { useStore } from '../store/store';
import { loadTimeline, resolveDataUrl } from './load-timeline';

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
    const controller = new AbortController();
    store.setLoading();
    void loadTimeline(href, { signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      const s = useStore.getState();
      if (result.ok) {
        s.setLoaded(result.timeline, result.skipped);
        if (result.skipped.events + result.skipped.quotes > 0) {
          s.addNotices([{ key: 'noticeSkipped', vars: { events: result.skipped.events, quotes: result.skipped.quotes } }]);
        }
      } else {
        s.setLoadError(result.error);
      }
    });
    return () => controller.abort();
  }, [dataPath, attempt]);
}
