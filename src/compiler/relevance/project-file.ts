/**
 * data/project.yaml: the timeline's title, description and topic terms (any
 * language). A missing file gives defaults and no topic, so every event stays
 * relevant; a malformed one is an error that names its line.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic } from '../model';

export interface DataFileLike {
  path: string;
  text: string;
}

export interface Project {
  title: string;
  description: string;
  /** Topic terms, as written (matched accent- and case-insensitively). */
  terms: string[];
}

export const DEFAULT_PROJECT: Project = { title: 'Cronología', description: '', terms: [] };

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

export function parseProject(file: DataFileLike | null): { project: Project; diagnostics: Diagnostic[] } {
  if (!file) return { project: DEFAULT_PROJECT, diagnostics: [] };
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return diagnostic('error', 'project-malformed', `${file.path} is not valid YAML: ${e.message.split('\n')[0] ?? ''}`, file.path, { line: pos.line, column: pos.col });
  });
  if (errors.length) return { project: DEFAULT_PROJECT, diagnostics: errors };
  const raw: unknown = doc.toJS();
  if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    return {
      project: DEFAULT_PROJECT,
      diagnostics: [diagnostic('error', 'project-malformed', `${file.path} must be a mapping with title, description and terms`, file.path, { line: 1, column: 1 })],
    };
  }
  const data = (raw ?? {}) as Record<string, unknown>;
  return {
    project: {
      title: typeof data.title === 'string' ? data.title : DEFAULT_PROJECT.title,
      description: typeof data.description === 'string' ? data.description : '',
      terms: [...new Set(strings(data.terms).map((t) => t.trim()).filter(Boolean))],
    },
    diagnostics: [],
  };
}
