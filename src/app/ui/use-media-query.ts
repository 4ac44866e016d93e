import { useSyncExternalStore } from 'react';

/** Whether a media query matches, kept live. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const mql = window.matchMedia(query);
      mql.addEventListener('change', notify);
      return () => mql.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export const NARROW_QUERY = '(max-width: 639.98px)';
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';
