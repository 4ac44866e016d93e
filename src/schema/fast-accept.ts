/**
 * A quick yes for input that a schema accepts unchanged, built from the zod
 * schema itself (never a second copy of the contract). Zod without its compiler
 * (the app's CSP forbids eval) allocates a result and an issue list for every
 * field it visits, which at tens of thousands of items costs more than reading
 * the JSON. The acceptor walks the same definition with plain checks and
 * allocates nothing.
 *
 * It only ever says "yes, exactly as it is" or "ask zod": for a JSON value
 * (what `JSON.parse` returns) that it accepts, zod's `safeParse` succeeds and
 * returns a deep copy of it (no unknown
 * key to strip, no default to fill, no transform). Any schema part or check it
 * does not know, and any doubt (an unknown key, a non-plain object), answers
 * "ask zod", so zod stays the authority on every error message and every
 * repair. `fast-accept.test.ts` checks that promise on random input.
 */
import type * as z from 'zod/mini';

type Accept = (value: unknown) => boolean;

interface CheckDef {
  check?: string;
  minimum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodMiniType>;
  catchall?: unknown;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  coerce?: boolean;
}

const never: Accept = () => false;

function checkOf(c: CheckDef, kind: 'string' | 'number' | 'array'): Accept | null {
  switch (c.check) {
    case 'min_length': {
      const min = c.minimum;
      if (kind === 'number' || typeof min !== 'number') return null;
      return (v) => (v as { length: number }).length >= min;
    }
    case 'string_format': {
      const re = c.pattern;
      if (kind !== 'string' || c.format !== 'regex' || !(re instanceof RegExp) || re.global || re.sticky) return null;
      return (v) => re.test(v as string);
    }
    case 'number_format':
      return kind === 'number' && c.format === 'safeint' ? (v) => Number.isSafeInteger(v) : null;
    case 'greater_than': {
      const min = c.value;
      if (kind !== 'number' || typeof min !== 'number') return null;
      return c.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min;
    }
    default:
      return null;
  }
}

/** The value's own type test followed by its checks; null if a check is unknown. */
function withChecks(def: Def, kind: 'string' | 'number' | 'array', is: Accept): Accept {
  const checks: Accept[] = [];
  for (const c of def.checks ?? []) {
    const f = checkOf(c._zod.def, kind);
    if (f === null) return never;
    checks.push(f);
  }
  if (checks.length === 0) return is;
  return (v) => {
    if (!is(v)) return false;
    for (const f of checks) if (!f(v)) return false;
    return true;
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.getPrototypeOf(v) === Object.prototype;
}

const cache = new WeakMap<object, Accept>();

/** The acceptor for a zod schema (see the file's comment). */
export function fastAccept(schema: z.ZodMiniType): Accept {
  const known = cache.get(schema);
  if (known) return known;
  // Recursive schemas refer to themselves: the entry exists before the build.
  let built: Accept = never;
  const self: Accept = (v) => built(v);
  cache.set(schema, self);
  built = build(schema._zod.def as unknown as Def);
  cache.set(schema, built);
  return built;
}

function build(def: Def): Accept {
  if (def.coerce) return never;
  switch (def.type) {
    case 'string':
      return withChecks(def, 'string', (v) => typeof v === 'string');
    case 'number':
      return withChecks(def, 'number', (v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return (def.checks ?? []).length > 0 ? never : (v) => typeof v === 'boolean';
    case 'enum': {
      // String enums only: a TypeScript numeric enum's reverse keys are not values.
      const values = Object.values(def.entries ?? {});
      if (values.some((x) => typeof x !== 'string') || (def.checks ?? []).length > 0) return never;
      const set = new Set(values);
      return (v) => typeof v === 'string' && set.has(v);
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return (def.checks ?? []).length > 0 ? never : (v) => v !== undefined && values.has(v);
    }
    case 'nullable': {
      if (!def.innerType || (def.checks ?? []).length > 0) return never;
      const inner = fastAccept(def.innerType);
      return (v) => v === null || inner(v);
    }
    case 'optional': {
      if (!def.innerType || (def.checks ?? []).length > 0) return never;
      const inner = fastAccept(def.innerType);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      if (!def.element) return never;
      const element = fastAccept(def.element);
      return withChecks(def, 'array', (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!(i in v) || !element(v[i])) return false;
        return true;
      });
    }
    case 'object': {
      if (!def.shape || def.catchall !== undefined || (def.checks ?? []).length > 0) return never;
      const shape = def.shape;
      const keys = Object.keys(shape);
      if (keys.includes('__proto__')) return never;
      const fields = keys.map((k) => [k, fastAccept(shape[k] as z.ZodMiniType)] as const);
      const allowed = new Set(keys);
      return (v) => {
        if (!isPlainObject(v)) return false;
        // An unknown key would be stripped by zod: let zod do it.
        for (const k in v) if (!allowed.has(k) || !Object.prototype.hasOwnProperty.call(v, k)) return false;
        for (const [k, accept] of fields) {
          const value = Object.prototype.hasOwnProperty.call(v, k) ? v[k] : undefined;
          // A present key holding undefined would come back from zod as a key set to undefined.
          if (value === undefined && k in v) return false;
          if (!accept(value)) return false;
        }
        return true;
      };
    }
    default:
      return never;
  }
}
