import type { Timeline, TimelineEvent } from '../../schema/timeline';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { formatBasis, formatDateValue } from '../i18n/format-date';
import { actorName } from '../ui/item-labels';
import { Highlight } from '../ui/Highlight';
import { SourceExcerpt } from './SourceExcerpt';

export function EventDetail({ timeline, event }: { timeline: Timeline; event: TimelineEvent }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const search = useStore((s) => s.filters.search);
  const openItem = useStore((s) => s.openItem);
  const quotes = timeline.quotes.filter((q) => q.event === event.id);
  return (
    <>
      <p className="kicker">
        <span className={`type-badge type-${event.type}`}>{t(`type_${event.type}`)}</span>
        {!event.relevant ? <span className="tag">{t('offTopic')}</span> : null}
      </p>
      <h2 id="detail-title" tabIndex={-1} dir="auto">
        <Highlight text={event.title} query={search} />
      </h2>
      <p className="date-line">
        <time dateTime={event.date.start ?? undefined}>{formatDateValue(event.date, lang)}</time>
        <span aria-hidden="true"> · </span>
        <span className="basis">{formatBasis(event.date, lang)}</span>
      </p>
      {event.summary ? (
        <p dir="auto">
          <Highlight text={event.summary} query={search} />
        </p>
      ) : null}
      {event.actors.length > 0 ? (
        <section aria-labelledby="detail-actors">
          <h3 id="detail-actors">{t('actors')}</h3>
          <ul className="chips">
            {event.actors.map((a) => (
              <li key={a} dir="auto">
                <Highlight text={actorName(timeline, a) ?? a} query={search} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {quotes.length > 0 ? (
        <section aria-labelledby="detail-quotes">
          <h3 id="detail-quotes">{t('quotes')}</h3>
          <ul className="quote-list">
            {quotes.map((q) => (
              <li key={q.id}>
                <figure className="quote">
                  <blockquote dir="auto" className={q.direct ? undefined : 'indirect'}>
                    <Highlight text={q.text} query={search} />
                  </blockquote>
                  <figcaption>
                    <span className="speaker" dir="auto">
                      <Highlight text={actorName(timeline, q.speaker) ?? t('unknownSpeaker')} query={search} />
                    </span>
                    {!q.direct ? <span className="tag">{t('indirect')}</span> : null}
                    <button type="button" className="button link" onClick={() => openItem(q.id)}>
                      {t('open')}
                      <span className="visually-hidden">: {q.text.slice(0, 60)}</span>
                    </button>
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources">
          {t('sources')}{' '}
          <span className="muted">
            ({event.sourceCount === 1 ? t('sourceCountOne') : t('sourceCount', { n: event.sourceCount })})
          </span>
        </h3>
        <ol className="source-list">
          {event.sources.map((s, i) => (
            <li key={`${s.document}-${s.start}-${i}`}>
              <SourceExcerpt timeline={timeline} span={s} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
