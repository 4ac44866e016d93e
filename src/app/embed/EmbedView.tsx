/**
 * `?embed`: the chart with the URL's filters and range, the title, a link to the
 * full timeline and a sources credit, sized to its container (300–1200 px) and
 * reporting its height to the host page. No cookies, storage or third-party
 * requests: everything it loads comes from the app's own origin.
 */
import { useCallback, useRef } from 'react';
import { useStore } from '../store/store';
import { selectVisible } from '../store/select-visible';
import { useT } from '../i18n/use-t';
import { ChartView } from '../shell/ChartView';
import { fullUrlFor } from './embed-snippet';
import { usePostHeight } from './use-post-height';
import { useContainerWidth } from './use-container-width';
import { FullscreenButton } from './FullscreenButton';
import { SourcesCredit } from './SourcesCredit';
import './embed.css';

export function EmbedView() {
  const t = useT();
  const timeline = useStore((s) => s.timeline);
  const visible = useStore(selectVisible);
  const rootRef = useRef<HTMLDivElement>(null);
  usePostHeight(rootRef);
  const width = useContainerWidth(rootRef);

  // Opening an item leaves the article: the full app opens on it in a new tab.
  const openInFull = useCallback((id: string) => {
    const url = new URL(fullUrlFor(window.location.href));
    url.searchParams.set('open', id);
    window.open(url.href, '_blank', 'noopener,noreferrer');
  }, []);

  if (!timeline) return <div ref={rootRef} className="embed" />;
  const size = width < 480 ? 'narrow' : width < 800 ? 'medium' : 'wide';
  return (
    <div ref={rootRef} className="embed" data-size={size}>
      <header className="embed-header">
        <h1 className="embed-title" dir="auto">
          {timeline.title}
        </h1>
        <FullscreenButton />
      </header>
      <ChartView timeline={timeline} variant="embed" onOpen={openInFull} />
      <footer className="embed-footer">
        <a href={fullUrlFor(window.location.href)} target="_blank" rel="noopener noreferrer">
          {t('openFull')}
        </a>
        <SourcesCredit timeline={timeline} events={visible.events} quotes={visible.quotes} />
      </footer>
    </div>
  );
}
