import type { StateCreator } from 'zustand';
import type { EventType } from '../../schema/timeline';
import type { AppState } from './store';

/** What the reader narrowed the timeline to. Empty lists mean "no restriction". */
export interface Filters {
  /** ISO country codes; "" stands for items whose actors have no known country. */
  countries: string[];
  /** Actor ids: events involving them, quotes spoken by them. */
  actors: string[];
  types: EventType[];
  /** Source document ids. */
  documents: string[];
  /** Inclusive YYYY-MM-DD bounds, or null. */
  from: string | null;
  to: string | null;
  search: string;
  /** Show events marked `relevant: false`. */
  showOffTopic: boolean;
}

export type Facet = 'countries' | 'actors' | 'types' | 'documents';

export const emptyFilters: Filters = {
  countries: [],
  actors: [],
  types: [],
  documents: [],
  from: null,
  to: null,
  search: '',
  showOffTopic: false,
};

export function hasActiveFilters(f: Filters): boolean {
  return (
    f.countries.length > 0 ||
    f.actors.length > 0 ||
    f.types.length > 0 ||
    f.documents.length > 0 ||
    f.from !== null ||
    f.to !== null ||
    f.search.trim() !== ''
  );
}

export interface FiltersSlice {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  toggleFacet: (facet: Facet, value: string) => void;
  clearFilters: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: emptyFilters,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleFacet: (facet, value) =>
    set((s) => {
      const list: string[] = s.filters[facet];
      const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
      return { filters: { ...s.filters, [facet]: next } };
    }),
  // The off-topic toggle is a view preference, not a filter: clearing keeps it.
  clearFilters: () => set((s) => ({ filters: { ...emptyFilters, showOffTopic: s.filters.showOffTopic } })),
});
