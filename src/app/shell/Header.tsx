import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import type { ViewMode } from '../store/view-slice';
import { HeaderActions } from './HeaderActions';
import { SearchBox } from '../filters/SearchBox';

export function Header({ filtersOpen, onToggleFilters }: { filtersOpen: boolean; onToggleFilters: () => void }) {
  const t = useT();
  const title = useStore((s) => s.timeline?.title ?? null);
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const lang = useStore((s) => s.lang);
  const setLang = useStore((s) => s.setLang);
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  const setKeysOpen = useStore((s) => s.setKeysOpen);
  const views: [ViewMode, 'viewTimeline' | 'viewList' | 'viewDocuments'][] = [
    ['timeline', 'viewTimeline'],
    ['list', 'viewList'],
    ['document', 'viewDocuments'],
  ];
  const nextTheme = theme === null ? 'dark' : theme === 'dark' ? 'light' : null;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="app-name">{t('appName')}</span>
        {title !== null ? <h1 className="timeline-title" dir="auto">{title}</h1> : null}
      </div>
      <SearchBox />
      <div className="header-tools">
        <button
          type="button"
          className="button filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filters-panel"
          onClick={onToggleFilters}
        >
          {t('filtersButton')}
        </button>
        <div role="group" aria-label={t('viewSwitch')} className="segmented">
          {views.map(([mode, key]) => (
            <button key={mode} type="button" className="button" aria-pressed={view === mode} onClick={() => setView(mode)}>
              {t(key)}
            </button>
          ))}
        </div>
        <label className="lang-select">
          <span className="visually-hidden">{t('language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value === 'es' ? 'es' : 'en')}>
            <option value="en" lang="en">
              English
            </option>
            <option value="es" lang="es">
              Español
            </option>
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={() => setTheme(nextTheme)}
          aria-label={`${t('themeToggle')}: ${t(theme === 'dark' ? 'themeDark' : theme === 'light' ? 'themeLight' : 'themeSystem')}`}
        >
          <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>
        </button>
        <button type="button" className="button" onClick={() => setKeysOpen(true)} aria-label={t('keysButton')}>
          <span aria-hidden="true">?</span>
        </button>
        <HeaderActions />
      </div>
    </header>
  );
}
