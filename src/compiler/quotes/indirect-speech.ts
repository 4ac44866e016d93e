/**
 * Reported (indirect) speech: "Ruiz said the army would stay", "X told
 * reporters that…", "According to X, …", "…, Ruiz said.", "La canciller
 * afirmó que…", "Según X, …". The quote is the reported clause, with
 * `direct: false`. Only speech and cognition verbs with a that-clause (or
 * "said"/"told" followed straight by a clause), "according to"/"según", and a
 * speech tag closing the sentence count; "said to be", a negated verb ("did
 * not say that") and anything inside quotation marks do not. Its speaker comes
 * from the same mentions (names, pronouns, descriptions) as a direct quote's:
 * with no speaker it is narration, and is not emitted. A clause that is mostly
 * a direct quote already extracted is not repeated.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention, CleanDocument, ExtractedQuote } from '../model';
import { wordTokens, type WordToken } from '../actors/word-tokens';
import { sourceAfter } from './quote-attribution';
import { subjectBefore } from './clause-subject';
import { isSourceCue } from './speech-cues';

/** Verbs that report speech or thought and take a clause: folded keys. */
const REPORTING = new Set([
  'say', 'says', 'said', 'tell', 'tells', 'told', 'state', 'states', 'stated', 'warn', 'warns', 'warned', 'add', 'adds', 'added',
  'note', 'notes', 'noted', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'claim', 'claims', 'claimed',
  'maintain', 'maintains', 'maintained', 'stress', 'stresses', 'stressed', 'emphasize', 'emphasizes', 'emphasized',
  'emphasise', 'emphasises', 'emphasised', 'acknowledge', 'acknowledges', 'acknowledged', 'affirm', 'affirms', 'affirmed',
  'reiterate', 'reiterates', 'reiterated', 'explain', 'explains', 'explained', 'assert', 'asserts', 'asserted', 'contend',
  'contends', 'contended', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'confirm', 'confirms',
  'confirmed', 'announce', 'announces', 'announced', 'predict', 'predicts', 'predicted',
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'fear', 'fears', 'feared', 'admit', 'admits', 'admitted',
  'concede', 'concedes', 'conceded', 'recall', 'recalls', 'recalled', 'wrote', 'writes', 'testified', 'signaled', 'signalled',
  'vowed', 'promised', 'pledged', 'reported', 'remarked', 'observed', 'complained', 'lamented', 'alleged', 'alleges',
  'dijo', 'dice', 'dijeron', 'afirmo', 'afirma', 'afirmaron', 'sostuvo', 'sostiene', 'sostuvieron', 'aseguro', 'asegura',
  'aseguraron', 'senalo', 'senala', 'senalaron', 'indico', 'indica', 'indicaron', 'advirtio', 'advierte', 'advirtieron',
  'declaro', 'declara', 'declararon', 'explico', 'explica', 'explicaron', 'reitero', 'reitera', 'subrayo', 'subraya',
  'destaco', 'destaca', 'insistio', 'insiste', 'anadio', 'agrego', 'agregaron', 'comento', 'considero', 'considera',
  'consideran', 'expreso', 'preciso', 'apunto', 'reconocio', 'reconoce', 'admitio', 'recordo', 'enfatizo',
  'manifesto', 'estimo', 'opino', 'informo', 'aclaro', 'confirmo', 'anuncio', 'cree', 'creen', 'alerto', 'denuncio', 'acuso',
  'respondio', 'puntualizo', 'recalco', 'asevero', 'planteo', 'admite', 'advertia', 'aseguraba', 'afirmaba', 'decia',
]);

