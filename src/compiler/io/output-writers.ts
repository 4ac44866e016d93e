/**
 * How a build's writer reuses earlier output (incremental rebuilds): a long-lived
 * process its own last items (output-memo.ts), any build the stored `documents[]`
 * entries (assembly-state.ts), and a fresh process the last written file's bytes
 * (written-output.ts): the events and quotes assembly knows are the last build's
 * (list-from-known.ts), the runs of diagnostics of documents whose extraction and
 * other diagnostics are the last build's (diagnostic-runs.ts), and any other item
 * whose bytes are the same (list-from-last.ts).
 */
import type { Diagnostic, Timeline, TimelineDocument } from '../../schema/timeline';
import type { Reusable } from '../merge/unchanged-items';
import type { PieceStore } from './assembly-state';
import { diagnosticRuns, diagnosticsFromRuns, type DiagnosticRun } from './diagnostic-runs';
import { listFromKnown } from './list-from-known';
import { listFromLast, type LastList } from './list-from-last';
import { ORDER, type OutputMemo } from './output-memo';
import type { ListWriter, OutputPieces } from './schema-check';

/**
 * What the writer may reuse: the last build's items in this process (`memo`, --watch),
 * else a document's entry stored by its content key (`documents`).
 */
export function outputPieces(documents: PieceStore | null, memo: OutputMemo | null, contentKeys: ReadonlyMap<string, string>): OutputPieces | undefined {
  if (!documents && !memo) return undefined;
  return {
    reuses: (field) => memo !== null || field === 'documents',
    stored(field, item) {
      const kept = memo?.stored(field, item);
      if (kept) return kept;
      if (field !== 'documents' || !documents) return null;
      const doc = item as TimelineDocument;
      // An entry with duplicateOf (which assembly decides) is always serialised here.
      return doc.duplicateOf === undefined ? documents.get(contentKeys.get(doc.id) ?? '') : null;
    },
    kept(field, item, bytes) {
      memo?.kept(field, item, bytes);
    },
    made(field, item, json, bytes) {
      memo?.made(field, item, json, bytes);
      if (field !== 'documents' || !documents) return;
      const doc = item as TimelineDocument;
      const key = contentKeys.get(doc.id);
      if (key && doc.duplicateOf === undefined) documents.set(key, json);
    },
  };
}

/** The lists whose items have ids, recorded for the next build (list-from-known.ts). */
const WITH_IDS = ['events', 'quotes'] as const;

/** What a fresh process records of its output for the next one, besides each item's place. */
export function recorded(timeline: Timeline, digestOf: (document: string | null) => string): { ids: Map<string, string[]>; runs: DiagnosticRun[] } {
  return { ids: new Map(WITH_IDS.map((field) => [field, timeline[field].map((item) => item.id)])), runs: diagnosticRuns(timeline.diagnostics, digestOf) };
}

/**
 * A fresh process writes the events, quotes, actors and diagnostics from the last written
 * file, recording in `placed` where every item goes; documents come from their stored
 * entries (`outputPieces`). `digestOf` gives the digest of the diagnostics that name a
 * document and are not its extraction's (diagnostic-runs.ts).
 */
export function listsFromLast(
  last: ReadonlyMap<string, LastList> | null,
  placed: Map<string, number[]>,
  reuse: Reusable | undefined,
  digestOf: (document: string | null) => string,
): ListWriter {
  return {
    write(field, items, at, check) {
      const order = ORDER[field];
      if (field === 'documents' || !order) return null;
      const places: number[] = [];
      placed.set(field, places);
      const list = last?.get(field) ?? null;
      if (reuse && list?.ids && (WITH_IDS as readonly string[]).includes(field)) return listFromKnown(items as { id: string }[], at, list, list.ids, reuse.items, check, places);
      if (reuse && list?.runs && field === 'diagnostics') return diagnosticsFromRuns(items as Diagnostic[], at, list, list.runs, reuse.documents, digestOf, check, places);
      return listFromLast(items, at, list, order, check, places);
    },
  };
}
