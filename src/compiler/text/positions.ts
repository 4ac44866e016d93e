/**
 * Line and column lookup for many offsets in one text: the line starts are found
 * once, then each lookup is a binary search (positionAt in model.ts rescans the
 * text on every call, which is quadratic over a document's diagnostics).
 */
export type Positioner = (offset: number) => { line: number; column: number };

export function makePositioner(text: string): Positioner {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.min(Math.max(offset, 0), text.length);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] ?? 0) + 1 };
  };
}
