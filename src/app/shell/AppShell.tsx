import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { EmptyState, ErrorScreen, LoadingScreen } from '../data/ErrorScreen';
import { FiltersPanel } from '../filters/FiltersPanel';
import { ListView } from '../list/ListView';
import { SelectionAnnouncer } from '../keyboard/SelectionAnnouncer';
import { useKeyboard } from '../keyboard/use-keyboard';
import { NARROW_QUERY, useMediaQuery } from '../ui/use-media-query';
import { watchInputModality } from '../ui/input-modality';
import { ChartView } from './ChartView';
import { Header } from './Header';
import { Notices } from './Notices';
import { PartLoading } from '../ui/PartLoading';
import { preloadable } from '../ui/preloadable';
import { useIdle } from '../ui/use-idle';

// Not needed for the first view: their own chunks, fetched when first shown.
const DocumentView = lazy(() => import('../document/DocumentView').then((m) => ({ default: m.DocumentView })));
const KeysDialog = lazy(() => import('../keyboard/KeysDialog').then((m) => ({ default: m.KeysDialog })));
// The detail panel is fetched once the timeline is on screen, so the first click does not wait.
const detail = preloadable(() => import('../detail/DetailPanel').then((m) => m.DetailPanel));

/** The full reader: header, filters, the current view and the detail panel. */
export function AppShell() {
  const t = useT();
  useEffect(watchInputModality, []);
  const status = useStore((s) => s.status);
  const error = useStore((s) => s.error);
  const timeline = useStore((s) => s.timeline);
  const view = useStore((s) => s.view);
  const openId = useStore((s) => s.openId);
  const keysOpen = useStore((s) => s.keysOpen);
  const narrow = useMediaQuery(NARROW_QUERY);
  const [filtersChoice, setFiltersChoice] = useState<boolean | null>(null);
  const filtersOpen = filtersChoice ?? !narrow;
  useKeyboard(status === 'ready');

  const empty = timeline !== null && timeline.events.length === 0 && timeline.quotes.length === 0;
  let content: React.ReactNode;
  if (status === 'error' && error) content = <ErrorScreen error={error} />;
  else if (timeline === null) content = <LoadingScreen />;
  else if (empty) content = <EmptyState />;
  else if (view === 'document') {
    content = (
      <Suspense fallback={<PartLoading />}>
        <DocumentView timeline={timeline} />
      </Suspense>
    );
  } else if (view === 'list' || narrow) content = <ListView timeline={timeline} vertical={narrow} />;
  else content = <ChartView timeline={timeline} />;

  const ready = timeline !== null && !empty;
  const idle = useIdle(ready);
  useEffect(() => {
    if (idle) void detail.preload().catch(() => undefined);
  }, [idle]);
  return (
    <div className={`app${narrow ? ' narrow' : ''}${openId !== null && ready ? ' has-detail' : ''}`}>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <Header filtersOpen={filtersOpen} onToggleFilters={() => setFiltersChoice(!filtersOpen)} />
      <Notices />
      <div className="layout">
        {ready ? (
          <aside id="filters-panel" className="filters-panel" aria-labelledby="filters-heading" hidden={!filtersOpen}>
            <FiltersPanel timeline={timeline} />
          </aside>
        ) : null}
        <main id="main" tabIndex={-1} className="content">
          {ready ? <SelectionAnnouncer timeline={timeline} /> : null}
          {content}
        </main>
        {ready && openId !== null ? (
          <Suspense fallback={<PartLoading />}>
            <detail.Component timeline={timeline} />
          </Suspense>
        ) : null}
      </div>
      {keysOpen ? (
        <Suspense fallback={null}>
          <KeysDialog />
        </Suspense>
      ) : null}
    </div>
  );
}
