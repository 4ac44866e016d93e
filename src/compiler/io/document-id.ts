/**
 * Document ids come from the file's relative path, never from randomness or
 * build order: the same folder always yields the same ids. The path (without its
 * extension) is slugified; when two files slugify alike ("a.txt" and "a.md"),
 * the one later in code-point order of paths gets its extension and then a
 * counter appended.
 */
import type { DocumentId } from '../../schema/timeline';

const MAX_SLUG = 80;

export function slugifyPath(path: string): string {
  const withoutExt = path.replace(/\.[^./]*$/, '');
  const slug = withoutExt
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug === '' ? 'doc' : slug;
}

/** Ids for a set of relative paths, unique and independent of the order they are given in. */
export function assignDocumentIds(paths: readonly string[]): Map<string, DocumentId> {
  const sorted = [...new Set(paths)].sort(comparePaths);
  const taken = new Set<string>();
  const ids = new Map<string, DocumentId>();
  for (const path of sorted) {
    let id = slugifyPath(path);
    if (taken.has(id)) {
      const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (ext && !taken.has(`${id}-${ext}`)) id = `${id}-${ext}`;
      else {
        let n = 2;
        while (taken.has(`${id}-${n}`)) n += 1;
        id = `${id}-${n}`;
      }
    }
    taken.add(id);
    ids.set(path, id as DocumentId);
  }
  return ids;
}

/** Locale-independent order: by UTF-16 code units, like the default sort. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
