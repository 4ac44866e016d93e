import type { Timeline } from '../../schema/timeline';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { formatCalendar } from '../i18n/format-date';
import { safeHref } from '../ui/item-labels';
import { Highlight } from '../ui/Highlight';
import { excerpt } from './excerpt';

interface Props {
  timeline: Timeline;
  span: { document: string; start: number; end: number };
  /** The context span to show, when it is wider than the default window. */
  context?: { document: string; start: number; end: number } | undefined;
}

/** One source: the cited words highlighted in their sentence, with the document it came from. */
export function SourceExcerpt({ timeline, span, context }: Props) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const search = useStore((s) => s.filters.search);
  const openDocument = useStore((s) => s.openDocument);
  const doc = timeline.documents.find((d) => d.id === span.document);
  if (!doc) return null;
  const ex = excerpt(doc.text, span.start, span.end);
  let { before, after } = ex;
  if (context && context.document === span.document && context.start <= span.start && context.end >= span.end) {
    before = doc.text.slice(context.start, span.start);
    after = doc.text.slice(span.end, context.end);
  }
  const href = safeHref(doc.url);
  return (
    <figure className="source">
      <blockquote className="excerpt" lang={doc.language || undefined} dir="auto">
        {ex.clippedStart ? '… ' : null}
        <Highlight text={before} query={search} />
        <mark className="cited">
          <Highlight text={ex.cited} query={search} />
        </mark>
        <Highlight text={after} query={search} />
        {ex.clippedEnd ? ' …' : null}
      </blockquote>
      <figcaption>
        <cite dir="auto">
          <Highlight text={doc.title || doc.path} query={search} />
        </cite>
        {doc.outlet ? <span dir="auto"> · {doc.outlet}</span> : null}
        {doc.published ? <span> · {formatCalendar(doc.published, lang, true)}</span> : null}
        <span className="source-actions">
          <button type="button" className="button link" onClick={() => openDocument(doc.id)}>
            {t('viewInDocument')}
          </button>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" className="button link">
              {t('openOriginal')}
            </a>
          ) : null}
        </span>
      </figcaption>
    </figure>
  );
}
