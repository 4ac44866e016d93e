import { useEffect, useRef } from 'react';
import type { Timeline } from '../../schema/timeline';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { timelineIndex } from '../store/select-visible';
import { EventDetail } from './EventDetail';
import { QuoteDetail } from './QuoteDetail';
import { focusFromInput } from '../ui/input-modality';

/**
 * The open item. Focus moves to its heading when it opens or changes (its ring
 * shown only when the keyboard opened it), and back to where the reader was when
 * it closes.
 */
export function DetailPanel({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const openId = useStore((s) => s.openId);
  const openItem = useStore((s) => s.openItem);
  const panel = useRef<HTMLElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const firstId = useRef<string | null>(openId);

  useEffect(() => {
    if (openId === null) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement || active instanceof SVGElement) {
      if (active !== document.body && !panel.current?.contains(active)) returnTo.current = active as HTMLElement;
    }
    const heading = panel.current?.querySelector<HTMLElement>('#detail-title');
    if (heading) focusFromInput(heading);
  }, [openId]);

  useEffect(
    () => () => {
      // On close: back to what opened the panel. The chart may have redrawn that mark
      // (its layout changes with the width), so look for the item's mark by id too.
      const target = returnTo.current;
      if (target && target.isConnected) {
        target.focus();
        return;
      }
      const id = firstId.current;
      const mark = id === null ? null : Array.from(document.querySelectorAll<HTMLElement>('[data-id]')).find((n) => n.dataset['id'] === id && n.tabIndex >= 0);
      if (mark) mark.focus();
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
