/**
 * Resolves "he", "she", "él" and "ella" to the last person mentioned before them
 * whose gender fits, looking in the pronoun's paragraph and then the previous
 * paragraph of the same story. It refuses to guess: people named inside quotes
 * are not antecedents, and when the nearest fitting person has no known gender
 * while another person of unknown gender is also in reach, the pronoun stays
 * unresolved.
 */
import type { Actor, ActorId } from '../../schema/timeline';
import type { ParagraphWords } from './paragraph-words';
import { inPrepositionalPhrase } from '../quotes/clause-position';
import { lastAtOrBefore } from '../quotes/quote-surroundings';
import { unnamedSpeakers, UNNAMED } from './unnamed-speakers';

interface Range {
  start: number;
  end: number;
}

export interface PersonMention {
  start: number;
  end: number;
  actor: ActorId;
  paragraph: number;
}

export interface PronounHit {
  start: number;
  end: number;
  actor: ActorId;
}

const PRONOUNS = new Map<string, 'female' | 'male'>([
  ['he', 'male'],
  ['she', 'female'],
  ['él', 'male'],
  ['ella', 'female'],
]);

const MAX_LOOK_BACK = 40;

export function pronounGender(raw: string): 'female' | 'male' | null {
  return PRONOUNS.get(raw.normalize('NFC').toLowerCase()) ?? null;
}

/**
 * `people`: person mentions outside quotes, sorted by start. `insideQuote(offset)`
 * tells whether an offset is inside a quoted span.
 */
export function resolvePronouns(
  text: string,
  paragraphs: readonly ParagraphWords[],
  people: readonly PersonMention[],
  actorOf: (id: ActorId) => Actor | undefined,
  insideQuote: (offset: number) => boolean,
  sentences: readonly Range[] = [],
  named: readonly Range[] = people,
): PronounHit[] {
  const hits: PronounHit[] = [];
  // "Roe Vidal argues …": speakers the text names but no actor stands for, so that "she" can stay theirs (unresolved).
  const everyone = [...people, ...unnamedSpeakers(text, sentences, named, paragraphs)].sort((a, b) => a.start - b.start);
  // Antecedents so far, in text order: names and already resolved pronouns.
  const chain: PersonMention[] = [];
  let next = 0;
  paragraphs.forEach((p, pi) => {
    for (const t of p.tokens) {
      if (t.key !== 'he' && t.key !== 'she' && t.key !== 'el' && t.key !== 'ella') continue;
      const gender = pronounGender(text.slice(t.start, t.end));
      if (!gender || insideQuote(t.start)) continue;
      while (next < everyone.length && (everyone[next]?.start ?? Infinity) < t.start) {
        const m = everyone[next];
        // "the Roe operation", "the Roe administration": a name that only modifies a noun is no one's antecedent.
        if (m && !isNounModifier(text, m)) chain.push(m);
        next += 1;
      }
      const clue = {
        isObject: (m: PersonMention) => isPrepositionalObject(text, m),
        coordinated: (a: PersonMention, b: PersonMention) => COORDINATED.test(text.slice(a.end, b.start)),
      };
      const actor = sentenceSubject(text, chain, paragraphs, pi, gender, actorOf, sentences, t.start) ?? antecedent(chain, paragraphs, pi, gender, actorOf, clue);
      if (actor) {
        if (actor !== UNNAMED) hits.push({ start: t.start, end: t.end, actor });
        chain.push({ start: t.start, end: t.end, actor, paragraph: pi });
      }
    }
  });
  return hits;
}

/** Prepositions whose object is rarely the next sentence's subject: "spoke with X", "a call from Y". */
const OBJECT_PREPOSITIONS = new Set(['with', 'to', 'by', 'from', 'for', 'about', 'against', 'con', 'a', 'al', 'de', 'del', 'contra', 'sobre']);

function isPrepositionalObject(text: string, m: PersonMention): boolean {
  if (ownsWords(text, m)) return false;
  const word = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1];
  return word !== undefined && OBJECT_PREPOSITIONS.has(word.toLowerCase());
}

/** "the Roe operation": an English article right before a name, a lower-case noun right after it. */
function isNounModifier(text: string, m: PersonMention): boolean {
  return /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, m.start - 5), m.start)) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3));
}

