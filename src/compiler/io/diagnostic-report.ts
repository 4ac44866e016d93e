/**
 * How diagnostics are ordered and printed. The order is total and depends only
 * on the diagnostics' contents (document, position, rule, message), so the
 * output never depends on file order or on which worker finished first. Printed
 * form: `path:line:column severity rule-id message`, paths relative to the
 * working directory, then one summary line.
 */
import type { Diagnostic, Timeline } from '../../schema/timeline';
import { diagnosticOrder } from '../emit/emit-timeline';

export const compareDiagnostics = diagnosticOrder;

/** Sorted, with exact repeats removed. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(d, sorted[i - 1] as Diagnostic) !== 0);
}

/**
 * What `sortDiagnostics([...first, ...second])` gives, when `second` is already in
 * the order (emit's diagnostics): `first` is sorted, then the two lists are merged
 * (on a tie `first`'s item goes first, as a stable sort puts it) instead of sorting all.
 */
export function mergeDiagnostics(first: readonly Diagnostic[], second: readonly Diagnostic[]): Diagnostic[] {
  const a = [...first].sort(compareDiagnostics);
  const out: Diagnostic[] = [];
  const push = (d: Diagnostic): void => {
    const last = out[out.length - 1];
    if (last === undefined || compareDiagnostics(d, last) !== 0) out.push(d);
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < second.length) {
    if (compareDiagnostics(second[j] as Diagnostic, a[i] as Diagnostic) < 0) push(second[j++] as Diagnostic);
    else push(a[i++] as Diagnostic);
  }
  while (i < a.length) push(a[i++] as Diagnostic);
  while (j < second.length) push(second[j++] as Diagnostic);
  return out;
}

/** Control characters and line breaks in a message would forge extra output lines. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]+/g, ' ');
}

export function formatDiagnostic(d: Diagnostic, displayPath: (document: string | null) => string): string {
  return `${oneLine(displayPath(d.document))}:${d.line ?? 1}:${d.column ?? 1} ${d.severity} ${d.rule} ${oneLine(d.message)}`;
}

export interface BuildCounts {
  documents: number;
  events: number;
  quotes: number;
  warnings: number;
  errors: number;
}

export function countBuild(timeline: Pick<Timeline, 'documents' | 'events' | 'quotes'> | null, diagnostics: readonly Diagnostic[]): BuildCounts {
  return {
    documents: timeline?.documents.length ?? 0,
    events: timeline?.events.length ?? 0,
    quotes: timeline?.quotes.length ?? 0,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
  };
}

/** Always plural ("1 documents") so scripts can match the line with one pattern. */
export function formatSummary(c: BuildCounts): string {
  return `${c.documents} documents, ${c.events} events, ${c.quotes} quotes, ${c.warnings} warnings, ${c.errors} errors`;
}
