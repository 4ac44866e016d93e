import { useEffect, useMemo, useRef } from 'react';
import type { Timeline, TimelineDocument } from '../../schema/timeline';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { formatCalendar } from '../i18n/format-date';
import { safeHref } from '../ui/item-labels';
import { countLabel } from '../i18n/translate';
import { documentSegments, type ExtractMark } from './document-segments';

function marksFor(t: Timeline, docId: string): ExtractMark[] {
  const marks: ExtractMark[] = [];
  for (const e of t.events) {
    for (const s of e.sources) if (s.document === docId) marks.push({ id: e.id, kind: 'event', start: s.start, end: s.end });
  }
  for (const q of t.quotes) {
    if (q.source.document === docId) marks.push({ id: q.id, kind: 'quote', start: q.source.start, end: q.source.end });
  }
  return marks;
}

/** The list of documents, or one document with every extracted item highlighted. */
export function DocumentView({ timeline }: { timeline: Timeline }) {
  const docId = useStore((s) => s.docId);
  const doc = docId === null ? undefined : timeline.documents.find((d) => d.id === docId);
  return doc ? <OneDocument timeline={timeline} doc={doc} /> : <DocumentList timeline={timeline} />;
}

function DocumentList({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const openDocument = useStore((s) => s.openDocument);
  return (
    <section className="document-list" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('documentsHeading')}</h2>
      <ul>
        {timeline.documents.map((d) => {
          const marks = marksFor(timeline, d.id);
          const events = new Set(marks.filter((m) => m.kind === 'event').map((m) => m.id)).size;
          const quotes = marks.filter((m) => m.kind === 'quote').length;
          return (
            <li key={d.id}>
              <button type="button" className="button link doc-link" onClick={() => openDocument(d.id)} dir="auto">
                {d.title || d.path}
              </button>
              <p className="muted">
                {d.outlet ? <span dir="auto">{d.outlet} · </span> : null}
                {d.published ? <span>{t('publishedOn', { date: formatCalendar(d.published, lang) })} · </span> : null}
                <span>{t('extractedCount', { events: countLabel(lang, 'nEvents', events), quotes: countLabel(lang, 'nQuotes', quotes) })}</span>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function OneDocument({ timeline, doc }: { timeline: Timeline; doc: TimelineDocument }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const selectedId = useStore((s) => s.selectedId);
  const openItem = useStore((s) => s.openItem);
  const openDocument = useStore((s) => s.openDocument);
  const marks = useMemo(() => marksFor(timeline, doc.id), [timeline, doc.id]);
  const blocks = useMemo(() => documentSegments(doc, marks), [doc, marks]);
  const body = useRef<HTMLDivElement>(null);
  const href = safeHref(doc.url);
  const events = new Set(marks.filter((m) => m.kind === 'event').map((m) => m.id)).size;
  const quotes = marks.filter((m) => m.kind === 'quote').length;

  useEffect(() => {
    if (selectedId === null || !body.current) return;
    const el = Array.from(body.current.querySelectorAll<HTMLElement>('[data-item]')).find((n) => n.dataset['item'] === selectedId);
    el?.scrollIntoView({ block: 'center' });
  }, [selectedId, doc.id]);

  const label = (kind: string, reason?: string) => {
    const base =
      kind === 'noise' ? t('leftOutNoise') : kind === 'duplicate' ? t('leftOutDuplicate') : kind === 'title' ? t('leftOutTitle') : kind === 'meta' ? t('leftOutMeta') : kind === 'related' ? t('relatedBlock') : kind === 'unlisted' ? t('leftOutUnlisted') : null;
    return base === null ? null : reason ? `${base} (${reason})` : base;
  };

  return (
    <article className="document" aria-labelledby="document-title">
      <p>
        <button type="button" className="button link" onClick={() => openDocument(null)}>
          ← {t('backToDocuments')}
        </button>
      </p>
      <h2 id="document-title" dir="auto">
        {doc.title || doc.path}
      </h2>
      <p className="muted">
        {doc.outlet ? <span dir="auto">{doc.outlet} · </span> : null}
        {doc.published ? <span>{t('publishedOn', { date: formatCalendar(doc.published, lang) })} · </span> : null}
        <span>{t('extractedCount', { events: countLabel(lang, 'nEvents', events), quotes: countLabel(lang, 'nQuotes', quotes) })}</span>
        {href ? (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              {t('openOriginal')}
            </a>
          </>
        ) : null}
      </p>
      <p className="legend" aria-hidden="true">
        <mark className="extract kind-event">{t('legendEvent')}</mark> <mark className="extract kind-quote">{t('legendQuote')}</mark>
      </p>
      <div className="document-body" ref={body} lang={doc.language || undefined} dir="auto">
        {blocks.map((b) => {
          const note = label(b.kind, b.reason);
          const leftOut = b.kind === 'noise' || b.kind === 'duplicate' || b.kind === 'unlisted';
          return (
            <div key={b.start} className={`block block-${b.kind}${leftOut ? ' left-out' : ''}`}>
              {note ? <p className="block-label">{note}</p> : null}
              <div className="block-text">
                {b.segments.map((s) => {
                  const id = s.items[0];
                  if (id === undefined) return <span key={s.start}>{s.text}</span>;
                  const kind = s.kinds[0] ?? 'event';
                  return (
                    <mark
                      key={s.start}
                      className={`extract kind-${kind}${s.items.includes(selectedId ?? '') ? ' is-selected' : ''}`}
                      data-item={id}
                      role="button"
                      tabIndex={0}
                      onClick={() => openItem(id)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          openItem(id);
                        }
                      }}
                    >
                      {s.text}
                    </mark>
                  );
                })}
              </div>
            </div>
          );
        })}
      </div>
    </article>
  );
}
