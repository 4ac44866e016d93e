/** The card at a presentation stop: date, title, key quotes with speakers, sources. */
import type { Quote, Timeline, TimelineEvent } from '../../schema/timeline';
import { useT } from '../i18n/use-t';
import { formatDateValue } from '../i18n/format-date';
import type { Lang } from '../i18n/translate';
import { actorName, safeHref } from '../ui/item-labels';

const MAX_QUOTES = 3;

export function keyQuotes(quotes: readonly Quote[]): Quote[] {
  // Direct quotes first (the actual words), then reported speech; stable otherwise.
  return [...quotes].sort((a, b) => Number(b.direct) - Number(a.direct)).slice(0, MAX_QUOTES);
}

export function StopCard(props: { timeline: Timeline; event: TimelineEvent; quotes: readonly Quote[]; lang: Lang }) {
  const { timeline, event, lang } = props;
  const t = useT();
  const docs = new Map(timeline.documents.map((d) => [d.id as string, d]));
  const sourceIds = [...new Set(event.sources.map((s) => s.document as string))];
  const outletOf = (id: string) => {
    const d = docs.get(id);
    return d ? (d.outlet ?? d.title) : id;
  };
  return (
    <article className="present-card" aria-live="polite" aria-atomic="true">
      <p className="present-date">{formatDateValue(event.date, lang)}</p>
      <h1 className="present-headline" dir="auto">
        {event.title}
      </h1>
      {event.summary && (
        <p className="present-summary" dir="auto">
          {event.summary}
        </p>
      )}
      {props.quotes.length > 0 && (
        <ul className="present-quotes">
          {keyQuotes(props.quotes).map((q) => (
            <li key={q.id}>
              <blockquote dir="auto">{q.direct ? `“${q.text}”` : q.text}</blockquote>
              <p className="present-speaker">
                — <bdi>{actorName(timeline, q.speaker) ?? t('unknownSpeaker')}</bdi>, <cite dir="auto">{outletOf(q.source.document)}</cite>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="present-sources">
        {t('sources')}:{' '}
        {sourceIds.map((id, i) => {
          const doc = docs.get(id);
          const href = safeHref(doc?.url);
          const label = outletOf(id);
          return (
            <span key={id}>
              {i > 0 && ' · '}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  <bdi>{label}</bdi>
                </a>
              ) : (
                <bdi>{label}</bdi>
              )}
            </span>
          );
        })}
      </p>
    </article>
  );
}
