/**
 * Finds and reads the editor data files (actors, project, curation, sources) in
 * the project's `data/` folder: `NAME.yaml`, `NAME.yml` or `NAME.json`, the
 * first that exists. They are decoded as strictly as documents; a data file that
 * cannot be decoded is an error, since the editor's intent would be lost.
 */
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import type { Diagnostic } from '../../schema/timeline';
import type { CompileConfig, DataFile } from '../compile';
import { diagnostic } from '../model';
import { decodeBytes } from './decode';
import { normalizeLineEndings } from './normalize-text';

export const DATA_FILE_NAMES = ['actors', 'project', 'curation', 'sources'] as const;
export type DataFileName = (typeof DATA_FILE_NAMES)[number];
const MAX_DATA_FILE = 16 * 1024 * 1024;

export function toDisplayPath(cwd: string, absolute: string): string {
  const rel = nodePath.relative(cwd, absolute);
  return (rel === '' ? '.' : rel).split(nodePath.sep).join('/');
}

async function readDataFile(cwd: string, dataDir: string, name: DataFileName, diagnostics: Diagnostic[]): Promise<DataFile | null> {
  for (const ext of ['.yaml', '.yml', '.json']) {
    const absolute = nodePath.join(dataDir, `${name}${ext}`);
    const path = toDisplayPath(cwd, absolute);
    let bytes: Buffer;
    try {
      const stat = await fsp.stat(absolute);
      if (!stat.isFile()) continue;
      if (stat.size > MAX_DATA_FILE) {
        diagnostics.push(diagnostic('error', 'data-file-too-large', `${path} is larger than 16 MB; it was not read.`, path, { line: 1, column: 1 }));
        return null;
      }
      bytes = await fsp.readFile(absolute);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      diagnostics.push(diagnostic('error', 'unreadable-data-file', `${path} cannot be read (${code ?? 'unknown error'}).`, path, { line: 1, column: 1 }));
      return null;
    }
    const decoded = decodeBytes(bytes, path);
    if (!decoded.ok || decoded.encoding !== 'utf-8') {
      const cause = decoded.diagnostics[0];
      diagnostics.push(diagnostic('error', 'data-file-encoding', `${path} must be UTF-8 text. ${cause?.message ?? ''}`.trim(), path, cause?.line ? { line: cause.line, column: cause.column ?? 1 } : { line: 1, column: 1 }));
      return null;
    }
    return { path, text: normalizeLineEndings(decoded.text.replace(/^\uFEFF/, '')) };
  }
  return null;
}

export async function readDataFiles(cwd: string, dataDir: string): Promise<{ config: CompileConfig; sources: DataFile | null; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const [actors, project, curation, sources] = await Promise.all(DATA_FILE_NAMES.map((name) => readDataFile(cwd, dataDir, name, diagnostics)));
  return { config: { actors: actors ?? null, project: project ?? null, curation: curation ?? null }, sources: sources ?? null, diagnostics };
}
