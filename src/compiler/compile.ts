/**
 * The whole compiler as pure functions: source documents and editor data in, a
 * validated timeline plus diagnostics out. The CLI does the reading and writing.
 *
 * It is split in two so the CLI can cache the expensive per-document part by
 * content hash (incremental rebuilds):
 *   prepareContext (once) → extractDocument (per document, cacheable, JSON-serialisable
 *   result; extract-document.ts) → assembleTimeline (corpus: merge, relevance, curation, emit).
 * Only data/actors affects extraction, so only it is in the fingerprint; the
 * project's topic terms and the curation file are applied at assembly.
 */
import { createHash } from 'node:crypto';
import type { Actor, ActorId, Diagnostic, Timeline } from '../schema/timeline';
import { parseActorRegistry, type ActorRegistry } from './actors/actor-registry';
import { applyCuration } from './curation/apply-curation';
import { parseCuration, type Curation } from './curation/parse-curation';
import { emitMemo } from './emit/emit-memo';
import { emitTimeline } from './emit/emit-timeline';
import { placeYearlessDocuments } from './corpus-years';
import { articleText, extractDocument } from './extract-document';
import { actorTraits, changedActors, documentItems, stillValid, type DocumentItems } from './document-items';
import type { CorpusQuote, EventMember } from './merge/corpus-items';
import { documentChanges, type AssemblyMemo, type IncrementalInput, type StoredReports } from './merge/assembly-memo';
import type { PreparedKeys } from './merge/merge-search';
import { searchDuplicates, updateDuplicates, type DuplicateCandidate, type DuplicateSearch, type DuplicateSignature } from './merge/duplicate-documents';
import { mergeEvents } from './merge/merge-events';
import { mergeEventsAgain, reportsOf } from './merge/merge-events-again';
import { mergeQuotes, quotesMemo } from './merge/merge-quotes';
import { clustersOf, storedEventsMemo, type DocumentReports } from './merge/stored-merge';
import { curationInert, unchangedItems, type Reusable } from './merge/unchanged-items';
import { diagnostic, type ExtractedDocument, type SourceDocument } from './model';
import { parseProject, type Project } from './relevance/project-file';
import { fold, topicMatcher } from './relevance/topic-matcher';
import { formatDay } from './dates/calendar';

export interface DataFile {
  /** Path as shown in diagnostics, e.g. "data/actors.yaml". */
  path: string;
  text: string;
}

/** Editor data files, raw; parsed by the pure parsers of each stage. */
export interface CompileConfig {
  actors: DataFile | null;
  project: DataFile | null;
  curation: DataFile | null;
}

/** Parsed editor data, shared by all per-document extraction. */
export interface CompileContext {
  config: CompileConfig;
  /** A hash of everything in the context that affects extraction (part of the cache key). */
  fingerprint: string;
  diagnostics: Diagnostic[];
  registry: ActorRegistry;
  project: Project;
  curation: Curation;
}

export interface CompileResult {
  timeline: Timeline;
  /** Same as timeline.diagnostics; errors here make the CLI exit non-zero. */
  diagnostics: Diagnostic[];
  /** What the next incremental assembly may reuse (only when it was given content keys). */
  memo?: AssemblyMemo;
  /** What a fresh process may copy from the last written output (merge/unchanged-items.ts). */
  reuse?: Reusable;
  /** The diagnostics assembly made, not extraction (editor data, near-duplicates, conflicting attributions, curation), when given content keys. */
  made?: Diagnostic[];
}

/** What the actor and quote stages give for one document (discovered actors travel with it). */
export interface DocumentExtraction extends ExtractedDocument {
  discovered?: Actor[];
}

/** What assembly reads of one event: the extracted event, its trigger, and its sorted content words. */
export type AssemblyEvent = ExtractedDocument['events'][number] & { trigger?: [number, number]; words?: string[] };

/** What assembly reads of one quote: the extracted quote and its output id (which depends on the document and the quote's place only). */
export type AssemblyQuote = ExtractedDocument['quotes'][number] & { id?: string };

