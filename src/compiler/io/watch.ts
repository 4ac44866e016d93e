/**
 * `--watch`: rebuild after documents or editor data change. Changes are
 * debounced (an editor's save is often several events) and builds never
 * overlap: a change during a build schedules exactly one more. The output
 * folder is ignored so the compiler's own writes cannot trigger a loop.
 */
import * as nodePath from 'node:path';
import { watch } from 'chokidar';

export interface WatchOptions {
  paths: string[];
  ignore: string[];
  rebuild: () => Promise<void>;
  onReady?: () => void;
  debounceMs?: number;
}

/** Paths a watcher must not react to: the compiler's own outputs and temporary files. */
export function ignoredBy(ignore: readonly string[]): (path: string) => boolean {
  return (path) => {
    const resolved = nodePath.resolve(path);
    if (/\.tmp$/.test(resolved)) return true;
    return ignore.some((ex) => {
      const rel = nodePath.relative(ex, resolved);
      return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
    });
  };
}

export async function watchAndRebuild(options: WatchOptions): Promise<{ close(): Promise<void> }> {
  let running = false;
  let pending = false;
  let timer: NodeJS.Timeout | null = null;
  const run = async (): Promise<void> => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      await options.rebuild();
    } finally {
      running = false;
      if (pending) {
        pending = false;
        void run();
      }
    }
  };
  await run();
  const ignored = ignoredBy(options.ignore);
  const watcher = watch(options.paths, { ignoreInitial: true, ignored, followSymlinks: false, awaitWriteFinish: false });
  watcher.on('all', () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), options.debounceMs ?? 150);
  });
  watcher.on('error', () => undefined);
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  options.onReady?.();
  return { close: () => watcher.close() };
}
