import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';

export const SEARCH_INPUT_ID = 'search';

export function SearchBox() {
  const t = useT();
  const search = useStore((s) => s.filters.search);
  const setFilters = useStore((s) => s.setFilters);
  return (
    <form className="search" role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={search}
        maxLength={200}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setFilters({ search: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && search !== '') {
            e.stopPropagation();
            setFilters({ search: '' });
          }
        }}
      />
    </form>
  );
}
