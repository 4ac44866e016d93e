/** The one store, composed from slices (zustand's slices pattern). Read it through small selectors. */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice';
import { createFiltersSlice, type FiltersSlice } from './filters-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = DataSlice & FiltersSlice & ViewSlice & NoticesSlice;

export const useStore = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createFiltersSlice(...a),
  ...createViewSlice(...a),
  ...createNoticesSlice(...a),
}));
