/**
 * A full garbage collection, for a long-lived compiler (`--watch`) to run while
 * it waits for the next change. At 10,000 documents a build leaves some 450 MB
 * live and much garbage; V8 collects the old generation when it reaches a limit
 * set from the last collection, so without this the mark of the whole heap
 * (about a second of CPU, on the main thread and beside it) falls inside a
 * later rebuild, the first one after the first build every time. Collected
 * while idle, the next builds start from a compact heap with room to grow, and
 * the resident memory stays where it was after the first build.
 *
 * Node exposes `gc()` only with `--expose-gc`; the flag is set at run time and
 * the function taken from a fresh context, once.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let gc: (() => void) | null = null;

export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
