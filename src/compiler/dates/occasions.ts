/**
 * "Roe said on the floor before the vote", "dijo al término de la sesión", "said
 * after the hearing": a saying placed at an occasion the story is about. A story is
 * built on its lede, so "the vote" is the vote its first lines date ("The
 * Senate on Wednesday rejected a measure…", "El pleno desechó ayer, con 78 votos…").
 * The occasion takes the lede's day only when the lede's sentence states one day and
 * speaks of that kind of occasion (a vote, a court hearing, a chamber's session);
 * otherwise it names no day. Found here, resolved in anaphors.ts.
 */
import type { DateMention, Sentence } from '../model';
import { add, type RawDate } from './raw-date';

/** The kinds of occasion, each with the words a lede about one uses. */
const LEDE_WORDS: Readonly<Record<string, RegExp>> = {
  vote: /(?<![\p{L}])(?:vot\p{L}*|rejected|approved|passed|defeated|rechaz\p{L}*|aprob\p{L}*|desech\p{L}*)(?![\p{L}])/iu,
  hearing: /(?<![\p{L}])(?:judge|court|hearing|arraign\p{L}*|juez|jueza|corte|tribunal|audiencia)(?![\p{L}])/iu,
  session: /(?<![\p{L}])(?:senate|house|chamber|session|floor|debate|senado|c[áa]mara|pleno|sesi[óo]n|debate)(?![\p{L}])/iu,
};

const KIND_OF: Readonly<Record<string, string>> = {
  vote: 'vote',
  voting: 'vote',
  votación: 'vote',
  votacion: 'vote',
  hearing: 'hearing',
  audiencia: 'hearing',
  debate: 'session',
  session: 'session',
  sesión: 'session',
  sesion: 'session',
};

/** "before the vote", "after the hearing", "during the debate", "al término de la sesión", "tras la votación". */
const OCCASION =
  /(?<![\p{L}])(?:(?:before|after|during|at|following|ahead of|at the end of) the|(?:antes|despu[ée]s|al t[ée]rmino|al final|a la salida) de la|(?:durante|tras|en) (?:la|el)) (vote|voting|hearing|debate|session|votaci[óo]n|audiencia|sesi[óo]n)(?![\p{L}])/giu;

/** Whether a text may hold an occasion (for the scan that skips sentences with no date words). */
export const OCCASION_HINT = /vot|hearing|audiencia|debate|session|sesi/iu;

export function occasionDates(text: string, offset: number, found: RawDate[]): void {
  for (const m of text.matchAll(OCCASION)) {
    const kind = KIND_OF[(m[1] ?? '').toLowerCase()];
    if (!kind) continue;
    const start = offset + m.index;
    add(found, { start, end: start + m[0].length, text: m[0], kind: 'anaphor', days: 0, scope: 'occasion', subject: kind });
  }
}

/** Sentences at the top of a story where its lede may be (a dek, a kicker and a byline line may come first). */
const LEDE_REACH = 6;

/**
 * The lede's day for an occasion of this kind in the mention's story: the story's first
 * dated mention, within its first sentences, alone with day precision in a sentence that
 * speaks of that kind of occasion; else null.
 */
export function ledeDay(text: string, kind: string, here: Sentence, dates: readonly DateMention[], sentences: readonly Sentence[]): DateMention | null {
  const top = sentences.findIndex((s) => s.story === here.story);
  const lede = dates.find((d) => sentences[d.sentence]?.story === here.story);
  if (top === -1 || !lede || lede.sentence - top >= LEDE_REACH) return null;
  const sentence = sentences[lede.sentence];
  if (!sentence || sentence === here) return null;
  const days = dates.filter((d) => d.sentence === lede.sentence && d.value.precision === 'day' && d.value.start !== null);
  if (days.length !== 1 || days[0] !== lede) return null;
  return LEDE_WORDS[kind]?.test(text.slice(sentence.start, sentence.end)) ? lede : null;
}
