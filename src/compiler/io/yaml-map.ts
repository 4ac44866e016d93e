/**
 * Reads a YAML (or JSON, which YAML parses) mapping into key/value entries with
 * the offset of each key, so every later diagnostic can name its line. Values are
 * read from the syntax tree without expanding aliases (no "billion laughs") and
 * keys are kept as plain strings, never as object properties, so a key named
 * `__proto__` or `constructor` is just text.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

export interface YamlEntry {
  key: string;
  /** Offset of the key in the parsed source. */
  offset: number;
  node: unknown;
}

export type YamlMapResult =
  | { ok: true; entries: YamlEntry[] }
  | { ok: false; offset: number; message: string };

export function parseYamlMap(source: string): YamlMapResult {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false, strict: true });
  const error = doc.errors[0];
  if (error) return { ok: false, offset: culpritOffset(source, error.pos[0]), message: firstLine(error.message) };
  if (doc.contents === null) return { ok: true, entries: [] };
  if (!isMap(doc.contents)) return { ok: false, offset: doc.contents.range?.[0] ?? 0, message: 'expected a mapping of "key: value" lines' };
  return { ok: true, entries: mapEntries(doc.contents) };
}

export function mapEntries(node: unknown): YamlEntry[] {
  if (!isMap(node)) return [];
  const entries: YamlEntry[] = [];
  for (const pair of node.items) {
    const key = pair.key as Node | null;
    const keyText = isScalar(key) ? String(key.value) : '';
    entries.push({ key: keyText, offset: key?.range?.[0] ?? node.range?.[0] ?? 0, node: pair.value });
  }
  return entries;
}

/** A scalar's value; collections and aliases are reported as `undefined`-free markers. */
export function scalarValue(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return node.value;
  if (isAlias(node)) return { alias: true };
  if (isSeq(node) || isMap(node)) return { collection: true };
  return { unknown: true };
}

export function nodeOffset(node: unknown, fallback: number): number {
  if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) return node.range?.[0] ?? fallback;
  return fallback;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The YAML parser reports an unclosed `[` or `{` where it gave up (often the
 * next line); the editor needs the line that opened it.
 */
export function culpritOffset(source: string, offset: number): number {
  const open: number[] = [];
  let quote: string | null = null;
  for (let i = 0; i < Math.min(offset, source.length); i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\n') quote = null;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(source[i - 1] ?? ''))) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s:[{,]/.test(source[i - 1] ?? ''))) quote = c;
    else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length > 0) open.pop();
  }
  return open.length > 0 ? (open[open.length - 1] ?? offset) : offset;
}