/** "X's remarks were reckless. Asked about it, he said": the owner of words stands for the sentence's subject. */
const OWNED_WORDS = /^['\u2019]s\s+(?:\p{L}+\s+)?(?:remarks|comments|words|statements?|claims?|threats?|warnings?|answers?|responses?|posts?|message|speech|interview)\b/iu;
/** "las declaraciones del alcalde X", "las palabras de X": the same owner, after "de". */
const WORDS_OF = /(?:declaraciones|palabras|comentarios|dichos|mensajes?|amenazas?|advertencias?|respuestas?|discurso|entrevista)\s+(?:de|del)\s+(?:(?:el|la)\s+)?(?:\p{Ll}+\s+)?$/iu;

function ownsWords(text: string, m: PersonMention): boolean {
  return OWNED_WORDS.test(text.slice(m.end, m.end + 40)) || WORDS_OF.test(text.slice(Math.max(0, m.start - 50), m.start));
}

/** Words that open a phrase whose names are not the sentence's subject: "After the X operation, …", "Con X, …". */
const PHRASE_PREPOSITIONS = new Set([...OBJECT_PREPOSITIONS, 'after', 'since', 'during', 'before', 'of', 'in', 'on', 'at', 'desde', 'tras', 'durante', 'en', 'entre', 'para']);

/**
 * The subject of the nearest sentence that names a person, when its gender
 * fits: in "He says the raid to seize X was a success. '…,' he says." and in "X
 * met Y and Z last week, he said" the pronoun continues the subject, not a name
 * inside the object. The pronoun's own sentence is read first (names before
 * it), then the sentence before. With no fitting subject there, the nearest
 * person decides (antecedent).
 */
function sentenceSubject(
  text: string,
  chain: readonly PersonMention[],
  paragraphs: readonly ParagraphWords[],
  pi: number,
  gender: 'female' | 'male',
  actorOf: (id: ActorId) => Actor | undefined,
  sentences: readonly Range[],
  at: number,
): ActorId | null {
  if (sentences.length === 0) return null;
  const own = lastAtOrBefore(sentences, at, (x) => x.start);
  const story = paragraphs[pi]?.story;
  let sentence = -1;
  let groups = 0;
  let subject: PersonMention | null = null;
  let group: PersonMention[] = [];
  const decide = (): ActorId | null => {
    if (!subject) return null;
    // A speaker no actor stands for keeps the pronoun (unresolved): "Roe Vidal argues … between X and Y. '…,' she says."
    if (subject.actor === UNNAMED || actorOf(subject.actor)?.gender === gender) return subject.actor;
    const s = subject;
    // "Dr Roe believes the president is playing a long game. '…,' she says": a subject of unknown gender keeps the
    // pronoun when everyone fitting in its sentence stands in the clause its verb reports.
    const fitting = group.filter((m) => m.actor !== s.actor && actorOf(m.actor)?.gender === gender);
    const reported = fitting.length > 0 && fitting.every((m) => m.start > s.end && REPORTING_VERB.test(text.slice(s.end, m.start)));
    // "Beto Roe, who drives a truck, remembers it as the month he stopped sleeping": so does one no one else in the
    // sentence could stand for.
    const alone = group.every((m) => m.actor === s.actor || isOtherGender(actorOf(m.actor), gender));
    // "X, 47, appeared before Magistrate Judge Y and answered through an interpreter. '…,' he said": a person named
    // only inside the subject's phrase of place leaves the pronoun to the subject.
    const placed = group.every((m) => m.actor === s.actor || isOtherGender(actorOf(m.actor), gender) || (m.start > s.end && isPlaceObject(text, m, sentences)));
    return (reported || alone || placed) && (actorOf(s.actor)?.gender ?? null) === null ? s.actor : null;
  };
  for (let k = chain.length - 1; k >= 0 && k >= chain.length - MAX_LOOK_BACK; k -= 1) {
    const m = chain[k];
    if (!m) continue;
    if (m.paragraph < pi - 1 || paragraphs[m.paragraph]?.story !== story) break;
    const s = lastAtOrBefore(sentences, m.start, (x) => x.start);
    if (s !== sentence) {
      if (subject !== null) return decide();
      // The pronoun's own sentence, then the one sentence before that names someone.
      if (groups === 2 || (groups === 1 && sentence !== own)) return null;
      groups += 1;
      sentence = s;
      group = [];
    }
    group.push(m);
    const from = sentences[s]?.start ?? 0;
    // Walking backwards, the last one kept is the first of its sentence in subject position.
    const plain = !/^['\u2019]s\b/u.test(text.slice(m.end, m.end + 3)) && !inPrepositionalPhrase(text, m, from, PHRASE_PREPOSITIONS);
    if (plain || ownsWords(text, m)) subject = m;
  }
  return decide();
}

/** Prepositions of place and presence: "appeared before Judge X", "stood beside X". */
const PLACE_PREPOSITIONS = new Set(['before', 'beside', 'behind', 'ante', 'frente']);

/** How far back a phrase of place is read, in characters. */
const MAX_PLACE_PHRASE = 100;

/** Whether a mention is the object of a preposition of place ("before U.S. Magistrate Judge X"). */
function isPlaceObject(text: string, m: PersonMention, sentences: readonly Range[]): boolean {
  const from = Math.max(sentences[lastAtOrBefore(sentences, m.start, (x) => x.start)]?.start ?? 0, m.start - MAX_PLACE_PHRASE);
  // The dots of capital initials ("U.S.") end no phrase.
  const phrase = text.slice(from, m.start).replace(/(?<=(?:^|[^\p{L}])\p{Lu})\./gu, ' ');
  return inPrepositionalPhrase(phrase, { start: phrase.length }, 0, PLACE_PREPOSITIONS);
}

/** Whether an actor is known to be of a gender other than the pronoun's. */
function isOtherGender(actor: Actor | undefined, gender: 'female' | 'male'): boolean {
  const g = actor?.gender ?? null;
  return g !== null && g !== 'other' && g !== gender;
}

/** A verb of saying or thinking whose clause holds the names after it: "X believes the president is …". */
const REPORTING_VERB = /^[^.;:!?]*?\s(?:says|said|believes|believed|thinks|thought|argues|argued|fears|feared|expects|expected|cree|creía|piensa|pensaba|considera|consideraba|opina|sostiene|dice|decía|teme|temía)\s/u;

interface Clues {
  isObject: (m: PersonMention) => boolean;
  coordinated: (a: PersonMention, b: PersonMention) => boolean;
}

/**
 * The nearest fitting person, preferring a subject: in "X said he had spoken
 * with Y. '…,' he told reporters" the pronoun continues X, not Y. A person named
 * after a preposition is taken only when no other person is in reach, not when
 * one of unknown gender is ("Sen. X, who spoke with Y, said he…").
 */
function antecedent(
  chain: readonly PersonMention[],
  paragraphs: readonly ParagraphWords[],
  pi: number,
  gender: 'female' | 'male',
  actorOf: (id: ActorId) => Actor | undefined,
  clues: Clues,
): ActorId | null {
  const subject = nearest(chain, paragraphs, pi, gender, actorOf, clues.isObject);
  if (subject === UNDECIDED) return null;
  const object = subject ?? nearest(chain, paragraphs, pi, gender, actorOf, () => false);
  const found = object === UNDECIDED ? null : object;
  if (found === null) return null;
  // "con el secretario X y el canciller Y. … Él dijo": two fitting people joined by "y"/"and" leave "él" undecided.
  const k = chain.findLastIndex((m) => m.actor === found);
  const m = chain[k];
  const before = chain[k - 1];
  const after = chain[k + 1];
  const fits = (o: PersonMention | undefined) => o !== undefined && o.actor !== found && o.paragraph === m?.paragraph && actorOf(o.actor)?.gender === gender;
  if (m && ((fits(before) && before && clues.coordinated(before, m)) || (fits(after) && after && clues.coordinated(m, after)))) return null;
  return found;
}

/** The words joining two coordinated names: "X y el canciller Y", "X and Secretary Y". */
const COORDINATED = /^\s*,?\s+(?:y|e|and)\s+(?:(?:el|la|the)\s+)?(?:[\p{L}.]+\s+){0,2}$/u;

/** Two people in reach, either of whom the pronoun may stand for. */
const UNDECIDED = Symbol('undecided');

function nearest(
  chain: readonly PersonMention[],
  paragraphs: readonly ParagraphWords[],
  pi: number,
  gender: 'female' | 'male',
  actorOf: (id: ActorId) => Actor | undefined,
  skip: (m: PersonMention) => boolean,
): ActorId | null | typeof UNDECIDED {
  const story = paragraphs[pi]?.story;
  let unknownSeen: ActorId | null = null;
  // A bounded look back: antecedents are near, and a flood of mentions must stay linear.
  for (let k = chain.length - 1; k >= 0 && k >= chain.length - MAX_LOOK_BACK; k -= 1) {
    const m = chain[k];
    if (!m) continue;
    if (m.paragraph < pi - 1 || paragraphs[m.paragraph]?.story !== story) break;
    if (skip(m)) continue;
    const g = actorOf(m.actor)?.gender ?? null;
    if (g === gender) return unknownSeen === null || unknownSeen === m.actor ? m.actor : UNDECIDED;
    if (g === null || g === 'other') {
      if (unknownSeen === null) unknownSeen = m.actor;
      else if (unknownSeen !== m.actor) return UNDECIDED;
    }
  }
  return unknownSeen;
}

