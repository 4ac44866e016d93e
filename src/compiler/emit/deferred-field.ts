/**
 * A field read later without keeping its object: for a field defined by a getter
 * (a cache entry's blocks, parsed when first read: io/encoded-outcomes.ts) the getter
 * itself, else the value the field holds now.
 */
export function reader<T extends object, K extends keyof T>(object: T, key: K): () => T[K] {
  const field = Object.getOwnPropertyDescriptor(object, key);
  const get = field?.get;
  if (get) return () => get.call(undefined) as T[K];
  const value = field ? (field.value as T[K]) : object[key];
  return () => value;
}
