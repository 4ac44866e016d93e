/**
 * `--watch`: rebuild after documents or editor data change. Changes are
 * debounced (an editor's save is often several events) and builds never
 * overlap: a change during a build schedules exactly one more. The output
 * files are ignored so the compiler's own writes cannot trigger a loop.
 *
 * Each rebuild is told what changed: the files written in place since the last
 * build, or `null` when it cannot be known (a file or folder created, removed
 * or renamed, a folder's watch lost, an event without a name, or a burst of
 * events so large the kernel's queue may have dropped some): then the build
 * scans the folder in full, as the first one does. One `fs.watch` per folder
 * (hidden and tool folders are skipped, as the reader skips them) gives the
 * changed file's name with no further work; a watcher that lists and stats a
 * folder again after every event spends a third of a second per change on
 * 10,000 files, beside the build.
 *
 * After the first build, and after a later one once no change came for five
 * seconds, `onIdle` runs: work that would otherwise fall in the next build (a
 * build session's `settle`). It blocks (a full collection of a 10,000-document
 * session is a second or more on a loaded machine), so an edit saved while it
 * runs waits for it: the wait is long enough that an author saving in quick
 * succession does not meet it.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';

export interface WatchOptions {
  paths: string[];
  ignore: string[];
  /** `changed`: absolute paths of the files written in place since the last build, or null (anything may have changed). */
  rebuild: (changed: ReadonlySet<string> | null) => Promise<void>;
  onReady?: () => void;
  debounceMs?: number;
  /** Work for the quiet time after the first build, and after a later one once no change came for `idleMs`. */
  onIdle?: () => void;
  idleMs?: number;
}

/** More events than this between two builds and the kernel's queue may have overflowed: scan in full. */
const MAX_EVENTS = 1000;

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

/** What happened since the last build, gathered from the watchers' events. */
export interface ChangeLog {
  /** One event: a file written in place (`change` with its name), or anything else. False when it is ignored. */
  note(event: string, folder: string, name: string | null): boolean;
  /** Something was missed (a watch failed): the next build scans in full. */
  lose(): void;
  /** Whether folders may have appeared or gone (the watched folders must be listed again). */
  readonly moved: boolean;
  /** The changes so far, and a fresh log for the next build. */
  take(): ReadonlySet<string> | null;
}

export function changeLog(ignored: (path: string) => boolean, maxEvents = MAX_EVENTS): ChangeLog {
  let paths: Set<string> | null = new Set();
  let events = 0;
  let moved = false;
  return {
    note(event, folder, name) {
      const path = name === null ? null : nodePath.join(folder, name);
      if (path !== null && ignored(path)) return false;
      events += 1;
      if (event !== 'change' || path === null) moved = true;
      if (moved || path === null || events > maxEvents) paths = null;
      else paths?.add(path);
      return true;
    },
    lose() {
      moved = true;
      paths = null;
    },
    get moved() {
      return moved;
    },
    take() {
      const taken = paths;
      paths = new Set();
      events = 0;
      moved = false;
      return taken;
    },
  };
}

const skippedFolder = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/** Every folder under `roots` (themselves included) that the reader would read, skipping ignored ones. */
async function foldersUnder(roots: readonly string[], ignored: (path: string) => boolean): Promise<string[]> {
  const found = new Set<string>();
  let level = roots.map((r) => nodePath.resolve(r));
  while (level.length > 0) {
    const next: string[] = [];
    for (const dir of level) {
      if (found.has(dir) || ignored(dir)) continue;
      const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => null);
      if (!entries) continue;
      found.add(dir);
      for (const entry of entries) if (entry.isDirectory() && !skippedFolder(entry.name)) next.push(nodePath.join(dir, entry.name));
    }
    level = next;
  }
  return [...found].sort();
}

export async function watchAndRebuild(options: WatchOptions): Promise<{ close(): Promise<void> }> {
  const ignored = ignoredBy(options.ignore);
  const log = changeLog(ignored);
  const watchers = new Map<string, fs.FSWatcher>();
  let closed = false;
  let running = false;
  let pending = false;
  let timer: NodeJS.Timeout | null = null;
  let idle: NodeJS.Timeout | null = null;
  const schedule = (): void => {
    if (closed) return;
    if (idle) clearTimeout(idle);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), options.debounceMs ?? 150);
  };
  /** Watches every folder there is now (again after folders may have moved); a folder that cannot be watched is a lost change. */
  const watchFolders = async (): Promise<void> => {
    const folders = new Set(await foldersUnder(options.paths, ignored));
    for (const [dir, watcher] of watchers) {
      if (folders.has(dir)) continue;
      watcher.close();
      watchers.delete(dir);
    }
    for (const dir of folders) {
      if (watchers.has(dir) || closed) continue;
      try {
        const watcher = fs.watch(dir, { persistent: true }, (event, name) => {
          // The compiler's own writes (its output, temporary files) start no build.
          if (log.note(event, dir, name === null ? null : String(name))) schedule();
        });
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
          log.lose();
          schedule();
        });
        watchers.set(dir, watcher);
      } catch {
        log.lose();
      }
    }
  };
  const run = async (first = false): Promise<void> => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      if (log.moved && !first) await watchFolders();
      const changed = log.take();
      await options.rebuild(first ? null : changed);
    } finally {
      running = false;
      if (pending) {
        pending = false;
        void run();
      } else if (first) {
        options.onIdle?.();
      } else if (!closed && options.onIdle) {
        const onIdle = options.onIdle;
        idle = setTimeout(() => {
          if (!running) onIdle();
        }, options.idleMs ?? 5000);
      }
    }
  };
  // Watching starts before the first build, so an edit made during it is not missed.
  await watchFolders();
  await run(true);
  options.onReady?.();
  return {
    close: async () => {
      closed = true;
      for (const t of [timer, idle]) if (t) clearTimeout(t);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