/** "said"/"told" may drop their "that": "Ruiz said the army would stay". */
const BARE_CLAUSE_VERBS = new Set(['said', 'says', 'told', 'tells']);
/** Words that open a clause's subject after a bare "said". */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'it', 'i', 'the', 'his', 'her', 'their', 'its', 'there', 'a', 'an', 'this', 'these', 'those']);
/** Words after "said" that make it no clause: "said on Monday", "said to be", "said in a statement". */
const NOT_A_CLAUSE = new Set([
  'to', 'on', 'in', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'through', 'via', 'yesterday', 'today', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'earlier', 'later', 'late', 'early',
  'so', 'nothing', 'little', 'much', 'more', 'goodbye', 'yes', 'no', 'hello', 'of', 'about', 'by', 'for', 'with', 'from',
]);
/** Whom "told" speaks to, when it is not a named actor. */
const AUDIENCES = new Set([
  'reporters', 'journalists', 'the', 'lawmakers', 'legislators', 'senators', 'congress', 'supporters', 'an', 'a', 'him', 'her',
  'them', 'me', 'us', 'press', 'media', 'audience', 'crowd', 'students', 'officials', 'diplomats', 'investors', 'cnn', 'bbc',
]);
const NEGATORS = new Set(['not', 'never', 'didn', 'doesn', 'don', 'no', 'nunca', 'jamas', 'hasn', 'haven', 'won', 'wouldn']);
const COMPLEMENTIZERS = new Set(['that', 'que']);
/** A tag closing a sentence holds at most this many words: ", the minister said on Monday." */
const MAX_TAG_WORDS = 12;
const MIN_CLAUSE_WORDS = 4;
/** A clause ends at a colon, a semicolon, a dash or a participle tag that brings new words. */
const CLAUSE_STOP = /;|:(?=\s)|\s[—–]\s|,\s+(?:\p{L}+ing|according|aimed|añadiendo|agregando|señalando|según)(?![\p{L}])/iu;
/** A clause opened by one of these is background, not what was said ("While X pushes for…, Y says"). */
const SUBORDINATE_OPENERS = new Set(['while', 'although', 'though', 'if', 'as', 'when', 'because', 'since', 'whereas', 'aunque', 'mientras', 'si', 'cuando', 'porque']);
/** Words a closing tag may hold after its verb: time, venue, audience ("said on Monday in a statement"). */
const TAG_TAIL = new Set([
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'last', 'this',
  'week', 'night', 'morning', 'afternoon', 'evening', 'in', 'a', 'an', 'the', 'statement', 'interview', 'told', 'reporters',
  'journalists', 'at', 'news', 'press', 'conference', 'briefing', 'earlier', 'later', 'late', 'el', 'la', 'este', 'esta',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'ayer', 'hoy', 'en', 'un', 'una', 'comunicado',
  'entrevista', 'conferencia', 'de', 'prensa', 'matutina', 'mananera', 'also', 'tambien', 'ya', 'has', 'had', 'have', 'ha',
]);
const OPEN_MARK = /^["“«'‘—]/u;
const MAX_SENTENCE = 2000;

export interface IndirectInput {
  doc: CleanDocument;
  /** Mentions of each sentence, sorted by start. */
  mentionsOf: (sentence: number) => readonly ActorMention[];
  inQuote: (offset: number) => boolean;
  /** Direct quotes already found, for not repeating them. */
  direct: readonly ExtractedQuote[];
  dateOf: (story: number) => ExtractedQuote['date'];
}

interface Found {
  start: number;
  end: number;
  speaker: ActorId;
}

/** [start, end) of a reported clause from `start` to the sentence end (or a stop), trimmed. */
function clauseFrom(text: string, start: number, end: number): [number, number] {
  const stop = text.slice(start, end).search(CLAUSE_STOP);
  let e = stop === -1 ? end : start + stop;
  while (e > start && /[\s.,!?]/u.test(text.charAt(e - 1))) e -= 1;
  return [start, e];
}

function wordsIn(words: readonly WordToken[], start: number, end: number): number {
  return words.filter((w) => w.start >= start && w.end <= end).length;
}

/** "Ruiz said (that) …", "la canciller afirmó ayer que …". */
function verbClauses(text: string, words: readonly WordToken[], mentions: readonly ActorMention[], sStart: number, sEnd: number, inQuote: (o: number) => boolean): Found[] {
  const out: Found[] = [];
  for (let j = 0; j < words.length; j += 1) {
    const w = words[j];
    if (!w || !REPORTING.has(w.key) || inQuote(w.start)) continue;
    if (NEGATORS.has(words[j - 1]?.key ?? '') || NEGATORS.has(words[j - 2]?.key ?? '')) continue;
    // The clause: after "that"/"que" within a few words (no punctuation but commas on the way).
    let clauseStart = -1;
    for (let k = j + 1; k < words.length && k <= j + 7; k += 1) {
      const x = words[k];
      const prev = words[k - 1];
      if (!x || !prev || /[.;:!?"“”«»(]/u.test(text.slice(prev.end, x.start))) break;
      if (COMPLEMENTIZERS.has(x.key)) {
        clauseStart = words[k + 1]?.start ?? -1;
        break;
      }
    }
    if (clauseStart === -1 && BARE_CLAUSE_VERBS.has(w.key)) clauseStart = bareClause(text, words, mentions, j);
    if (clauseStart === -1 || inQuote(clauseStart) || OPEN_MARK.test(text.slice(clauseStart, clauseStart + 1))) continue;
    const speaker = subjectBefore(text, mentions, w.start, sStart);
    if (!speaker) continue;
    const [start, end] = clauseFrom(text, clauseStart, sEnd);
    if (wordsIn(words, start, end) >= MIN_CLAUSE_WORDS) out.push({ start, end, speaker });
  }
  return out;
}

/** "said the army would…", "told reporters the army would…": where the clause after a bare verb starts, or -1. */
function bareClause(text: string, words: readonly WordToken[], mentions: readonly ActorMention[], j: number): number {
  const w = words[j];
  let k = j + 1;
  if (w && (w.key === 'told' || w.key === 'tells')) {
    // Past the audience: "told reporters", "told the Senate committee", "told Ana Ruiz".
    const named = mentions.find((m) => m.start === words[k]?.start);
    if (named) k = words.findIndex((x) => x.start >= named.end);
    else if (AUDIENCES.has(words[k]?.key ?? '')) while (k < words.length && k <= j + 4 && isAudience(words, k)) k += 1;
    else return -1;
    if (k <= j + 1) return -1;
  }
  const next = words[k];
  const prev = words[k - 1];
  if (!next || !prev || NOT_A_CLAUSE.has(next.key) || !/^\s+$/u.test(text.slice(prev.end, next.start))) return -1;
  const isMention = mentions.some((m) => m.start === next.start);
  return CLAUSE_SUBJECTS.has(next.key) || isMention ? next.start : -1;
}

/** An audience word; an article only before one ("told the press", not "told the army would…"). */
function isAudience(words: readonly WordToken[], k: number): boolean {
  const key = words[k]?.key ?? '';
  if (!AUDIENCES.has(key)) return false;
  return !['the', 'a', 'an'].includes(key) || AUDIENCES.has(words[k + 1]?.key ?? '');
}

/** "According to X, …" / "Según X, …" at the start of a sentence. */
function sourceFirst(text: string, words: readonly WordToken[], mentions: readonly ActorMention[], sStart: number, sEnd: number): Found | null {
  const first = words[0];
  if (!first || !isSourceCue(first.key, words[1]?.key) || !/^[\s"'“«¿¡]*$/u.test(text.slice(sStart, first.start))) return null;
  const comma = firstComma(text, first.end, sEnd);
  if (comma === -1) return null;
  const cueIndex = first.key === 'segun' ? 0 : 1;
  const speaker = sourceAfter(text, mentions.filter((m) => m.end <= comma), words.filter((w) => w.end <= comma), cueIndex);
  if (!speaker) return null;
  const start = words.find((w) => w.start > comma)?.start ?? sEnd;
  const [s, e] = clauseFrom(text, start, sEnd);
  return wordsIn(words, s, e) >= MIN_CLAUSE_WORDS ? { start: s, end: e, speaker } : null;
}

/** Commas searched inside the sentence only, so that a 10 MB line of comma-less sentences stays linear. */
function firstComma(text: string, from: number, to: number): number {
  const at = text.slice(from, to).indexOf(',');
  return at === -1 ? -1 : from + at;
}

/** The last comma in [from, to), or -1. */
function lastComma(text: string, from: number, to: number): number {
  const at = text.slice(from, to).lastIndexOf(',');
  return at === -1 ? -1 : from + at;
}

/** "…, according to X." / "…, Ruiz said." / "…, dijo la canciller." closing the sentence. */
function tagLast(text: string, words: readonly WordToken[], mentions: readonly ActorMention[], sStart: number, sEnd: number): Found | null {
  const last = lastComma(text, sStart, sEnd);
  // ", said Ana Ruiz, the foreign minister.": the tag may be followed by an apposition.
  return tagAt(text, words, mentions, sStart, sEnd, last) ?? (last > sStart ? tagAt(text, words, mentions, sStart, sEnd, lastComma(text, sStart, last)) : null);
}

function tagAt(text: string, words: readonly WordToken[], mentions: readonly ActorMention[], sStart: number, sEnd: number, comma: number): Found | null {
  if (comma <= sStart || /["”»’]/u.test(text.charAt(comma - 1)) || /^\s*["“«]/u.test(text.slice(comma + 1, comma + 4))) return null;
  const tail = words.filter((w) => w.start > comma);
  if (tail.length === 0 || tail.length > MAX_TAG_WORDS) return null;
  const tailMentions = mentions.filter((m) => m.start > comma);
  let speaker: ActorId | null = null;
  const cue = tail.findIndex((w, i) => isSourceCue(w.key, tail[i + 1]?.key) || REPORTING.has(w.key));
  const verb = tail[cue];
  if (!verb) return null;
  if (isSourceCue(verb.key, tail[cue + 1]?.key)) {
    if (cue !== 0) return null;
    speaker = sourceAfter(text, tailMentions, tail, verb.key === 'segun' ? 0 : 1);
  } else {
    const subject = subjectBefore(text, tailMentions, verb.start, comma + 1);
    // The tag is only subject and verb and time words (", Ruiz said on Monday"), or verb and speaker
    // (", dijo la canciller Ruiz"): a verb with an object of its own opens a new clause.
    const rest = tail.slice(cue + 1).filter((w) => !tailMentions.some((m) => m.start <= w.start && w.end <= m.end));
    speaker = subject !== null && rest.every((w) => TAG_TAIL.has(w.key)) ? subject : cue === 0 ? speakerClosing(text, tailMentions, tail, sEnd) : null;
  }
  if (!speaker) return null;
  const first = words[0];
  if (!first) return null;
  if (SUBORDINATE_OPENERS.has(first.key)) return null;
  const [s, e] = clauseFrom(text, first.start, comma);
  if (OPEN_MARK.test(text.slice(sStart, sStart + 1)) || text.slice(sStart, first.start).trim() !== '') return null;
  return wordsIn(words, s, e) >= MIN_CLAUSE_WORDS ? { start: s, end: e, speaker } : null;
}

/** ", said Ana Ruiz." / ", dijo la canciller Ruiz, …": the speaker after the verb ends the sentence or opens an apposition. */
function speakerClosing(text: string, mentions: readonly ActorMention[], tail: readonly WordToken[], sEnd: number): ActorId | null {
  const actor = sourceAfter(text, mentions, tail, 0);
  const m = mentions.find((x) => x.actor === actor);
  return actor && m && /^\s*(?:,|[.!?"”»’)\s]*$)/u.test(text.slice(m.end, sEnd)) ? actor : null;
}

/** Share of [start, end) covered by direct quotes. */
function directShare(direct: readonly ExtractedQuote[], start: number, end: number): number {
  let covered = 0;
  for (const q of direct) covered += Math.max(0, Math.min(end, q.end) - Math.max(start, q.start));
  return covered / Math.max(1, end - start);
}

/** A clause in capitals is a headline or a promo line ("MEXICO WILL NEVER…"), not reported words. */
function shouting(clause: string): boolean {
  const letters = clause.match(/\p{L}/gu) ?? [];
  const upper = clause.match(/\p{Lu}/gu) ?? [];
  return letters.length > 0 && upper.length / letters.length > 0.6;
}

export function indirectQuotes(input: IndirectInput): ExtractedQuote[] {
  const { doc, inQuote, direct } = input;
  const { text } = doc;
  const out: ExtractedQuote[] = [];
  const seen = new Set<string>();
  // Direct quotes by sentence, so the overlap check stays linear in a document full of quotes.
  const directOf = new Map<number, ExtractedQuote[]>();
  for (const q of direct) {
    const list = directOf.get(q.sentence);
    if (list) list.push(q);
    else directOf.set(q.sentence, [q]);
  }
  doc.sentences.forEach((sentence, index) => {
    const block = doc.blocks[sentence.block];
    if (!block || (block.kind !== 'body' && block.kind !== 'related')) return;
    if (sentence.end - sentence.start > MAX_SENTENCE || inQuote(sentence.start)) return;
    const mentions = input.mentionsOf(index).filter((m) => !inQuote(m.start));
    if (mentions.length === 0) return;
    const words = wordTokens(text, sentence.start, sentence.end);
    const found = [
      ...verbClauses(text, words, mentions, sentence.start, sentence.end, inQuote),
      sourceFirst(text, words, mentions, sentence.start, sentence.end),
      tagLast(text, words, mentions, sentence.start, sentence.end),
    ];
    for (const f of found) {
      if (!f || f.end <= f.start || directShare(directOf.get(index) ?? [], f.start, f.end) >= 0.6 || shouting(text.slice(f.start, f.end))) continue;
      const key = `${f.start}:${f.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        direct: false,
        speaker: f.speaker,
        sentence: index,
        context: { start: sentence.start, end: sentence.end },
        date: input.dateOf(sentence.story),
      });
    }
  });
  return out;
}
