/**
 * Standing: whose undated sayings are happenings of the story. A saying placed at
 * its article's date only because the article reports it is a happening when its
 * speaker has standing in the story: someone the editors list in the actor file,
 * a government, ministry, party or other body, or a person the article introduces
 * with a public office ("Sen. X", "la diputada X", "X, the foreign minister").
 * Anyone else (a priest, a student, a trucker, an interviewee named only by name)
 * is quoted for colour or comment: their words stay quotes on their lane, but make
 * no event. This is an allow-list, the opposite of commentators.ts's deny-list: it
 * does not need to know every way to describe a bystander, only the offices.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention, CleanDocument } from '../model';

/** Public offices, English and Spanish, lower case as written (a trailing "." kept for abbreviations). */
const OFFICES = [
  'president', 'presidente', 'presidenta', 'mandatari[oa]', 'prime minister', 'premier', 'primer ministro', 'primera ministra',
  'minister', 'ministr[oa]', 'secretary', 'secretari[oa]', 'undersecretary', 'under secretary', 'subsecretari[oa]', 'canciller',
  'attorney general', 'fiscal general', 'senator', 'sen\\.', 'senador[a]?', 'representative', 'reps?\\.', 'congress(?:man|woman|member)',
  'congresista', 'lawmaker', 'legislador[a]?', 'diputad[oa]', 'governor', 'gov\\.', 'gobernador[a]?', 'ambassador', 'embajador[a]?',
  'envoy', 'enviad[oa]', 'spokes(?:person|man|woman)', 'press secretary', 'portavoz', 'vocer[oa]', 'general', 'gen\\.', 'admiral',
  'almirante', 'commander', 'comandante', 'administrator', 'commissioner', 'comisionad[oa]', 'chair(?:man|woman)?', 'leader', 'l[íi]der',
  'dirigente', 'coordinador[a]?', 'representante', 'speaker', 'whip', 'titular', 'jef[ea] de gobierno', 'judge', 'juez[a]?', 'magistrad[oa]',
].join('|');

/** "former ambassador", "ex embajador", "the then-minister": a past office gives no standing now. */
const NOT_PAST = '(?<!(?:former|retired|onetime|then|ex)[\\s-])';
/** An office in the words right before a name, in its clause: "Rep. X", "el coordinador de los senadores priistas, X". */
const OFFICE_BEFORE = new RegExp(`(?<![\\p{L}])${NOT_PAST}(?:${OFFICES})(?![\\p{L}])[^.;:!?"“”«»]{0,60}$`, 'iu');
/** An office in an apposition right after a name: "X, the foreign minister,", "X, R-Texas, chairman of …". */
const OFFICE_AFTER = new RegExp(`^\\s*,[^.;:!?"“”«»]{0,60}?(?<![\\p{L}])${NOT_PAST}(?:${OFFICES})(?![\\p{L}])`, 'iu');

/** How many characters before a name its office is read in. */
const BEFORE_REACH = 70;
/** How many characters after a name its apposition is read in. */
const AFTER_REACH = 80;

/** The actors of `mentions` that the text introduces with a public office, by name or surname. */
export function introducedWithOffice(text: string, mentions: readonly ActorMention[]): Set<ActorId> {
  const out = new Set<ActorId>();
  for (const m of mentions) {
    if ((m.via !== 'name' && m.via !== 'surname') || out.has(m.actor)) continue;
    const before = text.slice(Math.max(0, m.start - BEFORE_REACH), m.start);
    const after = text.slice(m.end, m.end + AFTER_REACH);
    if (OFFICE_BEFORE.test(before) || OFFICE_AFTER.test(after)) out.add(m.actor);
  }
  return out;
}

interface SayingDraft {
  type: string;
  ownDate: boolean;
  subject: ActorId | null;
}

/** A line that ends in no full stop: a headline, a deck or a section's heading. */
const NO_FULL_STOP = /[^.!?\s"'’”»)]["'’”»)]*\s*$/u;

/** The actors named in a headline or a heading of the article: the article is about what they did or said. */
export function headlined(doc: Pick<CleanDocument, 'text' | 'blocks' | 'sentences'>, mentions: readonly ActorMention[]): Set<ActorId> {
  const out = new Set<ActorId>();
  for (const m of mentions) {
    if (m.via === 'pronoun' || out.has(m.actor)) continue;
    const sentence = doc.sentences[m.sentence];
    const block = sentence ? doc.blocks[sentence.block] : undefined;
    if (!sentence || !block) continue;
    if (block.kind === 'title' || (block.kind === 'body' && sentence.start === block.start && sentence.end >= block.end - 1 && NO_FULL_STOP.test(doc.text.slice(sentence.start, sentence.end)))) out.add(m.actor);
  }
  return out;
}

/**
 * Which events to keep: all but an undated statement whose speaker is a person found in the text (`people`, not in the
 * actor file) whom the article never introduces with a public office nor names in a headline. A saying the article
 * dates itself ("said on Monday") is kept whoever said it: the article tells it as a happening of its own day.
 */
export function standingFilter<D extends SayingDraft>(
  doc: Pick<CleanDocument, 'text' | 'blocks' | 'sentences'>,
  mentions: readonly ActorMention[],
  people: ReadonlySet<ActorId>,
): (d: D) => boolean {
  const offices = introducedWithOffice(doc.text, mentions);
  const inHeadlines = headlined(doc, mentions);
  return (d) => d.type !== 'statement' || d.ownDate || d.subject === null || !people.has(d.subject) || offices.has(d.subject) || inHeadlines.has(d.subject);
}
