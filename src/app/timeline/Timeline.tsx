import type { TimelineProps } from './timeline-props';

/** First rough cut: the real chart replaces this shortly. Props are stable. */
export function Timeline(props: TimelineProps) {
  const dated = props.events.filter((e) => e.date.start !== null);
  return (
    <div id="timeline" role="region" aria-label="Timeline" tabIndex={0}>
      <ol>
        {dated.map((e) => (
          <li key={e.id}>
            <button type="button" aria-pressed={props.selectedId === e.id} onClick={() => props.onOpen(e.id)}>
              {e.date.start} {e.title}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
