import type { StateCreator } from 'zustand';
import type { MessageKey } from '../i18n/catalogue';
import type { Vars } from '../i18n/translate';
import type { AppState } from './store';

/** A message for the reader ("ignored invalid parameter"), kept as a key so it follows the language. */
export interface Notice {
  id: number;
  key: MessageKey;
  vars?: Vars;
}

export interface NoticesSlice {
  notices: Notice[];
  addNotices: (notices: Omit<Notice, 'id'>[]) => void;
  dismissNotice: (id: number) => void;
}

let nextId = 1;

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotices: (notices) => {
    if (notices.length === 0) return;
    set((s) => ({ notices: [...s.notices, ...notices.map((n) => ({ ...n, id: nextId++ }))].slice(-8) }));
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
