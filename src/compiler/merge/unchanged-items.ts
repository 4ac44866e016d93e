/**
 * Which output items of a fresh process (`npm run compile` after an edit) are surely the
 * last build's, item for item, so the writer may copy their bytes from the last written
 * file without making them again (io/list-from-known.ts). It is decided from what the
 * merge from the stored state knows, never guessed: an event is the last build's when
 * its cluster's members are the last merge's (merge-events-again.ts, `touched`); a quote
 * when its document's reports are exactly the last build's (stored-merge.ts, `same`), its
 * speaker's traits did not change and the report it was said at, if any, sits in such a
 * cluster. Both hold only when nothing else could reach the item: the near-duplicate
 * result stood (no changed document was or is linked, so the quotes kept of a group of
 * copies are as they were) and no curation entry applies to a document of the corpus (an
 * entry pinned to a changed document can edit, hide or merge an unchanged event).
 */
import type { ActorId } from '../../schema/timeline';
import type { Curation } from '../curation/parse-curation';
import type { CorpusEvent, CorpusQuote } from './corpus-items';
import type { MergedAgain } from './merge-events-again';

/** What a fresh process may copy from the last written output. */
export interface Reusable {
  /** The events and quotes of the timeline that are surely the last build's. */
  items: WeakSet<object>;
  /** The paths of the documents whose extraction, and so its diagnostics, is the last build's (io/diagnostic-runs.ts). */
  documents: ReadonlySet<string>;
}

export interface UnchangedItems {
  event(e: CorpusEvent): boolean;
  quote(q: CorpusQuote): boolean;
}

/** Whether no entry of the curation file names a document of the corpus (they are all skipped). */
export function curationInert(curation: Curation, documents: readonly { id: string; path: string }[]): boolean {
  const pins = [...curation.events, ...curation.add, ...curation.quotes, ...curation.story];
  if (pins.length === 0) return true;
  const names = new Set<string>();
  for (const d of documents) names.add(d.path).add(d.id);
  return pins.every((p) => !names.has(p.document));
}

export function unchangedItems(
  touched: MergedAgain['touched'],
  same: ReadonlySet<string>,
  traits: { last: ReadonlyMap<ActorId, string>; now: ReadonlyMap<ActorId, string> },
): UnchangedItems {
  return {
    event: (e) => !touched.events.has(e),
    quote: (q) =>
      same.has(q.document) &&
      (q.speaker === null || traits.last.get(q.speaker as ActorId) === traits.now.get(q.speaker as ActorId)) &&
      (q.eventKey === null || !touched.reports.has(q.eventKey)),
  };
}
