import type { Timeline } from '../../schema/timeline';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { formatDateValue } from '../i18n/format-date';
import { timelineIndex } from '../store/select-visible';
import { actorName } from '../ui/item-labels';

/** Says which item the arrow keys selected, for screen readers and as a visible status line. */
export function SelectionAnnouncer({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const selectedId = useStore((s) => s.selectedId);
  let text = '';
  if (selectedId !== null) {
    const event = timelineIndex(timeline).events.get(selectedId);
    const quote = event ? undefined : timeline.quotes.find((q) => q.id === selectedId);
    if (event) text = `${formatDateValue(event.date, lang)}: ${event.title}`;
    else if (quote) text = `${formatDateValue(quote.date, lang)}: ${actorName(timeline, quote.speaker) ?? t('unknownSpeaker')} — ${quote.direct ? `“${quote.text}”` : quote.text}`;
  }
  return (
    // Empty, it takes no room (the chart's toolbar sits right under the header); the
    // first selection then pushes the view down once, by one line.
    <p className={`selection-status${text === '' ? ' is-empty' : ''}`} role="status" aria-live="polite" dir="auto">
      {text}
    </p>
  );
}
