/**
 * The output's diagnostics: sorted in their total order, exact repeats removed.
 * Repeats are equal under the order, so after a stable sort they sit in one run
 * of ties: only such runs are compared whole. A long-lived compiler (`--watch`)
 * sorts them again from the last build's order instead (sort-again.ts): after a
 * one-file change almost every diagnostic is the same object as last time, and
 * when no two of them tie there is no repeat to remove.
 */
import type { Diagnostic } from '../../schema/timeline';
import { sortAgain, type Listed, type SortedList } from './sort-again';

interface Record extends Listed {
  item: Diagnostic;
}

export interface DiagnosticsMemo {
  records: WeakMap<Diagnostic, Record>;
  sorted: SortedList<Record> | null;
}

export function diagnosticsMemo(): DiagnosticsMemo {
  return { records: new WeakMap(), sorted: null };
}

function withoutRepeats(sorted: readonly Diagnostic[], order: (a: Diagnostic, b: Diagnostic) => number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && order(sorted[i] as Diagnostic, sorted[j] as Diagnostic) === 0) j += 1;
    if (j === i + 1) out.push(sorted[i] as Diagnostic);
    else {
      const seen = new Set<string>();
      for (let k = i; k < j; k += 1) {
        const key = JSON.stringify(sorted[k]);
        if (!seen.has(key)) {
          seen.add(key);
          out.push(sorted[k] as Diagnostic);
        }
      }
    }
    i = j;
  }
  return out;
}

/** `memo` and `stamp`: a long-lived compiler's (the stamp of this build, emit-memo.ts). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], order: (a: Diagnostic, b: Diagnostic) => number, memo?: { diagnostics: DiagnosticsMemo; stamp: number }): Diagnostic[] {
  // Diagnostics arrive nearly in order (document by document): a plain sort is quick.
  if (!memo) return withoutRepeats([...diagnostics].sort(order), order);
  const { records } = memo.diagnostics;
  const { stamp } = memo;
  const used = diagnostics.map((item) => {
    const known = records.get(item);
    if (known && known.used !== stamp) {
      known.used = stamp;
      return known;
    }
    // The same object twice in one build is a repeat: its second record is new (and ties with the first).
    const made: Record = { item, used: stamp, listed: 0 };
    if (!known) records.set(item, made);
    return made;
  });
  const sorted = (memo.diagnostics.sorted = sortAgain(used, memo.diagnostics.sorted, (a, b) => order(a.item, b.item), stamp));
  const list = sorted.list.map((r) => r.item);
  return sorted.strict ? list : withoutRepeats(list, order);
}
