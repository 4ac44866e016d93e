/**
 * The whole compiler as one pure function: source documents and editor data in,
 * a validated timeline plus diagnostics out. The CLI does the reading and writing.
 *
 * STUB: owned by the compiler-semantics work; replace the body, keep the signature.
 */
import { SCHEMA_VERSION, type Diagnostic, type Timeline } from '../schema/timeline';
import type { SourceDocument } from './model';

/** Editor data, already parsed from data/*.yaml by the pure parsers in ./config. */
export interface CompileConfig {
  /** Raw text and path of data/actors.yaml (or .json), or null when absent. */
  actors: { path: string; text: string } | null;
  /** Raw text and path of data/project.yaml, or null. */
  project: { path: string; text: string } | null;
  /** Raw text and path of data/curation.yaml, or null. */
  curation: { path: string; text: string } | null;
}

export interface CompileResult {
  timeline: Timeline;
  /** Same as timeline.diagnostics; errors here make the CLI exit non-zero. */
  diagnostics: Diagnostic[];
}

export function compileCorpus(documents: SourceDocument[], _config: CompileConfig): CompileResult {
  const diagnostics = documents.flatMap((d) => d.diagnostics);
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
