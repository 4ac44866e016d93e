/**
 * "Para la analista X, la combinación da margen. «…»": in Spanish news prose a
 * paragraph that opens with the view of someone ("Para X,", "Según X,") and
 * then gives a quotation standing alone as its own sentence is quoting that
 * person; so is a quotation inside the opener's own sentence with no speech
 * verb before it ("Para el abogado X, los traslados «rompen con el debido
 * proceso»"), and one a subjectless verb introduces ("Lo resumió así: «…»",
 * "«…», advirtió"). It refuses to guess: the opener must start the paragraph
 * and name someone before its first comma; when the name is not one the
 * document knows, a subjectless verb in the paragraph carries no one.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import { lastAtOrBefore } from './quote-surroundings';

const VIEWPOINT_OPENER = /^[\s"'\u201c\u00ab]*(?:Para|Según|Segun)\s/u;
/** How far into the paragraph the opener's comma may be. */
const MAX_OPENER = 120;

/** Whether the paragraph (or sentence) starting at `start` opens with someone's view: "Para la analista X,", "Según X,". */
export function opensWithViewpoint(text: string, start: number): boolean {
  return VIEWPOINT_OPENER.test(text.slice(start, start + 12));
}

/**
 * The holder of the view opening the paragraph or sentence at `start`: the name closing the opener ("Para Ugalde
 * Ferriz,"), or set off by commas right after its description ("Para la economista de una casa de bolsa, Ana
 * Ruiz, …").
 */
export function viewpointHolder(
  text: string,
  mentions: readonly ActorMention[],
  start: number,
  open: number,
  inQuote: (offset: number) => boolean,
): ActorId | null {
  if (!opensWithViewpoint(text, start)) return null;
  const comma = text.slice(start, Math.min(open, start + MAX_OPENER)).indexOf(',');
  if (comma === -1) return null;
  const end = start + comma;
  const first = lastAtOrBefore(mentions, start - 1, (m) => m.start) + 1;
  for (let j = first; j < mentions.length; j += 1) {
    const m = mentions[j];
    if (!m || m.start > end + 2) break;
    if (m.start < start || inQuote(m.start)) continue;
    // The name must close the opener: "Para Ugalde Ferriz," or "Según la especialista,".
    if (m.start < end && /^\s*$/u.test(text.slice(m.end, end))) return m.actor;
    // "…de bolsa regional, Ana Ruiz, el anuncio": an apposition right after the opener's first comma.
    if (m.start > end && /^\s*$/u.test(text.slice(end + 1, m.start)) && /^\s*,/u.test(text.slice(m.end, m.end + 3)) && m.end < open) return m.actor;
  }
  return null;
}
