/**
 * The printed handout, hidden on screen: title, the chart of the current view (a
 * styled copy of the on-screen SVG, refreshed when the view changes and right
 * before printing), then every shown event in time order with its quotes and
 * numbered sources. Rendered into <body> so print.css can hide the whole app and
 * show only this.
 */
import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '../store/store';
import { selectVisible } from '../store/select-visible';
import { useT } from '../i18n/use-t';
import { formatDateValue } from '../i18n/format-date';
import { countLabel } from '../i18n/translate';
import { actorName, safeHref } from '../ui/item-labels';
import { buildChartImage, findChartSvg } from '../export/svg-export';
import { rangeLabel, viewRange } from '../export/view-labels';
import { handoutModel } from './handout-model';
import type { Quote } from '../../schema/timeline';
import './print.css';

/** The speaker's own words in quotation marks; reported speech as the paraphrase it is. */
function QuoteWords({ quote }: { quote: Quote }) {
  return quote.direct ? <q dir="auto">{quote.text}</q> : <span dir="auto">{quote.text}</span>;
}

export function PrintHandout() {
  const t = useT();
  const timeline = useStore((s) => s.timeline);
  const visible = useStore(selectVisible);
  const range = useStore((s) => s.range);
  const lang = useStore((s) => s.lang);
  const chartRef = useRef<HTMLDivElement>(null);
  const model = useMemo(() => (timeline ? handoutModel(timeline, visible.events, visible.quotes) : null), [timeline, visible]);
  const shownRange = useMemo(
    () => rangeLabel(timeline ? viewRange(range, timeline, visible.events, visible.quotes) : null, lang),
    [range, timeline, visible, lang],
  );

  useEffect(() => {
    if (!timeline) return;
    // Copy the chart while it is on screen: once print styles apply, the app is
    // hidden and has no size, so an empty chart never replaces the last copy.
    const refresh = () => {
      const box = chartRef.current;
      const chart = findChartSvg();
      if (!box) return;
      if (!chart) {
        box.replaceChildren();
        return;
      }
      if (chart.getBoundingClientRect().width === 0) return;
      const image = buildChartImage(chart, { title: '', range: '', sources: '' });
      image.element.setAttribute('role', 'img');
      image.element.setAttribute('aria-label', timeline.title);
      image.element.removeAttribute('width');
      image.element.removeAttribute('height');
      box.replaceChildren(image.element);
    };
    // The chart redraws (and animates) after the store changes: copy it once it settles.
    let timer = window.setTimeout(refresh, 300);
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, 300);
    };
    const main = document.querySelector('main') ?? document.body;
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !(r.target instanceof Node && chartRef.current?.contains(r.target)))) later();
    });
    observer.observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
    return () => {
      window.clearTimeout(timer);
      observer.disconnect();
    };
  }, [timeline, visible, range, lang]);

  if (!timeline || !model) return null;
  const cite = (numbers: number[]) => (numbers.length ? ` [${numbers.join(', ')}]` : '');
  return createPortal(
    <section className="cronologia-print" lang={lang}>
      <h1 dir="auto">{timeline.title}</h1>
      <p className="print-meta">
        {shownRange} · {t('printShowing', { events: countLabel(lang, 'nEvents', visible.events.length), quotes: countLabel(lang, 'nQuotes', visible.quotes.length) })}
      </p>
      <div className="print-chart" ref={chartRef} />
      <h2>{t('printEvents')}</h2>
      <ol className="print-entries">
        {model.entries.map((entry) =>
          entry.kind === 'event' ? (
            <li key={entry.event.id}>
              <p className="print-date">
                {formatDateValue(entry.event.date, lang)} · {t(`type_${entry.event.type}`)}
              </p>
              <h3 dir="auto">
                {entry.event.title}
                <span className="print-cite">{cite(entry.sources)}</span>
              </h3>
              {entry.event.summary && <p dir="auto">{entry.event.summary}</p>}
              {entry.quotes.length > 0 && (
                <ul className="print-quotes">
                  {entry.quotes.map(({ quote, source }) => (
                    <li key={quote.id}>
                      <QuoteWords quote={quote} /> — <bdi>{actorName(timeline, quote.speaker) ?? t('unknownSpeaker')}</bdi>
                      {source > 0 ? ` [${source}]` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ) : (
            <li key={entry.quote.id}>
              <p className="print-date">
                {formatDateValue(entry.quote.date, lang)} · {t('detailQuote')}
              </p>
              <p dir="auto">
                <QuoteWords quote={entry.quote} /> — <bdi>{actorName(timeline, entry.quote.speaker) ?? t('unknownSpeaker')}</bdi>
                {cite(entry.sources)}
              </p>
            </li>
          ),
        )}
      </ol>
      <h2>{t('printSourcesHeading')}</h2>
      <ol className="print-sources">
        {model.sources.map(({ n, document }) => {
          const href = safeHref(document.url);
          return (
            <li key={document.id} value={n}>
              <bdi>{document.outlet ? `${document.outlet}: ` : ''}{document.title}</bdi>
              {document.published ? ` (${document.published})` : ''}
              {href && <span className="print-url"> {href}</span>}
            </li>
          );
        })}
      </ol>
    </section>,
    document.body,
  );
}
