/**
 * Speakers named on a line of their own above their turn, as an earnings call's
 * or a broadcast's transcript prints them: "Operator", "Jane Roe", "Jane Roe -
 * Chief Financial Officer", "Lucía Ferrer — Moderadora". Only the line's shape is
 * read here: a name of two to five words in title case (or one role word that
 * runs a call), perhaps a short description after a dash, and nothing that ends
 * a sentence. Whether the lines are turns at all is decided where the turns are
 * counted (transcript-labels.ts): a name line must be followed by prose, and
 * some speaker must come back for a second turn, so a byline, a photo credit or
 * a profile's name headings are never speakers.
 */
import { isNameParticle } from '../actors/actor-lexicon';
import { foldedWords, foldKey } from '../actors/fold-text';

/** Words that name the one who runs a call or a broadcast: their turns are no one's the document knows. */
export const HOST_LINES = new Set(['operator', 'operadora', 'operador', 'moderator', 'moderadora', 'moderador']);

const MAX_LINE = 90;
/** "Jane Roe", "Jane Roe-Brask - Chief Financial Officer", "Jane Roe -- Analyst, Harbor Capital". */
const NAME_LINE = /^(\s*)(\p{Lu}[\p{L}\p{M}'\u2019-]*(?:\s+[\p{L}\p{M}'\u2019.-]+){1,4})(?:\s+(?:-{1,2}|\u2013|\u2014)\s+\p{Lu}[^\n.!?:;]{0,60})?\s*$/u;
const HOST_LINE = /^(\s*)(\p{Lu}\p{Ll}+)\s*$/u;

export interface StandaloneLabel {
  key: string;
  start: number;
  labelEnd: number;
  /** True for "Operator", "Moderadora": the call's host, whom the page does not name. */
  host: boolean;
}

function nameWords(name: string): boolean {
  const words = name.split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  return /^\p{Lu}\p{Ll}/u.test(last) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || isNameParticle(foldKey(w)));
}

/** The speaker line a block is, if it is one: one line, a name or a host's word. */
export function standaloneLabel(text: string, start: number, end: number): StandaloneLabel | null {
  if (end - start > MAX_LINE) return null;
  const line = text.slice(start, end);
  if (line.includes('\n')) return null;
  const host = HOST_LINE.exec(line);
  if (host?.[2] && HOST_LINES.has(foldKey(host[2]))) {
    const from = start + (host[1]?.length ?? 0);
    return { key: foldKey(host[2]), start: from, labelEnd: from + host[2].length, host: true };
  }
  const name = NAME_LINE.exec(line);
  if (!name?.[2] || !nameWords(name[2])) return null;
  const from = start + (name[1]?.length ?? 0);
  return { key: foldedWords(name[2]).join(' '), start: from, labelEnd: from + name[2].length, host: false };
}

/**
 * The names a transcript prints on lines of their own, particles left out ("corinne abernethy solis"): each that
 * stands alone on two lines at least, when two names do (a call's speakers come back; a byline or a profile's
 * headings do not). Actor discovery reads them as names wherever the page spells them.
 */
export function speakerLineNames(text: string, blocks: readonly { start: number; end: number; kind: string }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind !== 'body' && b.kind !== 'meta' && b.kind !== 'duplicate') continue;
    const label = standaloneLabel(text, b.start, b.end);
    if (!label || label.host) continue;
    const key = label.key
      .split(' ')
      .filter((w) => !isNameParticle(w))
      .join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const recurring = [...counts].filter(([, n]) => n >= 2).map(([k]) => k);
  return new Set(recurring.length >= 2 ? recurring : []);
}