/**
 * What assembly reads of one extracted document. Mentions, date mentions, story
 * contexts and the events stage's working fields are intermediate results of the
 * per-document stages; leaving them out keeps cache entries, worker messages and
 * a large build's memory small. Each event's content words (which depend on its
 * text only) and each quote's id are worked out here, once per document content,
 * so a warm build reads them from the cache instead of folding every event's text
 * and hashing every quote's place again.
 */
export type AssemblyInput = Omit<DocumentExtraction, 'mentions' | 'dates' | 'stories' | 'events' | 'quotes'> & {
  events: AssemblyEvent[];
  quotes: AssemblyQuote[];
  /** The near-duplicate search's digest of `articleText` (also per document content, so cached with it). */
  signature?: DuplicateSignature;
};

export function prepareContext(config: CompileConfig): CompileContext {
  const actors = parseActorRegistry(config.actors);
  const project = parseProject(config.project);
  const curation = parseCuration(config.curation);
  const fingerprint = createHash('sha256')
    .update('actors\u0000')
    .update(config.actors?.text ?? '\u0000none')
    .digest('hex');
  return {
    config,
    fingerprint,
    diagnostics: [...actors.diagnostics, ...project.diagnostics, ...curation.diagnostics],
    registry: actors.registry,
    project: project.project,
    curation: curation.curation,
  };
}

/** Whether each event of a document is on topic: its story, or its own words, use a topic term. */
function eventRelevance(doc: AssemblyInput, onTopic: (text: string) => boolean): boolean[] {
  const storyParts = new Map<number, string[]>();
  for (const s of doc.sentences) {
    const parts = storyParts.get(s.story) ?? [];
    parts.push(doc.text.slice(s.start, s.end));
    storyParts.set(s.story, parts);
  }
  const storyOnTopic = new Map<number, boolean>();
  const storyRelevant = (story: number): boolean => {
    let known = storyOnTopic.get(story);
    if (known === undefined) {
      known = onTopic((storyParts.get(story) ?? []).join(' '));
      storyOnTopic.set(story, known);
    }
    return known;
  };
  return doc.events.map((e) => storyRelevant(doc.sentences[e.sentence]?.story ?? 0) || onTopic(doc.text.slice(e.start, e.end)));
}

/** Called after each assembly step with its name (the benchmark times them). */
export type Lap = (step: string) => void;

/** More changed documents than this and the near-duplicate search runs in full (the update compares each with every document). */
const MAX_CHANGED_FOR_UPDATE = 16;

/** The near-duplicate result, and whether it is the last build's standing (no changed document was or is linked). */
function duplicateSearch(docs: readonly AssemblyInput[], incremental: IncrementalInput | undefined): { search: DuplicateSearch; stood: boolean } {
  const candidates: DuplicateCandidate[] = docs.map((d) => ({
    id: d.id,
    path: d.path,
    // Read only when the signature is missing or the pair's word bags are compared.
    get text() {
      return articleText(d);
    },
    published: d.published ? formatDay(d.published) : null,
    signature: d.signature,
  }));
  const previous = incremental?.previous;
  if (incremental && previous) {
    const changes = documentChanges(incremental.keys, previous);
    if (changes.changed.size + changes.removed.size <= MAX_CHANGED_FOR_UPDATE) {
      const updated = updateDuplicates(candidates, changes, previous.duplicates);
      if (updated) return { search: updated, stood: true };
    }
  }
  return { search: searchDuplicates(candidates), stood: false };
}

/**
 * `incremental` (content keys of `docs` and the previous build's memo) lets
 * assembly reuse what the documents that changed cannot affect; the result is
 * the same as without it.
 */
