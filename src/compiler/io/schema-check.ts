/**
 * The output's schema check and its serialisation, done in one pass over the
 * timeline. Each item first goes through the schema's quick acceptor
 * (`fastAccept`, built from the same zod schema: it only ever says "zod accepts
 * this exactly as it is" or "ask zod"); only the items it does not vouch for are
 * parsed by zod, a slice at a time (zod copies what it parses; copying a
 * 10,000-document timeline at once doubles peak memory), through the schema's own
 * array schema. The schema has no cross-field rules, so this accepts exactly what
 * a whole parse accepts.
 */
import { safeParse, type $ZodArray } from 'zod/v4/core';
import { fastAccept } from '../../schema/fast-accept';
import { timelineSchema, type Timeline } from '../../schema/timeline';

export const ARRAY_FIELDS = ['documents', 'actors', 'events', 'quotes', 'story', 'diagnostics'] as const;
export type ArrayField = (typeof ARRAY_FIELDS)[number];

/** Elements checked per call: few enough that zod's copy stays small, enough that per-call work is spread thin. */
const SLICE = 1000;

/** Thrown by `timelineChunks` at the first item that does not match the schema ("path: message"). */
export class SchemaViolation extends Error {}

type Issues = readonly { path: PropertyKey[]; message: string }[];

function describeIssue(prefix: readonly (string | number)[], issues: Issues, indexOf: (k: number) => number = (k) => k): string {
  const issue = issues[0];
  const [first, ...rest] = issue?.path ?? [];
  const path = prefix.length && typeof first === 'number' ? [indexOf(first), ...rest] : issue?.path ?? [];
  return `${[...prefix, ...path].map(String).join('.')}: ${issue?.message ?? 'invalid'}`;
}

/** The timeline without its arrays' elements. */
function shellIssue(timeline: Timeline): string | null {
  const shell = { ...timeline, ...Object.fromEntries(ARRAY_FIELDS.map((f) => [f, []])) };
  const top = safeParse(timelineSchema, shell);
  return top.success ? null : describeIssue([], top.error.issues);
}

/**
 * The first issue among `items[from..to)` of `field`, as "path: message", or null.
 * Items the quick acceptor vouches for are not parsed.
 */
function sliceIssue(field: ArrayField, items: readonly unknown[], from: number, to: number, checked?: readonly boolean[]): string | null {
  const accept = acceptorOf(field);
  const doubtful: number[] = [];
  for (let i = from; i < to; i += 1) if (!checked?.[i - from] && !accept(items[i])) doubtful.push(i);
  if (doubtful.length === 0) return null;
  const result = safeParse(
    arraySchema(field),
    doubtful.map((i) => items[i]),
  );
  return result.success ? null : describeIssue([field], result.error.issues, (k) => doubtful[k] ?? k);
}

/** Returns the first issue as "path: message", or null. */
export function firstSchemaIssue(timeline: Timeline): string | null {
  const shell = shellIssue(timeline);
  if (shell) return shell;
  for (const field of ARRAY_FIELDS) {
    const items: unknown = (timeline as Record<string, unknown>)[field];
    if (!Array.isArray(items)) return `${field}: expected an array`;
    for (let from = 0; from < items.length; from += SLICE) {
      const issue = sliceIssue(field, items, from, Math.min(items.length, from + SLICE));
      if (issue) return issue;
    }
  }
  return null;
}

const isArrayField = (key: string): key is ArrayField => (ARRAY_FIELDS as readonly string[]).includes(key);
function arraySchema(field: ArrayField): $ZodArray {
  return timelineSchema._zod.def.shape[field] as unknown as $ZodArray;
}

/** The quick acceptor of each array's elements, built once. */
let acceptors: Map<string, (value: unknown) => boolean> | null = null;
function acceptorOf(field: ArrayField): (value: unknown) => boolean {
  acceptors ??= new Map(ARRAY_FIELDS.map((f) => [f, fastAccept(arraySchema(f)._zod.def.element as Parameters<typeof fastAccept>[0])]));
  return acceptors.get(field) ?? (() => false);
}

/**
 * JSON of array items already written and checked by an earlier build
 * (incremental rebuilds), given out as it is.
 */
export interface OutputPieces {
  /** The stored JSON of this item, or null. */
  stored(field: ArrayField, item: unknown): Uint8Array | null;
  /** Called with the JSON of each item serialised (and checked) here, and its UTF-8 bytes. */
  made(field: ArrayField, item: unknown, json: string, bytes: Uint8Array): void;
  /** Called for each item written from its stored JSON (in the list's order, with `made`). */
  kept?(field: ArrayField, item: unknown, bytes: Uint8Array): void;
  /** Whether it may hold or keep anything of this list (default true); a list it does not is written as from no pieces. */
  reuses?(field: ArrayField): boolean;
}

