import { useEffect, useState } from 'react';
import { useStore } from '../store/store';
import { classifyBody, loadTimeline, resolveDataUrl, type LoadResult } from './load-timeline';

/** The single-file build (vite.single.config.ts) inlines the data in this element. */
export const INLINE_DATA_ID = 'timeline-data';

/** A fetch started before React's first render, picked up by the loader's first run. */
let early: { href: string; result: Promise<LoadResult> } | null = null;

/**
 * Starts fetching the timeline the URL names during the first render, so the
 * download overlaps React's first commit instead of waiting for its effects.
 */
function startTimelineLoad(): void {
  const { dataPath, loadAttempt } = useStore.getState();
  if (loadAttempt !== 0 || (dataPath === null && document.getElementById(INLINE_DATA_ID))) return;
  const href = resolveDataUrl(dataPath, window.location.href);
  if (href !== null && early?.href !== href) early = { href, result: loadTimeline(href) };
}

/** Loads the timeline named by the URL, again whenever that path changes or the reader retries. */
export function useTimelineLoader(): void {
  const dataPath = useStore((s) => s.dataPath);
  const attempt = useStore((s) => s.loadAttempt);
  useState(startTimelineLoad);
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
    // A retry always fetches again; the first run takes over the early fetch for the same file.
    const pending = attempt === 0 && early?.href === href ? early.result : loadTimeline(href, { signal: controller.signal });
    void pending.then((result) => {
      if (controller.signal.aborted) return;
      if (early?.result === pending) early = null;
      apply(result);
    });
    return () => controller.abort();
  }, [dataPath, attempt]);
}
