/**
 * Reads data/curation.yaml into typed entries, each remembering its line so a
 * later stage can say exactly which entry went stale. Syntax errors and
 * entries of the wrong shape are errors naming their line; nothing is guessed.
 * The format is documented at the top of data/curation.yaml.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic, EventType } from '../../schema/timeline';
import { EVENT_TYPES } from '../../schema/timeline';
import { isValidDay } from '../dates/calendar';
import { diagnostic } from '../model';
import { culpritOffset } from '../io/yaml-map';

export interface Pin {
  document: string;
  /** Words that must still be found in the document. */
  match: string;
  line: number;
}

export interface CuratedDate {
  start: string;
  precision: 'day' | 'month' | 'year';
}

export interface EventEdit extends Pin {
  date?: CuratedDate;
  title?: string;
  summary?: string;
  type?: EventType;
  hide?: boolean;
  split?: boolean;
  mergeInto?: Pin;
}

export interface EventAddition extends Pin {
  type: EventType;
  date: CuratedDate | null;
  title: string;
  summary?: string;
  actors: string[];
}

export interface QuoteEdit extends Pin {
  /** undefined: leave as is; null: no attributable speaker. */
  speaker?: string | null;
  drop?: boolean;
}

export interface Curation {
  path: string;
  events: EventEdit[];
  add: EventAddition[];
  quotes: QuoteEdit[];
  story: Pin[];
}

const EVENT_KEYS = new Set(['document', 'match', 'date', 'title', 'summary', 'type', 'hide', 'split', 'merge-into']);
const ADD_KEYS = new Set(['document', 'match', 'date', 'title', 'summary', 'type', 'actors']);
const QUOTE_KEYS = new Set(['document', 'quote', 'speaker', 'drop']);
const PIN_KEYS = new Set(['document', 'match']);
const TOP_KEYS = new Set(['events', 'add', 'quotes', 'story']);

class Invalid extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function parseCuratedDate(value: unknown, line: number): CuratedDate {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') throw new Invalid('date must be written YYYY, YYYY-MM or YYYY-MM-DD', line);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) throw new Invalid(`date "${text}" must be written YYYY, YYYY-MM or YYYY-MM-DD`, line);
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (!isValidDay(year, month, day)) throw new Invalid(`date "${text}" is not a real calendar date`, line);
  return { start: text.trim(), precision: m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year' };
}

export function parseCuration(file: { path: string; text: string } | null): {
  curation: Curation;
  diagnostics: Diagnostic[];
} {
  const curation: Curation = { path: file?.path ?? 'data/curation.yaml', events: [], add: [], quotes: [], story: [] };
  if (!file) return { curation, diagnostics: [] };
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): number => lines.linePos(offset ?? 0).line;
  if (doc.errors.length) {
    return {
      curation,
      diagnostics: doc.errors.map((e) => {
        // The YAML parser reports an unclosed bracket at the end of the file; point
        // at the bracket that was never closed, where the editor has to look.
        const pos = lines.linePos(culpritOffset(file.text, e.pos[0]));
        return diagnostic(
          'error',
          'curation-malformed',
          `${file.path} is not valid YAML: ${e.message.split('\n')[0] ?? ''}`,
          file.path,
          { line: pos.line, column: pos.col },
        );
      }),
    };
  }
  const diagnostics: Diagnostic[] = [];
  const fail = (e: unknown): void => {
    if (e instanceof Invalid) diagnostics.push(diagnostic('error', 'curation-invalid', e.message, file.path, { line: e.line, column: 1 }));
    else throw e;
  };

