/**
 * How diagnostics are ordered and printed. The order is total and depends only
 * on the diagnostics' contents (document, position, rule, message), so the
 * output never depends on file order or on which worker finished first. Printed
 * form: `path:line:column severity rule-id message`, paths relative to the
 * working directory, then one summary line.
 */
import type { Diagnostic, Timeline } from '../../schema/timeline';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.document ?? '', b.document ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

/** Sorted, with exact repeats removed. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(d, sorted[i - 1] as Diagnostic) !== 0);
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
