import type { StateCreator } from 'zustand';
import type { DateRange } from '../timeline/timeline-props';
import type { Lang } from '../i18n/translate';
import type { AppState } from './store';

export type ViewMode = 'timeline' | 'list' | 'document';
export type Theme = 'light' | 'dark';

export interface ViewSlice {
  /** Visible window of the chart; null fits all. */
  range: DateRange | null;
  selectedId: string | null;
  /** Item shown in the detail panel. */
  openId: string | null;
  view: ViewMode;
  /** Document shown in the document view; null lists the documents. */
  docId: string | null;
  collapsedLanes: string[];
  laneOrder: string[] | null;
  /** Effective language, and whether `?lang=` chose it. */
  lang: Lang;
  langParam: Lang | null;
  /** null follows `prefers-color-scheme`. */
  theme: Theme | null;
  /** Modes owned by src/app/embed and src/app/present; the shell only keeps them in the URL. */
  embed: boolean;
  present: boolean;
  /** Current presentation stop, 1-based. */
  stop: number | null;
  keysOpen: boolean;
  setRange: (range: DateRange | null) => void;
  select: (id: string | null) => void;
  openItem: (id: string | null) => void;
  setView: (view: ViewMode) => void;
  openDocument: (docId: string | null) => void;
  setLanes: (collapsed: string[], order: string[] | null) => void;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme | null) => void;
  setPresent: (present: boolean, stop?: number | null) => void;
  setStop: (stop: number | null) => void;
  setKeysOpen: (open: boolean) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  range: null,
  selectedId: null,
  openId: null,
  view: 'timeline',
  docId: null,
  collapsedLanes: [],
  laneOrder: null,
  lang: 'en',
  langParam: null,
  theme: null,
  embed: false,
  present: false,
  stop: null,
  keysOpen: false,
  setRange: (range) => set({ range }),
  select: (id) => set({ selectedId: id }),
  openItem: (id) => set(id === null ? { openId: null } : { openId: id, selectedId: id }),
  setView: (view) => set({ view }),
  openDocument: (docId) => set({ view: 'document', docId }),
  setLanes: (collapsedLanes, laneOrder) => set({ collapsedLanes, laneOrder }),
  setLang: (lang) => set({ lang, langParam: lang }),
  setTheme: (theme) => set({ theme }),
  setPresent: (present, stop = null) => set({ present, stop: present ? stop : null }),
  setStop: (stop) => set({ stop }),
  setKeysOpen: (keysOpen) => set({ keysOpen }),
});