  const mapOf = (node: unknown, keys: Set<string>, what: string): { get: (k: string) => unknown; line: number; lineOf: (k: string) => number } => {
    const line = at((node as Node | null)?.range?.[0]);
    if (!isMap(node)) throw new Invalid(`each ${what} entry must be a mapping`, line);
    const values = new Map<string, unknown>();
    const keyLines = new Map<string, number>();
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      const keyLine = at((pair.key as Node | null)?.range?.[0]);
      if (!keys.has(key)) throw new Invalid(`unknown key "${key}" in ${what} entry (allowed: ${[...keys].join(', ')})`, keyLine);
      const value = pair.value as Node | null;
      values.set(key, value === null ? null : (value as unknown as { toJSON: () => unknown }).toJSON());
      keyLines.set(key, keyLine);
    }
    return { get: (k) => values.get(k), line, lineOf: (k) => keyLines.get(k) ?? line };
  };
  const text = (value: unknown, key: string, line: number): string => {
    if (typeof value !== 'string' || value.trim() === '') throw new Invalid(`"${key}" must be non-empty text`, line);
    return value;
  };
  const pin = (m: ReturnType<typeof mapOf>, matchKey = 'match'): Pin => ({
    document: text(m.get('document'), 'document', m.lineOf('document')),
    match: text(m.get(matchKey), matchKey, m.lineOf(matchKey)),
    line: m.line,
  });
  const type = (value: unknown, line: number): EventType => {
    if (!(EVENT_TYPES as readonly unknown[]).includes(value)) throw new Invalid(`type must be one of ${EVENT_TYPES.join(', ')}`, line);
    return value as EventType;
  };

  const root = doc.contents;
  if (root === null) return { curation, diagnostics };
  if (!isMap(root)) {
    return { curation, diagnostics: [diagnostic('error', 'curation-invalid', `${file.path} must be a mapping with events, add, quotes and story lists`, file.path, { line: at(root.range?.[0]), column: 1 })] };
  }
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    const keyLine = at((pair.key as Node | null)?.range?.[0]);
    if (!TOP_KEYS.has(key)) {
      fail(new Invalid(`unknown section "${key}" (allowed: events, add, quotes, story)`, keyLine));
      continue;
    }
    if (pair.value === null) continue;
    if (!isSeq(pair.value)) {
      fail(new Invalid(`"${key}" must be a list`, keyLine));
      continue;
    }
    for (const item of pair.value.items) {
      try {
        if (key === 'events') {
          const m = mapOf(item, EVENT_KEYS, 'events');
          const edit: EventEdit = pin(m);
          if (m.get('date') !== undefined) edit.date = parseCuratedDate(m.get('date'), m.lineOf('date'));
          if (m.get('title') !== undefined) edit.title = text(m.get('title'), 'title', m.lineOf('title'));
          if (m.get('summary') !== undefined) edit.summary = text(m.get('summary'), 'summary', m.lineOf('summary'));
          if (m.get('type') !== undefined) edit.type = type(m.get('type'), m.lineOf('type'));
          if (m.get('hide') === true) edit.hide = true;
          if (m.get('split') === true) edit.split = true;
          const into = m.get('merge-into');
          if (into !== undefined) {
            const target = into as Record<string, unknown> | null;
            edit.mergeInto = {
              document: text(target?.document, 'merge-into.document', m.lineOf('merge-into')),
              match: text(target?.match, 'merge-into.match', m.lineOf('merge-into')),
              line: m.lineOf('merge-into'),
            };
          }
          curation.events.push(edit);
        } else if (key === 'add') {
          const m = mapOf(item, ADD_KEYS, 'add');
          const actors = m.get('actors') ?? [];
          if (!Array.isArray(actors) || actors.some((a) => typeof a !== 'string')) throw new Invalid('actors must be a list of names', m.lineOf('actors'));
          const addition: EventAddition = {
            ...pin(m),
            type: type(m.get('type'), m.lineOf('type')),
            date: m.get('date') === undefined || m.get('date') === null ? null : parseCuratedDate(m.get('date'), m.lineOf('date')),
            title: text(m.get('title'), 'title', m.lineOf('title')),
            actors: actors as string[],
          };
          if (m.get('summary') !== undefined) addition.summary = text(m.get('summary'), 'summary', m.lineOf('summary'));
          curation.add.push(addition);
        } else if (key === 'quotes') {
          const m = mapOf(item, QUOTE_KEYS, 'quotes');
          const edit: QuoteEdit = pin(m, 'quote');
          const speaker = m.get('speaker');
          if (speaker !== undefined) {
            if (speaker !== null && typeof speaker !== 'string') throw new Invalid('speaker must be a name or null', m.lineOf('speaker'));
            edit.speaker = speaker;
          }
          if (m.get('drop') === true) edit.drop = true;
          curation.quotes.push(edit);
        } else {
          curation.story.push(pin(mapOf(item, PIN_KEYS, 'story')));
        }
      } catch (e) {
        fail(e);
      }
    }
  }
  return { curation, diagnostics };
}
