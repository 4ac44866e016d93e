import { useEffect, useState } from 'react';

/**
 * True once `ready` holds and the browser has had a quiet moment after it (or
 * `timeoutMs` passed). Work the first view does not show — the hidden print
 * handout, chunks fetched ahead of use — waits for it, so it never delays the
 * first paint of the timeline.
 */
export function useIdle(ready: boolean, timeoutMs = 600): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), Math.min(timeoutMs, 200));
    return () => clearTimeout(id);
  }, [ready, idle, timeoutMs]);
  return idle;
}
