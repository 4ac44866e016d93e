/**
 * A worker's results arrive as a copy, and the copy gives every string its own
 * storage: the block kind "body", a diagnostic's rule id and file path, an
 * actor id, each of an event's content words, once per occurrence. Across a
 * large corpus these repeats are a good part of the extractions' memory, and
 * that memory is held until the timeline is written. A table shared by all the
 * results of one build makes every short string that has been seen before point
 * at the first copy instead; values do not change, only how often they are
 * stored. Long strings (titles, messages) rarely repeat and are left alone.
 */

/** Longer strings are kept as they are: looking them up costs more than they ever save. */
const MAX_SHARED_LENGTH = 40;

export interface StringTable {
  /** Replaces, in place, each short string inside `value` (objects and arrays, any depth) by its first copy seen; returns `value`. */
  share<T>(value: T): T;
  /** Distinct strings seen so far. */
  readonly size: number;
}

export function stringTable(): StringTable {
  const seen = new Map<string, string>();
  const one = (s: string): string => {
    if (s.length > MAX_SHARED_LENGTH) return s;
    const first = seen.get(s);
    if (first !== undefined) return first;
    seen.set(s, s);
    return s;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return one(value);
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        if (typeof item === 'string' || (item !== null && typeof item === 'object')) value[i] = walk(item);
      }
      return value;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'string' || (item !== null && typeof item === 'object')) record[key] = walk(item);
    }
    return value;
  };
  return {
    share: <T>(value: T): T => walk(value) as T,
    get size() {
      return seen.size;
    },
  };
}
