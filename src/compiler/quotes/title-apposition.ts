/**
 * Titles and the names they describe: "U.S. Attorney General Jane Roe" (the
 * place only modifies the title), "la presidenta de la Junta, Jane Roe" (an
 * alias the title alone would resolve gives way to the apposed name).
 */
import type { ActorMention } from '../model';
import { isDomainWord, isTitle } from '../actors/actor-lexicon';
import { foldKey } from '../actors/fold-text';
import { isSpeechCue } from './speech-cues';

/** Capitalised words right after a mention: "Norland Attorney General Jane Roe". */
const CAPITALISED_RUN = /^\.?((?:\s+\p{Lu}[\p{L}\p{M}]*\.?){2,5})/u;

/**
 * "Norland Attorney General Jane Roe", "Mexican Ports Secretary Juan Pérez": a
 * capitalised title then more capitalised words (the name) after a mention
 * make the mention a modifier of the person named.
 */
export function titleRunAfter(text: string, end: number): boolean {
  const run = CAPITALISED_RUN.exec(text.slice(end, end + 80))?.[1];
  if (!run) return false;
  const words = run.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  const title = words.findIndex((w) => isTitle(foldKey(w)));
  return title !== -1 && title < words.length - 1 && words.slice(title + 1).some((w) => !isTitle(foldKey(w)) && !isDomainWord(foldKey(w)));
}

/** What may stand between a title and the name apposed to it: "de la Junta Portuaria,", "of the board,". */
const TITLE_TO_NAME = /^(?:\s+(?:de|del|of|for)\s[^,;:.!?"\u201c\u201d\u00ab\u00bb]{1,60})?\s*,\s*$/iu;
/** One lower-case adjective after the title, before the comma: "el presidente electo, X", "la ministra saliente, Y". */
const TITLE_ADJECTIVE = /^\s+(\p{Ll}[\p{L}\p{M}]*)\s*,\s*$/u;

/**
 * "la presidenta de la Junta Portuaria, Laura Roe": a title that an alias
 * resolved (to the country's president, say) describes the name apposed to it,
 * who is the one speaking.
 */
export function apposedName(text: string, mentions: readonly ActorMention[], m: ActorMention): ActorMention | null {
  if (m.via !== 'alias') return null;
  const last = foldKey(text.slice(m.start, m.end)).match(/\p{L}+/gu)?.pop() ?? '';
  if (!isTitle(last)) return null;
  for (const n of mentions) {
    if (n.start < m.end) continue;
    if (n.start - m.end > 80) break;
    if (n.via !== 'name' || n.actor === m.actor) continue;
    const between = text.slice(m.end, n.start);
    const adjective = TITLE_ADJECTIVE.exec(between)?.[1];
    if (TITLE_TO_NAME.test(between) || (adjective !== undefined && !isSpeechCue(foldKey(adjective)))) return n;
  }
  return null;
}
