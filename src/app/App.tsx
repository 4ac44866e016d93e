import { lazy, Suspense, useEffect } from 'react';
import { useStore } from './store/store';
import { useUrlSync } from './url/url-sync';
import { useTimelineLoader } from './data/use-timeline-loader';
import { useDocumentSettings } from './shell/use-document-settings';
import { AppShell } from './shell/AppShell';
import { ErrorScreen, LoadingScreen } from './data/ErrorScreen';
import { EmbedView } from './embed/EmbedView';
import { preloadable } from './ui/preloadable';
import { useIdle } from './ui/use-idle';

// Not needed for the first view: their own chunks, fetched once the timeline is on
// screen, so they are ready before anyone prints or presses Present.
const presentView = preloadable(() => import('./present/PresentView').then((m) => m.PresentView));
const PrintHandout = lazy(() => import('./print/PrintHandout').then((m) => ({ default: m.PrintHandout })));

/**
 * Chooses the mode. `embed` and `present` come from the URL (`?embed`, `?present&stop=N`);
 * src/app/embed and src/app/present add their views here, e.g.
 *   if (present) return <PresentMode />;
 *   if (embed) return <EmbedView />;
 */
export function App() {
  useUrlSync();
  useTimelineLoader();
  useDocumentSettings();
  const embed = useStore((s) => s.embed);
  const present = useStore((s) => s.present);
  const ready = useStore((s) => s.timeline !== null);
  const error = useStore((s) => (s.status === 'error' ? s.error : null));
  const idle = useIdle(ready);
  useEffect(() => {
    if (idle && !embed) void presentView.preload().catch(() => undefined);
  }, [idle, embed]);
  if (present && ready) {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <presentView.Component />
      </Suspense>
    );
  }
  if (embed) {
    if (ready) return <EmbedView />;
    return error ? <ErrorScreen error={error} /> : <LoadingScreen />;
  }
  return (
    <>
      <AppShell />
      {ready && idle ? (
        <Suspense fallback={null}>
          <PrintHandout />
        </Suspense>
      ) : null}
    </>
  );
}
