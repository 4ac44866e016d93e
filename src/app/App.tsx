import { useStore } from './store/store';
import { useUrlSync } from './url/url-sync';
import { useTimelineLoader } from './data/use-timeline-loader';
import { useDocumentSettings } from './shell/use-document-settings';
import { AppShell } from './shell/AppShell';

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
  void embed;
  void present;
  return <AppShell />;
}
