import type { StateCreator } from 'zustand';
import type { Timeline } from '../../schema/timeline';
import type { LoadError } from '../data/load-timeline';
import type { AppState } from './store';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface DataSlice {
  status: LoadStatus;
  timeline: Timeline | null;
  skipped: { events: number; quotes: number };
  error: LoadError | null;
  /** Same-origin path from `?data=`, or null for the default `timeline.json`. */
  dataPath: string | null;
  /** Bumped by Retry so the loader runs again. */
  loadAttempt: number;
  setLoading: () => void;
  setLoaded: (timeline: Timeline, skipped: { events: number; quotes: number }) => void;
  setLoadError: (error: LoadError) => void;
  retryLoad: () => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  status: 'idle',
  timeline: null,
  skipped: { events: 0, quotes: 0 },
  error: null,
  dataPath: null,
  loadAttempt: 0,
  setLoading: () => set({ status: 'loading', error: null }),
  setLoaded: (timeline, skipped) => set({ status: 'ready', timeline, skipped, error: null }),
  setLoadError: (error) => set({ status: 'error', error, timeline: null }),
  retryLoad: () => set((s) => ({ loadAttempt: s.loadAttempt + 1, status: 'loading', error: null })),
});
