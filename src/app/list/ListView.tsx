import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Quote, Timeline } from '../../schema/timeline';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { formatBasis, formatDateValue } from '../i18n/format-date';
import { selectVisible } from '../store/select-visible';
import { actorName } from '../ui/item-labels';
import { Highlight } from '../ui/Highlight';
import { todayMs } from '../timeline/calendar-date';
import { listEntries, type ListEntry } from './list-entries';
import { openingEntryIndex, openingWindow } from './opening-entry';

/** The same filtered items as a chronological list: the screen-reader path, and the small-screen timeline. */
/** Entries rendered at first; long timelines grow a page at a time so the list stays quick. */
const PAGE = 300;

const entryId = (e: ListEntry) => (e.kind === 'event' ? e.event.id : e.quote.id);
const entryHas = (e: ListEntry, id: string) => entryId(e) === id || (e.kind === 'event' && e.quotes.some((q) => q.id === id));

export function ListView({ timeline, vertical }: { timeline: Timeline; vertical: boolean }) {
  const t = useT();
  const visible = useDeferredValue(useStore(selectVisible));
  const selectedId = useStore((s) => s.selectedId);
  const { dated: allDated, undated: allUndated } = useMemo(() => listEntries(visible), [visible]);
  const root = useRef<HTMLElement>(null);
  const [shown, setShown] = useState(PAGE);
  // On a small screen the list stands in for the chart: it opens where the chart would
  // (the URL's range, else the opening window), unless the URL selects an item.
  const [openAt] = useState(() => {
    const { range, selectedId: selected } = useStore.getState();
    if (!vertical || selected !== null) return 0;
    return openingEntryIndex(allDated, openingWindow(range, timeline, visible.events, visible.quotes, todayMs(new Date())));
  });
  const total = allDated.length + allUndated.length;
  // The selected item is always rendered, even when it lies beyond the current page.
  const selectedAt = selectedId === null ? -1 : [...allDated, ...allUndated].findIndex((e) => entryHas(e, selectedId));
  const limit = Math.max(shown, selectedAt + 1, openAt + 1);
  const dated = allDated.slice(0, limit);
  const undated = allUndated.slice(0, Math.max(0, limit - allDated.length));

  const opening = useRef(openAt > 0 ? allDated[openAt] : undefined);
  useEffect(() => {
    const entry = opening.current;
    opening.current = undefined;
    if (!entry || !root.current) return;
    const id = entryId(entry);
    const el = Array.from(root.current.querySelectorAll<HTMLElement>('[data-id]')).find((n) => n.dataset['id'] === id);
    el?.closest('li')?.scrollIntoView({ block: 'start' });
  }, []);

  useEffect(() => {
    if (selectedId === null || !root.current) return;
    const el = Array.from(root.current.querySelectorAll<HTMLElement>('[data-id]')).find((n) => n.dataset['id'] === selectedId);
    if (!el) return;
    // A quarter down the screen, not nudged to an edge: a linked item should not read as cut off.
    const box = el.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) return;
    el.style.scrollMarginTop = '25vh';
    el.scrollIntoView({ block: 'start' });
    el.style.scrollMarginTop = '';
  }, [selectedId]);

  return (
    <section ref={root} className={`list-view${vertical ? ' vertical' : ''}`} aria-labelledby="list-heading">
      <h2 id="list-heading">{t('listHeading')}</h2>
      {dated.length + undated.length === 0 ? <p>{t('listEmpty')}</p> : null}
      {dated.length > 0 ? (
        <ol className="spine">
          {dated.map((entry) => (
            <Entry key={entryId(entry)} timeline={timeline} entry={entry} />
          ))}
        </ol>
      ) : null}
      {limit < total ? (
        <p>
          <button type="button" className="button" onClick={() => setShown(limit + PAGE)}>
            {t('showMore', { n: Math.min(PAGE, total - limit), left: total - limit })}
          </button>
        </p>
      ) : null}
      {undated.length > 0 ? (
        <>
          <h2 id="list-undated">{t('undatedHeading')}</h2>
          <ul className="spine undated">
            {undated.map((entry) => (
              <Entry key={entryId(entry)} timeline={timeline} entry={entry} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function QuoteLine({ timeline, quote, nested }: { timeline: Timeline; quote: Quote; nested: boolean }) {
  const t = useT();
  const search = useStore((s) => s.filters.search);
  const openItem = useStore((s) => s.openItem);
  const selectedId = useStore((s) => s.selectedId);
  const speaker = actorName(timeline, quote.speaker) ?? t('unknownSpeaker');
  return (
    <figure className={`quote${selectedId === quote.id ? ' is-selected' : ''}`} data-id={quote.id}>
      <blockquote dir="auto" className={quote.direct ? undefined : 'indirect'}>
        <Highlight text={quote.text} query={search} />
      </blockquote>
      <figcaption>
        <span className="speaker" dir="auto">
          — <Highlight text={speaker} query={search} />
        </span>{' '}
        {!quote.direct ? <span className="tag">{t('indirect')}</span> : null}{' '}
        <button type="button" className="button link" onClick={() => openItem(quote.id)}>
          {t('open')}
          <span className="visually-hidden">
            {nested ? ': ' : ' '}
            {t('detailQuote')} {speaker}
          </span>
        </button>
      </figcaption>
    </figure>
  );
}

function Entry({ timeline, entry }: { timeline: Timeline; entry: ListEntry }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const search = useStore((s) => s.filters.search);
  const selectedId = useStore((s) => s.selectedId);
  const openItem = useStore((s) => s.openItem);
  const openDocument = useStore((s) => s.openDocument);
  if (entry.kind === 'quote') {
    const q = entry.quote;
    return (
      <li className="entry entry-quote">
        {q.date.start !== null ? (
          <p className="entry-date">
            <time dateTime={q.date.start}>{formatDateValue(q.date, lang)}</time>
          </p>
        ) : null}
        <QuoteLine timeline={timeline} quote={q} nested={false} />
      </li>
    );
  }
  const e = entry.event;
  const docs = [...new Set(e.sources.map((s) => s.document))]
    .map((id) => timeline.documents.find((d) => d.id === id))
    .filter((d) => d !== undefined);
  return (
    <li className={`entry entry-event type-${e.type}${selectedId === e.id ? ' is-selected' : ''}`} data-id={e.id}>
      <article aria-labelledby={`entry-${e.id}`}>
        {e.date.start !== null ? (
          <p className="entry-date">
            <time dateTime={e.date.start}>{formatDateValue(e.date, lang)}</time>
            <span className="muted"> · {formatBasis(e.date, lang)}</span>
          </p>
        ) : null}
        <h3 id={`entry-${e.id}`}>
          <button type="button" className="entry-title" dir="auto" onClick={() => openItem(e.id)} aria-current={selectedId === e.id ? 'true' : undefined}>
            <Highlight text={e.title} query={search} />
          </button>
        </h3>
        <p className="entry-meta">
          <span className={`type-badge type-${e.type}`}>{t(`type_${e.type}`)}</span>
          {!e.relevant ? <span className="tag">{t('offTopic')}</span> : null}
          {e.actors.length > 0 ? (
            <span dir="auto">
              {' '}
              {e.actors.map((a, i) => (
                <span key={a}>
                  {i > 0 ? ', ' : ''}
                  <Highlight text={actorName(timeline, a) ?? a} query={search} />
                </span>
              ))}
            </span>
          ) : null}
        </p>
        {entry.quotes.length > 0 ? (
          <ul className="entry-quotes" aria-label={t('quotes')}>
            {entry.quotes.map((q) => (
              <li key={q.id}>
                <QuoteLine timeline={timeline} quote={q} nested />
              </li>
            ))}
          </ul>
        ) : null}
        {/* One source a line: an inline list broke between a long title and its "; ". */}
        <div className="entry-sources muted">
          <span id={`sources-${e.id}`}>{t('sources')}:</span>{' '}
          <ul aria-labelledby={`sources-${e.id}`}>
            {docs.map((d) => (
              <li key={d.id} dir="auto">
                <button type="button" className="button link inline" onClick={() => openDocument(d.id)}>
                  {d.title || d.path}
                </button>
                {d.outlet ? ` (${d.outlet})` : ''}
              </li>
            ))}
          </ul>
        </div>
      </article>
    </li>
  );
}
