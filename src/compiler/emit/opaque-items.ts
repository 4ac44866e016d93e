/**
 * Items a fresh process (`npm run compile` after an edit) does not make: an event or
 * quote that assembly knows is the last build's (merge/unchanged-items.ts) is emitted as
 * its id and its date's start only, which is all the output's order reads, and the
 * writer copies its bytes from the last written file (io/list-from-known.ts). Making
 * every such item again (about 90,000 at 10,000 documents, each with copies of its
 * spans and date) was a pass over the whole corpus for a change that reaches a few. The
 * writer takes the last file's bytes for an opaque item only when they begin with its id
 * and their date starts with its start; anything else throws `OpaqueMismatch`, and the
 * build is made again with every item made, so a stale or lying state costs speed, never
 * a wrong byte.
 */

/** An item known by its id and date start only (a class, so that the writer knows one without a table of them). */
export class OpaqueItem {
  readonly date: { readonly start: string | null };
  constructor(
    readonly id: string,
    start: string | null,
  ) {
    this.date = { start };
  }
}

export function isOpaque(item: unknown): item is OpaqueItem {
  return item instanceof OpaqueItem;
}

/** The writer found no bytes that are surely an opaque item's: the build is made again with every item made. */
export class OpaqueMismatch extends Error {}

const CLOSE = 0x7d;
const COMMA = 0x2c;
const DATE = Buffer.from(',"date":{"start":');

/**
 * Whether `bytes` (one item of the last file) are the opaque item's: they begin with its id,
 * end an object, and their first date field starts with its start. A string value in JSON
 * never holds an unescaped quotation mark, so the first `,"date":{"start":` is the item's own.
 */
export function bytesFit(bytes: Buffer, item: OpaqueItem): boolean {
  const head = `{"id":${JSON.stringify(item.id)},`;
  if (bytes.length <= head.length || bytes[bytes.length - 1] !== CLOSE || bytes.toString('utf8', 0, head.length) !== head) return false;
  const at = bytes.indexOf(DATE);
  if (at < 0) return false;
  const start = JSON.stringify(item.date.start);
  const from = at + DATE.length;
  const next = bytes[from + start.length];
  return bytes.toString('utf8', from, from + start.length) === start && (next === COMMA || next === CLOSE);
}
