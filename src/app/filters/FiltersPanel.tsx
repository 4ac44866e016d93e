import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { hasActiveFilters } from '../store/filters-slice';
import { selectVisible } from '../store/select-visible';
import { isValidDay } from '../url/url-state';
import { countLabel } from '../i18n/translate';
import { useIdle } from '../ui/use-idle';
import type { Timeline } from '../../schema/timeline';
import { FacetLists } from './FacetLists';

export function FiltersPanel({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const filters = useStore((s) => s.filters);
  const visible = useStore(selectVisible);
  const setFilters = useStore((s) => s.setFilters);
  const clear = useStore((s) => s.clearFilters);
  // The facets and the date fields follow once the first view is painted: see
  // FacetLists; a date input builds its own editing fields, ~10 ms each on first render.
  const idle = useIdle(true);
  const active = hasActiveFilters(filters);
  // A reversed range is read as the reader meant it: the earlier day first.
  const setDates = (fromValue: string | null, toValue: string | null) => {
    const from = fromValue !== null && isValidDay(fromValue) ? fromValue : null;
    const to = toValue !== null && isValidDay(toValue) ? toValue : null;
    if (from !== null && to !== null && from > to) setFilters({ from: to, to: from });
    else setFilters({ from, to });
  };
  return (
    <div className="filters-body">
      <div className="filters-head">
        <h2 id="filters-heading">{t('filtersHeading')}</h2>
        <button type="button" className="button" onClick={clear} disabled={!active}>
          {t('clearFilters')}
        </button>
      </div>
      <p className="live-count" role="status">
        {t('shownCount', { events: countLabel(lang, 'nEvents', visible.events.length), quotes: countLabel(lang, 'nQuotes', visible.quotes.length) })}
      </p>
      {idle ? (
        <>
          <FacetLists timeline={timeline} />
          <fieldset className="facet dates">
            <legend>{t('facetDates')}</legend>
            <label>
              <span>{t('dateFrom')}</span>
              <input
                type="date"
                value={filters.from ?? ''}
                max={filters.to ?? undefined}
                onChange={(e) => setDates(e.target.value, filters.to)}
              />
            </label>
            <label>
              <span>{t('dateTo')}</span>
              <input
                type="date"
                value={filters.to ?? ''}
                min={filters.from ?? undefined}
                onChange={(e) => setDates(filters.from, e.target.value)}
              />
            </label>
          </fieldset>
        </>
      ) : null}
    </div>
  );
}
