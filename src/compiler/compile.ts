/**
 * The whole compiler as pure functions: source documents and editor data in, a
 * validated timeline plus diagnostics out. The CLI does the reading and writing.
 *
 * It is split in two so the CLI can cache the expensive per-document part by
 * content hash (incremental rebuilds):
 *   prepareContext (once) → extractDocument (per document, cacheable, JSON-serialisable
 *   result) → assembleTimeline (corpus: merge, relevance, curation, emit).
 *
 * STUB: owned by the compiler-semantics work; replace the bodies, keep the signatures.
 */
import { SCHEMA_VERSION, type Diagnostic, type Timeline } from '../schema/timeline';
import type { ExtractedDocument, SourceDocument } from './model';

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
}

export interface CompileResult {
  timeline: Timeline;
  /** Same as timeline.diagnostics; errors here make the CLI exit non-zero. */
  diagnostics: Diagnostic[];
}

export function prepareContext(config: CompileConfig): CompileContext {
  return { config, fingerprint: 'stub', diagnostics: [] };
}

export function extractDocument(doc: SourceDocument, _context: CompileContext): ExtractedDocument {
  return {
    ...doc,
    title: doc.meta.title ?? doc.path,
    language: doc.meta.language ?? 'en',
    outlet: doc.meta.outlet ?? null,
    url: doc.meta.url ?? null,
    published: null,
    blocks: [],
    sentences: [],
    stories: [],
    dates: [],
    mentions: [],
    quotes: [],
    events: [],
  };
}

export function assembleTimeline(docs: ExtractedDocument[], context: CompileContext): CompileResult {
  const diagnostics = [...context.diagnostics, ...docs.flatMap((d) => d.diagnostics)];
  const timeline: Timeline = {
    schemaVersion: SCHEMA_VERSION,
    title: 'Cronología',
    description: '',
    documents: [],
    actors: [],
    events: [],
    quotes: [],
    story: [],
    diagnostics,
  };
  return { timeline, diagnostics };
}

export function compileCorpus(documents: SourceDocument[], config: CompileConfig): CompileResult {
  const context = prepareContext(config);
  return assembleTimeline(
    documents.map((d) => extractDocument(d, context)),
    context,
  );
}