export function assembleTimeline(docs: readonly AssemblyInput[], context: CompileContext, lap: Lap = () => undefined, incremental?: IncrementalInput): CompileResult {
  const diagnostics: Diagnostic[] = [...context.diagnostics, ...docs.flatMap((d) => d.diagnostics)];
  const firstMade = diagnostics.length;
  const byId = new Map<string, AssemblyInput>();
  for (const d of docs) byId.set(d.id, d);

  const { search, stood } = duplicateSearch(docs, incremental);
  const duplicates = search.found;
  const duplicateOf = new Map<string, string>();
  for (const [id, { original, similarity }] of duplicates) {
    duplicateOf.set(id, original);
    const doc = byId.get(id);
    const originalPath = byId.get(original)?.path ?? original;
    // The reader already notes byte-identical files.
    if (doc?.diagnostics.some((d) => d.rule === 'duplicate-document')) continue;
    diagnostics.push(
      diagnostic(
        'info',
        'duplicate-document',
        similarity >= 1
          ? `same article as ${originalPath}; its events are merged and both are kept as sources`
          : `near-identical to ${originalPath} (${Math.round(similarity * 100)}% shared wording); its events are merged and both are kept as sources`,
        doc?.path ?? id,
        { line: 1, column: 1 },
      ),
    );
  }
  const canonicalOf = (id: string): string => duplicateOf.get(id) ?? id;
  lap('duplicates');

  const actorMap = new Map<ActorId, Actor>();
  for (const a of context.registry.actors) actorMap.set(a.id, a);
  for (const d of docs) for (const a of d.discovered ?? []) if (!actorMap.has(a.id)) actorMap.set(a.id, a);
  const onTopic = topicMatcher(context.project.terms);
  const members: EventMember[] = [];
  const quotes: CorpusQuote[] = [];
  const relevantByKey = new Map<string, readonly boolean[]>();
  // A long-lived compiler hands the last build's items of an unchanged document out again (document-items.ts).
  const traits = new Map<ActorId, string>();
  for (const [id, a] of actorMap) traits.set(id, actorTraits(a));
  const previous = incremental?.previous;
  const changed = previous?.traits ? changedActors(previous.traits, traits) : null;
  const itemsByKey = new Map<string, DocumentItems>();
  const reportsByDocument: DocumentReports[] = [];
  for (const doc of docs) {
    const contentKey = incremental?.keys.get(doc.id);
    const canonical = canonicalOf(doc.id);
    const kept = contentKey === undefined || !changed ? undefined : previous?.items?.get(contentKey);
    let items: DocumentItems;
    if (kept && stillValid(kept, canonical, changed as Set<ActorId>)) items = kept;
    else {
      // Folding every story's text for the topic terms is most of this step: an unchanged document's answers are the last build's.
      const known = contentKey === undefined ? undefined : previous?.relevant.get(contentKey);
      const relevance = known !== undefined && known.length === doc.events.length ? known : eventRelevance(doc, onTopic);
      items = documentItems(doc, canonical, relevance, (id) => actorMap.get(id));
    }
    if (contentKey !== undefined) {
      relevantByKey.set(contentKey, items.relevance);
      if (incremental?.inMemory) itemsByKey.set(contentKey, items);
    }
    members.push(...items.members);
    quotes.push(...items.quotes);
    reportsByDocument.push({ id: doc.id, key: contentKey, canonical, members: items.members });
  }

  lap('members');
  const byName = new Map<string, ActorId>();
  for (const a of actorMap.values()) if (!byName.has(fold(a.name))) byName.set(fold(a.name), a.id);

  const quoteMemo = incremental?.inMemory ? (previous?.quotes ?? quotesMemo()) : undefined;
  const merged = mergeQuotes(quotes, {
    canonicalOf,
    textOf: (id) => byId.get(id)?.text ?? '',
    pathOf: (id) => byId.get(id)?.path ?? id,
    nameOf: (id) => actorMap.get(id as ActorId)?.name ?? id,
  }, quoteMemo);
  diagnostics.push(...merged.diagnostics);
  lap('merge-quotes');
  // A fresh process (or a session's first build) merges again from the stored clusters (stored-merge.ts).
  const lastInput = (id: string, key: string): AssemblyInput | undefined => (incremental?.keys.get(id) === key ? byId.get(id) : incremental?.replaced?.get(id));
  const stored = previous && !previous.events ? storedEventsMemo(reportsByDocument, traits, previous, lastInput, incremental?.inMemory !== true) : null;
  // A merge as before (stored-merge.ts) files no report: it has the last merge's reports, order, index keys and clusters.
  const mergedAgain = (incremental?.inMemory || stored) && !stored?.asBefore ? mergeEventsAgain(members, previous?.events ?? stored?.memo ?? null) : null;
  const again = stored?.asBefore ?? mergedAgain;
  // The reports in merge order with their index keys, stored for the next fresh process (stored-merge.ts). Not by a
  // long-lived compiler: writing them at every change cost watch mode more than they save a later fresh process.
  const storesReports = incremental !== undefined && incremental.inMemory !== true;
  const seen: { order: string[]; keys: PreparedKeys[] } | null = storesReports && !again ? { order: [], keys: [] } : null;
  const events = again ? again.events : mergeEvents(members, seen ? (m, prepared) => (seen.order.push(m.key), seen.keys.push(prepared)) : undefined);
  lap('merge-events');

  const curated = applyCuration(context.curation, {
    events,
    quotes: merged.quotes,
    documents: docs.map((d) => ({ id: d.id, path: d.path, text: d.text })),
    actorByName: (name) => byName.get(fold(name)) ?? null,
  });
  diagnostics.push(...curated.diagnostics);
  lap('curation');
  // A fresh process copies the items that are surely the last build's from the last written file.
  const unchanged =
    stored && again && previous?.traits && stood && !incremental?.inMemory && curationInert(context.curation, docs)
      ? unchangedItems(again.touched, stored.same, { last: previous.traits, now: traits })
      : undefined;
  const reuse: Reusable | undefined =
    unchanged && stored ? { items: new WeakSet<object>(), documents: new Set(docs.flatMap((d) => (stored.same.has(d.id) ? [d.path] : []))) } : undefined;
  const made = incremental ? [...context.diagnostics, ...diagnostics.slice(firstMade)] : undefined;

  // One memo kept from build to build and updated in place (emit-memo.ts).
  const emitted = incremental?.inMemory ? (previous?.emit ?? emitMemo()) : undefined;
  const timeline = emitTimeline({
    title: context.project.title,
    description: context.project.description,
    documents: docs,
    duplicateOf,
    events: curated.events,
    quotes: curated.quotes,
    story: curated.story,
    actorById: (id) => actorMap.get(id),
    diagnostics,
    ...(unchanged && reuse ? { reuse: { ...unchanged, items: reuse.items, opaque: incremental?.opaque !== false } } : {}),
  }, emitted);
  lap('emit');
  // What only memory holds (a long-lived compiler) goes in the memo beside what is stored.
  const inMemory = mergedAgain && emitted && quoteMemo ? { items: itemsByKey, events: mergedAgain.memo, emit: emitted, quotes: quoteMemo } : {};
  const reports: StoredReports | null = storesReports && again ? (mergedAgain ? reportsOf(mergedAgain.memo) : (previous?.reports ?? null)) : seen;
  const memo: AssemblyMemo | undefined = incremental
    ? { keys: incremental.keys, duplicates: search, relevant: relevantByKey, traits, clusters: stored?.asBefore && previous?.clusters ? previous.clusters : clustersOf(events), ...(reports ? { reports } : {}), ...inMemory }
    : undefined;
  return { timeline, diagnostics: timeline.diagnostics, ...(memo ? { memo } : {}), ...(reuse ? { reuse } : {}), ...(made ? { made } : {}) };
}

export function compileCorpus(documents: SourceDocument[], config: CompileConfig): CompileResult {
  const context = prepareContext(config);
  const extracted = documents.map((d) => extractDocument(d, context));
  for (const [i, value] of placeYearlessDocuments(documents, extracted, (d) => extractDocument(d, context))) extracted[i] = value;
  return assembleTimeline(extracted, context);
}

