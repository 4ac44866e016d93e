/**
 * The one module that keeps the URL and the store in step: read at start, written
 * on change. Discrete changes (filters, selection, view) push a history entry;
 * a change of the visible range alone replaces it, so zooming does not flood the
 * history. Back and forward re-read the URL.
 */
import { useEffect } from 'react';
import { useStore, type AppState } from '../store/store';
import { langFromNavigator } from '../i18n/translate';
import { checkIds, parseUrlState, serializeUrlState, type UrlState } from './url-state';

export function urlStateFromStore(s: AppState): UrlState {
  return {
    data: s.dataPath,
    filters: s.filters,
    range: s.range,
    selected: s.selectedId,
    open: s.openId,
    view: s.view,
    doc: s.docId,
    collapsed: s.collapsedLanes,
    order: s.laneOrder,
    lang: s.langParam,
    theme: s.theme,
    embed: s.embed,
    present: s.present,
    stop: s.stop,
  };
}

function storePatch(u: UrlState): Partial<AppState> {
  return {
    dataPath: u.data,
    filters: u.filters,
    range: u.range,
    selectedId: u.selected,
    openId: u.open,
    view: u.view,
    docId: u.doc,
    collapsedLanes: u.collapsed,
    laneOrder: u.order,
    langParam: u.lang,
    lang: u.lang ?? langFromNavigator(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]),
    theme: u.theme,
    embed: u.embed,
    present: u.present,
    stop: u.stop,
  };
}

/** True while the URL is being copied into the store, so that copy is not written back as a new entry. */
let reading = false;

/** Reads `location.search` into the store and rewrites the URL to its canonical form. */
export function readUrlIntoStore(): void {
  const { state, notices } = parseUrlState(window.location.search);
  const t = useStore.getState().timeline;
  const checked = t ? checkIds(state, t) : { state, notices: [] };
  reading = true;
  try {
    useStore.setState(storePatch(checked.state));
    useStore.getState().addNotices([...notices, ...checked.notices]);
  } finally {
    reading = false;
  }
  replaceSearch(serializeUrlState(checked.state));
}

function replaceSearch(search: string) {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Continuous changes replace the current entry: the visible range while zooming,
 * and the search text while it is being typed (its first and last keystrokes
 * still make entries, so Back clears a search).
 */
function isContinuous(a: UrlState, b: UrlState): boolean {
  const strip = (s: UrlState): UrlState => ({ ...s, range: null, filters: { ...s.filters, search: '' } });
  if (serializeUrlState(strip(a)) !== serializeUrlState(strip(b))) return false;
  const typing = a.filters.search !== b.filters.search;
  return !typing || (a.filters.search !== '' && b.filters.search !== '');
}

/** Mount once, at the top of the app, after `readUrlIntoStore()` ran before the first render. */
export function useUrlSync(): void {
  useEffect(() => {
    let last = urlStateFromStore(useStore.getState());
    // Null, not the current timeline: data loaded before the first render is checked now.
    let checkedFor: AppState['timeline'] = null;

    const sync = (s: AppState) => {
      if (reading) return;
      // Once data arrives, ids from the URL are checked against it.
      if (s.timeline && s.timeline !== checkedFor) {
        checkedFor = s.timeline;
        const { state, notices } = checkIds(urlStateFromStore(s), s.timeline);
        if (notices.length > 0) {
          reading = true;
          try {
            useStore.getState().addNotices(notices);
            useStore.setState(storePatch(state));
          } finally {
            reading = false;
          }
          last = urlStateFromStore(useStore.getState());
          replaceSearch(serializeUrlState(last));
          return;
        }
      }
      const next = urlStateFromStore(s);
      const search = serializeUrlState(next);
      if (search === window.location.search) {
        last = next;
        return;
      }
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (isContinuous(last, next)) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(null, '', url);
      last = next;
    };
    const unsubscribe = useStore.subscribe(sync);
    sync(useStore.getState());

    const onPop = () => {
      readUrlIntoStore();
      last = urlStateFromStore(useStore.getState());
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