const COMMA = Buffer.from(',');

/** Checks items `from..to` of a list (those flagged in `copied` passed before); throws `SchemaViolation` at the first issue. */
export type CheckSlice = (from: number, to: number, copied?: readonly boolean[]) => void;

/** Writes some lists itself (from the last written file: list-from-last.ts). */
export interface ListWriter {
  /** The bytes of the items of `field`, whose first item starts at byte `at` of the output, or null: the default writer. */
  write(field: ArrayField, items: readonly unknown[], at: number, check: CheckSlice): Iterable<Uint8Array> | null;
}

/**
 * The compact JSON of the timeline in pieces (a slice of one array at a time), so a
 * large timeline is never one string in memory. With `check`, every slice is
 * checked before it is given out, and a violation throws `SchemaViolation`.
 */
export function timelineChunks(timeline: Timeline, check?: boolean): Generator<string>;
export function timelineChunks(timeline: Timeline, check: boolean, pieces: OutputPieces | undefined, lists?: ListWriter): Generator<string | Uint8Array>;
export function* timelineChunks(timeline: Timeline, check = false, pieces?: OutputPieces, lists?: ListWriter): Generator<string | Uint8Array> {
  if (check) {
    const issue = shellIssue(timeline);
    if (issue) throw new SchemaViolation(issue);
  }
  let first = true;
  // The byte offset reached, kept only for a list writer (which records where its items go).
  let position = 0;
  const counted = <T extends string | Uint8Array>(piece: T): T => {
    if (lists) position += typeof piece === 'string' ? Buffer.byteLength(piece, 'utf8') : piece.length;
    return piece;
  };
  for (const [key, value] of Object.entries(timeline)) {
    if (value === undefined || typeof value === 'function') continue;
    const head = `${first ? '{' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      yield counted(`${head}${JSON.stringify(value)}`);
      continue;
    }
    const field = isArrayField(key) ? key : null;
    if (check && !field) throw new SchemaViolation(`${key}: unexpected array`);
    yield counted(`${head}[`);
    const checkSlice: CheckSlice = (from, to, copied) => {
      const issue = check && field ? sliceIssue(field, value, from, to, copied) : null;
      if (issue) throw new SchemaViolation(issue);
    };
    const own = field ? lists?.write(field, value, position, checkSlice) : null;
    if (own) {
      for (const piece of own) yield counted(piece);
      yield counted(']');
      continue;
    }
    const reuse = field && (pieces?.reuses?.(field) ?? true) ? pieces : undefined;
    if (reuse && field) {
      for (const piece of slicesReusing(field, value, check, reuse)) yield counted(piece);
      yield counted(']');
      continue;
    }
    for (let from = 0; from < value.length; from += SLICE) {
      const to = Math.min(value.length, from + SLICE);
      if (check && field) {
        const issue = sliceIssue(field, value, from, to);
        if (issue) throw new SchemaViolation(issue);
      }
      // One stringify per slice (about twice as fast as one per item), its brackets left out.
      const json = JSON.stringify(value.slice(from, to));
      yield counted(`${from ? ',' : ''}${json.slice(1, -1)}`);
    }
    yield counted(']');
  }
  yield first ? '{}\n' : '}\n';
}

/**
 * The items of one list, a slice at a time, reusing stored JSON: each slice is given as
 * one buffer (not a piece per item), so a 100 MB timeline of kept items is a hundred-odd
 * pieces for the writer. Made items are checked (with `check`) before the slice is given.
 */
function* slicesReusing(field: ArrayField, value: readonly unknown[], check: boolean, reuse: OutputPieces): Generator<Uint8Array> {
  for (let from = 0; from < value.length; from += SLICE) {
    const to = Math.min(value.length, from + SLICE);
    const stored = value.slice(from, to).map((item: unknown) => reuse.stored(field, item));
    if (check) {
      const issue = sliceIssue(field, value, from, to, stored.map((s) => s !== null));
      if (issue) throw new SchemaViolation(issue);
    }
    const parts: Uint8Array[] = [];
    for (let i = from; i < to; i += 1) {
      if (i) parts.push(COMMA);
      const piece = stored[i - from];
      if (piece) {
        reuse.kept?.(field, value[i], piece);
        parts.push(piece);
        continue;
      }
      const json = JSON.stringify(value[i] ?? null);
      const bytes = Buffer.from(json, 'utf8');
      reuse.made(field, value[i], json, bytes);
      parts.push(bytes);
    }
    yield Buffer.concat(parts);
  }
}
