/**
 * What the extraction of one document gives the rest of the build, the same
 * whether it ran on this thread or in a worker: the assembly input, or the
 * first line of the error it threw.
 */
import type { AssemblyInput, CompileContext } from '../compile';
import { extractDocument, slimExtraction } from '../extract-document';
import type { SourceDocument } from '../model';

export type ExtractOutcome = { ok: true; value: AssemblyInput } | { ok: false; message: string };

export function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : null;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return code ? `${code}: ${message}` : message;
}

/** The sequential path (and the fallback when worker threads are unavailable). */
export function extractHere(documents: readonly SourceDocument[], context: CompileContext): ExtractOutcome[] {
  return documents.map((doc) => {
    try {
      return { ok: true, value: slimExtraction(extractDocument(doc, context)) };
    } catch (error) {
      return { ok: false, message: describeError(error) };
    }
  });
}
