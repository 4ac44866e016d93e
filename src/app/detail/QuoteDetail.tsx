import type { Quote, Timeline } from '../../schema/timeline';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { formatBasis, formatDateValue } from '../i18n/format-date';
import { actorName, actorOf, countryName } from '../ui/item-labels';
import { Highlight } from '../ui/Highlight';
import { timelineIndex } from '../store/select-visible';
import { SourceExcerpt } from './SourceExcerpt';

export function QuoteDetail({ timeline, quote }: { timeline: Timeline; quote: Quote }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const search = useStore((s) => s.filters.search);
  const openItem = useStore((s) => s.openItem);
  const speaker = actorOf(timeline, quote.speaker);
  const event = quote.event === null ? undefined : timelineIndex(timeline).events.get(quote.event);
  return (
    <>
      <p className="kicker">
        <span className="type-badge">{t('detailQuote')}</span>
        {!quote.direct ? <span className="tag">{t('indirect')}</span> : null}
      </p>
      <h2 id="detail-title" tabIndex={-1} dir="auto">
        <Highlight text={actorName(timeline, quote.speaker) ?? t('unknownSpeaker')} query={search} />
        {speaker?.country ? <span className="muted"> · {countryName(speaker.country, lang, '')}</span> : null}
      </h2>
      <p className="date-line">
        <time dateTime={quote.date.start ?? undefined}>{formatDateValue(quote.date, lang)}</time>
        <span aria-hidden="true"> · </span>
        <span className="basis">{formatBasis(quote.date, lang)}</span>
      </p>
      <blockquote className={quote.direct ? 'quote-full' : 'quote-full indirect'} dir="auto">
        <Highlight text={quote.text} query={search} />
      </blockquote>
      {event ? (
        <p>
          {t('partOf')}:{' '}
          <button type="button" className="button link inline" onClick={() => openItem(event.id)}>
            {event.title}
          </button>
        </p>
      ) : null}
      <section aria-labelledby="detail-context">
        <h3 id="detail-context">{t('context')}</h3>
        <SourceExcerpt timeline={timeline} span={quote.source} context={quote.context} />
      </section>
    </>
  );
}
