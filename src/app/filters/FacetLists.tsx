import { useMemo, useState } from 'react';
import { EVENT_TYPES, type Timeline } from '../../schema/timeline';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import type { Facet } from '../store/filters-slice';
import { selectFacetCounts } from '../store/select-visible';
import { countryName } from '../ui/item-labels';

interface Option {
  value: string;
  label: string;
}

function facetOptions(t: Timeline, lang: 'en' | 'es', unknown: string, typeLabel: (type: string) => string) {
  const used = new Set<string>();
  t.events.forEach((e) => e.actors.forEach((a) => used.add(a)));
  t.quotes.forEach((q) => q.speaker !== null && used.add(q.speaker));
  const actors = t.actors.filter((a) => used.has(a.id));
  const countries = new Set<string>();
  actors.forEach((a) => countries.add(a.country ?? ''));
  if (t.events.some((e) => e.actors.length === 0) || t.quotes.some((q) => q.speaker === null)) countries.add('');
  const types = new Set(t.events.map((e) => e.type));
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, lang);
  // Actors with the most events and quotes first; the order does not move as filters change.
  const weight = new Map<string, number>();
  const add = (id: string) => weight.set(id, (weight.get(id) ?? 0) + 1);
  t.events.forEach((e) => e.actors.forEach(add));
  t.quotes.forEach((q) => q.speaker !== null && add(q.speaker));
  const byWeight = (a: Option, b: Option) => (weight.get(b.value) ?? 0) - (weight.get(a.value) ?? 0) || byLabel(a, b);
  return {
    countries: [...countries].map((c) => ({ value: c, label: countryName(c, lang, unknown) })).sort(byLabel),
    actors: actors.map((a) => ({ value: a.id, label: a.name })).sort(byWeight),
    types: EVENT_TYPES.filter((x) => types.has(x)).map((x) => ({ value: x, label: typeLabel(x) })),
    documents: t.documents.map((d) => ({ value: d.id, label: d.title || d.path })),
  };
}

/** Options shown per facet before "Show all": a timeline can name thousands of actors. */
const FACET_LIMIT = 12;

const GROUPS: [Facet, 'facetCountry' | 'facetActor' | 'facetType' | 'facetDocument'][] = [
  ['countries', 'facetCountry'],
  ['actors', 'facetActor'],
  ['types', 'facetType'],
  ['documents', 'facetDocument'],
];

/**
 * The facet checkboxes with their live counts (and the off-topic switch). Their
 * options name countries through Intl.DisplayNames, whose first use loads ICU
 * region data (~20 ms), and counting walks every item: the panel mounts them once
 * the timeline is on screen (FiltersPanel), not in the first render.
 */
export function FacetLists({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const [expanded, setExpanded] = useState<Facet[]>([]);
  const lang = useStore((s) => s.lang);
  const filters = useStore((s) => s.filters);
  const counts = useStore(selectFacetCounts);
  const toggleFacet = useStore((s) => s.toggleFacet);
  const setFilters = useStore((s) => s.setFilters);
  const options = useMemo(
    () => facetOptions(timeline, lang, t('countryUnknown'), (x) => t(`type_${x}` as Parameters<typeof t>[0])),
    [timeline, lang, t],
  );
  return (
    <>
      {counts && counts.offTopic > 0 ? (
        <label className="check offtopic">
          <input
            type="checkbox"
            checked={filters.showOffTopic}
            onChange={(e) => setFilters({ showOffTopic: e.target.checked })}
          />
          <span>{t('showOffTopic', { n: counts.offTopic })}</span>
        </label>
      ) : null}
      {GROUPS.map(([facet, label]) => {
        const opts = options[facet];
        if (opts.length === 0) return null;
        const selected: string[] = filters[facet];
        const open = expanded.includes(facet) || opts.length <= FACET_LIMIT + 2;
        const shown = open ? opts : opts.filter((o, i) => i < FACET_LIMIT || selected.includes(o.value));
        return (
          <fieldset key={facet} className="facet">
            <legend>{t(label)}</legend>
            <ul>
              {shown.map((o) => {
                const n = counts?.[facet].get(o.value) ?? 0;
                const checked = selected.includes(o.value);
                return (
                  <li key={o.value} className={n === 0 && !checked ? 'empty' : undefined}>
                    <label className="check">
                      <input type="checkbox" checked={checked} onChange={() => toggleFacet(facet, o.value)} />
                      <span className="option-label" dir="auto">
                        {o.label}
                      </span>
                      <span className="count" aria-label={t('optionCount', { n })}>
                        {n}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
            {opts.length > FACET_LIMIT + 2 ? (
              <button
                type="button"
                className="button link"
                aria-expanded={open}
                onClick={() => setExpanded(open ? expanded.filter((f) => f !== facet) : [...expanded, facet])}
              >
                {open ? t('showFewer') : t('showAll', { n: opts.length })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
    </>
  );
}
