/**
 * The output's schema check and its serialisation, done in one pass over the
 * timeline. Each array is checked a slice at a time (zod copies what it parses;
 * copying a 10,000-document timeline at once doubles peak memory), through the
 * schema's own array schema: the schema has no cross-field rules, so this
 * accepts exactly what a whole parse accepts.
 *
 * A warm build re-emits mostly the same items, and checking them again is most
 * of a large build's check. So each item's JSON is hashed, and an item whose JSON
 * already passed under the same compiler version (which hashes the schema's
 * source) is not parsed again: what the app reads is that JSON, and those exact
 * bytes passed. A hash never passed is checked like in a cold build.
 */
import { hash } from 'node:crypto';
import { safeParse, type $ZodArray } from 'zod/v4/core';
import { timelineSchema, type Timeline } from '../../schema/timeline';

export const ARRAY_FIELDS = ['documents', 'actors', 'events', 'quotes', 'story', 'diagnostics'] as const;
type ArrayField = (typeof ARRAY_FIELDS)[number];

/** Elements checked per call: few enough that zod's copy stays small, enough that per-call work is spread thin. */
const SLICE = 1000;

/** Thrown by `timelineChunks` at the first item that does not match the schema ("path: message"). */
export class SchemaViolation extends Error {}

/**
 * Item hashes that passed before (`known`) and those of this build, all passed
 * (`passed`). Without `passed` (nowhere to keep them) nothing is hashed and every item is checked.
 */
export interface CheckMemo {
  known: ReadonlySet<string>;
  passed: Set<string> | null;
}

/** 128 bits of a SHA-256, in base64: short strings keep the sets of a large timeline small. */
function itemHash(field: string, json: string): string {
  // The field is hashed too: what passes as one array's element may not pass as another's.
  return hash('sha256', `${field}\u0000${json}`, 'base64').slice(0, 22);
}

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

/** `items` are elements of `field`; `indexOf` maps a position in `items` to the element's index in the timeline. */
function itemsIssue(field: ArrayField, items: readonly unknown[], indexOf: (k: number) => number): string | null {
  const array = timelineSchema._zod.def.shape[field] as unknown as $ZodArray;
  const result = safeParse(array, items);
  return result.success ? null : describeIssue([field], result.error.issues, indexOf);
}

/** Returns the first issue as "path: message", or null. */
export function firstSchemaIssue(timeline: Timeline): string | null {
  const shell = shellIssue(timeline);
  if (shell) return shell;
  for (const field of ARRAY_FIELDS) {
    const items: unknown = (timeline as Record<string, unknown>)[field];
    if (!Array.isArray(items)) return `${field}: expected an array`;
    for (let from = 0; from < items.length; from += SLICE) {
      const issue = itemsIssue(field, items.slice(from, from + SLICE), (k) => from + k);
      if (issue) return issue;
    }
  }
  return null;
}

const isArrayField = (key: string): key is ArrayField => (ARRAY_FIELDS as readonly string[]).includes(key);
/** Arrays whose items are remembered: checking a diagnostic (or an actor, a story id) costs about what hashing it does. */
const REMEMBERED = new Set<string>(['documents', 'events', 'quotes']);

/**
 * The compact JSON of the timeline in pieces (a slice of one array at a time), so a
 * large timeline is never one string in memory. With a memo, every piece is
 * checked before it is given out, and a violation throws `SchemaViolation`.
 */
export function* timelineChunks(timeline: Timeline, memo: CheckMemo | null = null): Generator<string> {
  if (memo) {
    const issue = shellIssue(timeline);
    if (issue) throw new SchemaViolation(issue);
  }
  let first = true;
  for (const [key, value] of Object.entries(timeline)) {
    if (value === undefined || typeof value === 'function') continue;
    const head = `${first ? '{' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      yield `${head}${JSON.stringify(value)}`;
      continue;
    }
    if (memo && !isArrayField(key)) throw new SchemaViolation(`${key}: unexpected array`);
    yield `${head}[`;
    for (let from = 0; from < value.length; from += SLICE) {
      const to = Math.min(value.length, from + SLICE);
      const pieces: string[] = [];
      const hashes: string[] = [];
      const unchecked: number[] = [];
      for (let i = from; i < to; i += 1) {
        const json = JSON.stringify(value[i] ?? null);
        pieces.push(i ? `,${json}` : json);
        if (!memo) continue;
        if (!memo.passed || !REMEMBERED.has(key)) {
          unchecked.push(i);
          continue;
        }
        const h = itemHash(key, json);
        hashes.push(h);
        if (!memo.known.has(h)) unchecked.push(i);
      }
      if (memo && isArrayField(key)) {
        if (unchecked.length) {
          const issue = itemsIssue(
            key,
            unchecked.map((i) => value[i] as unknown),
            (k) => unchecked[k] ?? k,
          );
          if (issue) throw new SchemaViolation(issue);
        }
        for (const h of hashes) memo.passed?.add(h);
      }
      yield* pieces;
    }
    yield ']';
  }
  yield first ? '{}\n' : '}\n';
}
