import { useEffect, useRef } from 'react';
import type { Timeline } from '../../schema/timeline';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { timelineIndex } from '../store/select-visible';
import { EventDetail } from './EventDetail';
import { QuoteDetail } from './QuoteDetail';

/**
 * The open item. Focus moves to its heading when it opens or changes, and back
 * to where the reader was when it closes.
 */
export function DetailPanel({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const openId = useStore((s) => s.openId);
  const openItem = useStore((s) => s.openItem);
  const panel = useRef<HTMLElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (openId === null) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !panel.current?.contains(active)) returnTo.current = active;
    panel.current?.querySelector<HTMLElement>('#detail-title')?.focus();
  }, [openId]);

  useEffect(
    () => () => {
      // On close: back to the mark or row that opened the panel, if it is still on the page.
      const target = returnTo.current;
      if (target && target.isConnected) target.focus();
      else document.getElementById('main')?.focus();
    },
    [],
  );

  if (openId === null) return null;
  const idx = timelineIndex(timeline);
  const event = idx.events.get(openId);
  const quote = event ? undefined : timeline.quotes.find((q) => q.id === openId);
  return (
    <aside
      ref={panel}
      className="detail-panel"
      aria-labelledby="detail-kind detail-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          openItem(null);
        }
      }}
    >
      <span id="detail-kind" className="visually-hidden">
        {event ? t('detailEvent') : t('detailQuote')}:
      </span>
      <button type="button" className="button close" onClick={() => openItem(null)} aria-label={t('close')}>
        <span aria-hidden="true">×</span>
      </button>
      {event ? <EventDetail timeline={timeline} event={event} /> : null}
      {quote ? <QuoteDetail timeline={timeline} quote={quote} /> : null}
      {!event && !quote ? (
        <h2 id="detail-title" tabIndex={-1}>
          {t('notFound')}
        </h2>
      ) : null}
    </aside>
  );
}
