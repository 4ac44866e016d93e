/**
 * Command-line options of `npm run compile`. Pure: argv in, options or a usage
 * error out. Unknown options are errors, not silently ignored, so a typo such
 * as `--doc` cannot compile the wrong folder.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE } from './io/read-file';

export interface CliOptions {
  docs: string;
  out: string;
  data: string;
  cacheDir: string | null;
  watch: boolean;
  quiet: boolean;
  maxFileSize: number;
  help: boolean;
}

export const USAGE = `Usage: npm run compile -- [--docs DIR] [--out FILE] [options]

  --docs DIR            documents folder (default: data/documents)
  --out FILE            output file (default: public/timeline.json); FILE.schema.json is written beside it
  --data DIR            editor data folder with actors, project, curation, sources (default: data)
  --watch               recompile when a document or data file changes
  --cache-dir DIR       incremental cache (default: .cache/compile)
  --no-cache            do not read or write the cache
  --max-file-size MB    skip larger documents without reading them (default: ${DEFAULT_MAX_FILE_SIZE / 1024 / 1024})
  --quiet               print warnings and errors only, not info diagnostics
  --help                show this help`;

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        docs: { type: 'string' },
        out: { type: 'string' },
        data: { type: 'string' },
        watch: { type: 'boolean' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
        'max-file-size': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? (error.message.split('\n')[0] ?? 'invalid arguments') : 'invalid arguments' };
  }
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  if (values['max-file-size'] !== undefined) {
    const mb = Number(values['max-file-size']);
    if (!Number.isFinite(mb) || mb <= 0) return { ok: false, message: '--max-file-size expects a positive number of megabytes' };
    maxFileSize = Math.floor(mb * 1024 * 1024);
  }
  for (const name of ['docs', 'out', 'data', 'cache-dir'] as const) {
    if (values[name] === '') return { ok: false, message: `--${name} expects a path` };
  }
  return {
    ok: true,
    options: {
      docs: values.docs ?? 'data/documents',
      out: values.out ?? 'public/timeline.json',
      data: values.data ?? 'data',
      cacheDir: values['no-cache'] ? null : (values['cache-dir'] ?? '.cache/compile'),
      watch: values.watch ?? false,
      quiet: values.quiet ?? false,
      maxFileSize,
      help: values.help ?? false,
    },
  };
}
