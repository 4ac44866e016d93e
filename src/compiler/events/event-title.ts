/**
 * A short, headline-like event title made only of the source's own words: the
 * clause around the trigger. A leading adverbial ("Meanwhile,", "In response,",
 * "Por otra parte,") is dropped; a long clause is cut at its best boundary after
 * the trigger (a comma, then a relative or subordinate clause, then a
 * preposition), never on an article, preposition or conjunction, and a quote
 * the cut leaves open is closed. When the subject's titles make it too long they
 * are dropped before the name ("Foreign Minister Ana Ruiz" → "Ana Ruiz"). A
 * pronoun opening the title gives way to the name of the person it was resolved
 * to, in the document's own words. Nothing is paraphrased or added.
 */
import type { ActorId } from '../../schema/timeline';
import { demonymCountry, isDomainWord, isTitle } from '../actors/actor-lexicon';
import { wordTokens, type WordToken } from '../actors/word-tokens';
import { isCueWord } from '../quotes/speech-cues';
import { isAbbreviation } from '../text/sentences';
import { MONTHS } from '../dates/lexicon';
import type { ActorMention } from '../model';
import { breaksSetting, cutsDate, governsNoun, isArticle, isDangling, isPreposition, isSourceOpener, isSubjectPronoun, isSubordinator, opensAdverbial, opensClause } from './title-words';

/** Longest title, in characters (a headline). */
const LIMIT = 90;
/** A title shorter than this is not worth cutting down to. */
const MIN_CHARS = 24;
/** Words before the trigger longer than this may be only the setting of the trigger's clause. */
const LONG_SETTING = 45;
/** Clause breaks; a colon between digits ("9:30") is a time, not a break. A bar parts a live blog's time stamp from its entry. */
const HARD_BREAK = /[;—–()[\]"“”«»|]|(?<!\d):|:(?!\d)|\s-\s/gu;
/** A short quote inside running words ('would "never accept" troops') is part of its clause. */
const INLINE_QUOTE = /(?<=[\p{L}\p{N},][ \u00a0])["“«‘][^"“”«»‘’\n]{1,60}["”»’](?=[\s,.;:!?]|$)/gu;

export interface TitleContext {
  /** Actor mentions in the event's sentence, sorted by start. */
  mentions?: readonly ActorMention[];
  /** The words this document names an actor with ("Ruiz"), for a pronoun that opens a title. */
  nameOf?: (actor: ActorId) => string | null;
}

/** [start, end) of the clause holding [s, e) inside the sentence [start, end). */
export function clauseAround(text: string, start: number, end: number, s: number, e: number): [number, number] {
  return clauseWith(text, start, end, s, e, nameParentheses(text, start, end));
}

/** "Sen. Jane Roe (D-Conn.) warned", "Juan Pérez (PRI) dijo": a short parenthesis after a name is part of it, no clause break. */
const NAME_PARENTHESIS = /(?<=\p{Lu}[\p{L}\p{M}'’-]*\s)\([^()\n]{1,24}\)/gu;

function nameParentheses(text: string, start: number, end: number): Set<number> | null {
  const sentence = text.slice(start, end);
  if (!sentence.includes('(')) return null;
  const marks = new Set<number>();
  NAME_PARENTHESIS.lastIndex = 0;
  for (let m = NAME_PARENTHESIS.exec(sentence); m; m = NAME_PARENTHESIS.exec(sentence)) {
    marks.add(start + m.index);
    marks.add(start + m.index + m[0].length - 1);
  }
  return marks.size ? marks : null;
}

function clauseWith(text: string, start: number, end: number, s: number, e: number, skip: Set<number> | null): [number, number] {
  let from = start;
  let to = end;
  HARD_BREAK.lastIndex = 0;
  const sentence = text.slice(start, end);
  for (let m = HARD_BREAK.exec(sentence); m; m = HARD_BREAK.exec(sentence)) {
    const at = start + m.index;
    if (skip?.has(at)) continue;
    if (at + m[0].length <= s) from = at + m[0].length;
    else if (at >= e) {
      to = at;
      break;
    }
  }
  return [from, to];
}

/** Offsets of the marks of short inline quotes in the sentence. */
function inlineQuoteMarks(text: string, start: number, end: number): Set<number> {
  const marks = new Set<number>();
  INLINE_QUOTE.lastIndex = 0;
  const sentence = text.slice(start, end);
  for (let m = INLINE_QUOTE.exec(sentence); m; m = INLINE_QUOTE.exec(sentence)) {
    marks.add(start + m.index);
    marks.add(start + m.index + m[0].length - 1);
  }
  return marks;
}

/** A clause this short ("he said") says too little alone: the sentence is used instead. */
const MIN_WORDS = 4;

// A straight mark followed by a space closes a quotation ('…to keep," she told'): it opens nothing.
const OPENING = /^\s*[:,]?\s*(?:["']|[“«‘])(?!\s)/u;
const CLOSING = /["”»'’]\s*[,.]?\s*$/u;
const QUOTE_END = /["”»’']/gu;
/** A quote longer than this is cut where the title's length rules cut it. */
const QUOTE_REACH = 160;

/**
 * A clause cut off by quote marks says too little alone ("the call was", "Said X, director of"):
 * the quoted words it introduces or that it tags belong in its title.
 */
function withQuote(text: string, start: number, end: number, cs: number, ce: number, s: number): [number, number] {
  let from = cs;
  let to = ce;
  if (OPENING.test(text.slice(ce, Math.min(end, ce + 4)))) {
    const open = ce + (text.slice(ce, end).search(/["“«'‘]/u) + 1);
    QUOTE_END.lastIndex = open;
    const close = QUOTE_END.exec(text.slice(0, Math.min(end, open + QUOTE_REACH)));
    to = close ? close.index + 1 : Math.min(end, open + QUOTE_REACH);
  }
  const before = text.slice(Math.max(start, cs - 4), cs);
  // A straight mark right before the clause's first letter opened the quotation the clause is in: a title of the
  // quotation's first words starts at it (one whose trigger lies further on starts nearer the trigger, as before).
  if (/["']$/u.test(before) && /^[\p{L}\p{N}¿¡]/u.test(text.charAt(cs))) return s - cs <= LONG_SETTING ? [cs - 1, to] : [from, to];
  if (CLOSING.test(before) && (/^\s*\p{Ll}/u.test(text.slice(cs, ce)) || isSpeechTag(text, cs, ce))) {
    // '"…," said X', '"…," Ruiz said in a statement': the tag follows its quote; the title starts where the quote does.
    const opener = text.slice(Math.max(start, cs - QUOTE_REACH), cs - 1).search(/["“«‘][^"“«‘]*$/u);
    from = opener === -1 ? start : Math.max(start, cs - QUOTE_REACH) + opener;
  }
  return [from, to];
}

/** How many words a speech tag may hold before its verb ("Ana Ruiz, the minister, said" is past it). */
const TAG_WORDS = 4;

/** '…," Ruiz said at her news conference': a clause that opens with a speaker and a speech verb. */
function isSpeechTag(text: string, cs: number, ce: number): boolean {
  const words = wordTokens(text, cs, Math.min(ce, cs + 60)).slice(0, TAG_WORDS);
  return words.some((_, j) => isCueWord(words, j));
}

/** A comma that separates clauses: not inside a number ("1,000") nor before a year ("May 3, 2031"). */
function clauseCommas(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(',', from); i !== -1 && i < to; i = text.indexOf(',', i + 1)) {
    if (!/\s/u.test(text.charAt(i + 1))) continue;
    if (/\d$/u.test(text.slice(i - 1, i)) && /^\s\d{4}(?!\d)/u.test(text.slice(i + 1, i + 7))) continue;
    out.push(i);
  }
  return out;
}

function firstWordAt(words: readonly WordToken[], at: number): number {
  const i = words.findIndex((w) => w.start >= at);
  return i === -1 ? words.length : i;
}

interface Lead {
  from: number;
  /** The title must run at least to here (past a leading source, into the clause it sources). */
  reach: number;
  /** The title ends by here (a leading noun phrase ends at its comma). */
  end?: number;
}

/**
 * Drops what leads up to the event's own clause: a leading adverbial before its comma
 * ("Meanwhile,", "This week,", "Por otra parte,"), a background clause ("Although X said…,"),
 * connectives ("And", "Pero"). When the trigger is itself in a leading phrase ("In the wake of the
 * capture of X on May 3, …"), the title is that phrase's noun phrase, or the main clause when the
 * phrase is short ("In a May 3 interview, Ruiz said…").
 */
function dropLead(text: string, words: readonly WordToken[], cs: number, ce: number, s: number, e: number): Lead {
  let from = cs;
  for (let round = 0; round < 4; round += 1) {
    const i = firstWordAt(words, from);
    const first = words[i];
    if (!first) break;
    // Words inside a quotation are the speaker's: no lead of the story's sentence to drop.
    if (/[\p{L}"“«‘]/u.test(text.slice(from, first.start))) break;
    const comma = clauseCommas(text, from, ce)[0] ?? ce;
    const segment = words.slice(i, firstWordAt(words, comma));
    const keys = segment.map((w) => w.key);
    const after = words.slice(firstWordAt(words, comma)).filter((w) => w.end <= ce);
    const afterComma = after[0]?.start ?? ce;
    // "Although …," and "Speaking to … in a hangar on the post," may run long and still only lead.
    const maxWords = isSubordinator(first.key) || /^\p{L}{3,}(?:ing|ando|iendo)$/u.test(first.key) ? 20 : 12;
    const adverbial = segment.length <= maxWords && opensAdverbial(keys);
    if (comma < s && adverbial) {
      from = afterComma;
      continue;
    }
    if (comma >= e && segment.length <= maxWords + 4 && opensAdverbial(keys)) {
      if (isSourceOpener(keys)) return { from, reach: after[Math.min(3, after.length - 1)]?.end ?? e };
      if (isSubordinator(first.key)) return { from: segment[1]?.start ?? from, reach: e };
      // The noun phrase holding the trigger: back from it to the word that governs it.
      const t = segment.findIndex((w) => w.start >= s);
      let k = t;
      while (k > 0 && k > t - 4 && !governsNoun(segment[k - 1]?.key ?? '')) k -= 1;
      // Only a phrase that a comma parts from the main clause leads it: "El 24 de febrero México extraditó" has none.
      // …and the happening's noun is followed by what it governs ("the capture of X", "the call on May 3"), not by a verb.
      const next = segment[t + 1]?.key;
      const nounPhrase = next === undefined || governsNoun(next) || MONTHS[next] !== undefined || /^\d/u.test(next);
      if (comma < ce && nounPhrase && k > 0 && governsNoun(segment[k - 1]?.key ?? '')) {
        if (isArticle(segment[k]?.key ?? '')) k += 1;
        const phrase = segment.slice(k);
        // "El 24 de febrero México extraditó…": a month is the date of the clause, not a happening it governs.
        if (phrase.length >= MIN_WORDS && MONTHS[phrase[0]?.key ?? ''] === undefined) return { from: phrase[0]?.start ?? from, reach: e, end: comma };
      }
      // "In a March 2 interview, Ruiz said…": the main clause tells what was said there.
      // (A long clause before the comma is the event's own: "El 24 de febrero México extraditó a X, alias …".)
      if (comma < ce && after.length >= MIN_WORDS && segment.length <= SHORT_LEAD) return { from: afterComma, reach: afterComma };
      break;
    }
    if (CONNECTIVES.has(first.key) && first.end <= s && text.charAt(first.end) !== ',') {
      from = words[i + 1]?.start ?? from;
      continue;
    }
    break;
  }
  return { from, reach: e };
}

/** A leading phrase of at most this many words may be only the setting of the main clause after its comma. */
const SHORT_LEAD = 8;

/** Marks that open or close a quotation inside a sentence (an apostrophe is not one). */
const QUOTE_MARKS = /["“”«»]/u;

const UNNAMED_SUBJECTS = new Set(['it', 'they', 'we', 'i', 'you', 'this', 'these', 'those', 'there', 'ellos', 'ellas', 'esto', 'eso']);

const CONNECTIVES = new Set(['and', 'but', 'so', 'yet', 'which', 'that', 'y', 'pero', 'que', 'mientras', 'while']);

/**
 * When the words before the trigger are only the setting of another clause ("This stance comes
 * amid tensions after X expressed…", "The call came after statements in which he ruled out…"),
 * the clause that holds the trigger starts after its subordinator.
 */
/** What opens a clause's own subject: a determiner, or a capitalised name. */
const SUBJECT_OPENER = /^\s+(?:(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas)\s|\p{Lu})/u;

function settingBreak(text: string, words: readonly WordToken[], from: number, s: number, needed: boolean): number {
  let best = -1;
  let quoted = false;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || w.start <= from) continue;
    if (w.end > s) break;
    // "…are going after its bankers," said X': a word inside a quotation breaks no clause of the story.
    if (QUOTE_MARKS.test(text.slice(words[i - 1]?.end ?? from, w.start))) quoted = !quoted;
    if (quoted) continue;
    // "X praised the units … since last year and said …": a verb joined by "and" has its subject before any break.
    if (w.end <= s && words[i + 1] !== undefined && words[i + 1]!.start >= s && ['and', 'y', 'e'].includes(w.key)) return -1;
    const prev = words[i - 1]?.key ?? '';
    const prev2 = words[i - 2]?.key ?? '';
    const relative = ['which', 'que', 'cual', 'quien'].includes(w.key) && (governsNoun(prev) || (isArticle(prev) && governsNoun(prev2)));
    const as = w.key === 'as' && !['such', 'well', 'so'].includes(prev) && words[i + 1]?.key !== 'well';
    const coordinated = ['but', 'pero', 'whereas'].includes(w.key) && /,\s*$/u.test(text.slice(Math.max(0, w.start - 3), w.start));
    // "X insists that…" is what X said: only cut off when the trigger cannot be reached otherwise.
    const gapBefore = text.slice(words[i - 1]?.end ?? w.start, w.start);
    const complement = (w.key === 'that' || w.key === 'que') && (!needed || !/^\s+$/u.test(gapBefore) || !/^\p{Ll}/u.test(prev));
    // "…, Ana Ruiz, explicó que los presos fueron trasladados": with the trigger out of reach, what was said holds it.
    // Only after a verb of saying, with the clause's own subject next ("que los presos", "que Ruiz"), never "se espera que lo haga".
    const saidThat = needed && w.key === 'que' && isCueWord(words, i - 1) && SUBJECT_OPENER.test(text.slice(w.end, w.end + 40));
    if (((breaksSetting(w.key) || saidThat) && !complement) || relative || as || coordinated) best = i + 1;
  }
  const next = words[best];
  if (best === -1 || !next || next.end > s) return -1;
  // An unresolved pronoun ("it has intensified…") would leave the title without its subject.
  if (UNNAMED_SUBJECTS.has(next.key)) return -1;
  return next.start;
}

/** How good a place to end a title is, right after word `w` with `next` following it. */
function endRank(text: string, w: WordToken, next: WordToken | undefined, ce: number): number {
  if (!next || next.start >= ce) return 3;
  const gap = text.slice(w.end, next.start);
  // Never inside a number ("10,000", "9:30") or a hyphenated word.
  if (!/\s/u.test(gap)) return -Infinity;
  // "U.S. support", "on Jan. 3", "said Rep. Ruiz": the full stop of an abbreviation ends nothing.
  if (/^\./u.test(gap) && (w.end - w.start <= 2 || isAbbreviation(text.slice(w.start, w.end)))) return -Infinity;
  if (/[.!?]/u.test(gap)) return 4;
  if (/[,;]/u.test(gap)) return 3;
  // Never inside a name ("the United | States"), a number or a hyphenated word.
  if ((w.capitalized && next.capitalized && /^\s+$/u.test(gap)) || !/\s/u.test(gap)) return -Infinity;
  if (/["”»’]/u.test(gap)) return 2;
  if (opensClause(next.key)) return 2;
  if (next.key.length > 5 && /(?:ing|ando|iendo)$/u.test(next.key)) return 1;
  if (isPreposition(next.key) || next.key === 'and' || next.key === 'y') return 1;
  return 0;
}

interface Piece {
  from: number;
  to: number;
}

/** Title words (titles, demonyms, ministries) right before a named person: "U.S. Secretary of State". */
function titleRunBefore(text: string, words: readonly WordToken[], at: number, from: number): number {
  let i = firstWordAt(words, at) - 1;
  let runStart = at;
  while (i >= 0) {
    const w = words[i];
    if (!w || w.start < from) break;
    const isRole = isTitle(w.key) || demonymCountry(w.key) !== null || (w.capitalized && isDomainWord(w.key)) || ['of', 'de', 'del', 'u', 's', 'us'].includes(w.key);
    if (!isRole || /[,;:]/u.test(text.slice(w.end, runStart))) break;
    runStart = w.start;
    i -= 1;
  }
  // Never leave a dangling "of" at the front.
  return runStart;
}

/** Words that open a relative clause after a name: "Ana Ruiz, who…", "Ana Ruiz, quien…". */
const RELATIVES = new Set(['who', 'which', 'whose', 'quien', 'que', 'cuyo', 'cuya', 'whom']);

/** Words a description set off before a name may hold besides title words: "el secretario de Seguridad y Protección Ciudadana,". */
const DESCRIPTION_GLUE = new Set(['of', 'de', 'del', 'the', 'el', 'la', 'los', 'las', 'y', 'and', 's', 'para', 'en', 'for']);

/**
 * "El secretario de Seguridad y Protección Portuaria, Ivo Brask, dijo…": a description set off by a comma
 * before a named person, whose words are only titles, places, institutions' capitalised words and their glue; the
 * offset of its comma, or -1.
 */
function appositionBefore(text: string, words: readonly WordToken[], m: ActorMention, at: number): number {
  const comma = /,\s*$/u.exec(text.slice(at, m.start));
  if (!comma || !/^\s*,/u.test(text.slice(m.end, m.end + 3))) return -1;
  const end = at + comma.index;
  const own = words.filter((w) => w.start >= at && w.end <= end);
  if (own.length < 2 || own.length > 12 || !own.some((w) => isTitle(w.key))) return -1;
  const described = own.every((w) => isTitle(w.key) || DESCRIPTION_GLUE.has(w.key) || demonymCountry(w.key) !== null || isDomainWord(w.key) || w.capitalized);
  // One description, of one person: no comma inside it ("La senadora X, secretaria de …, América del Norte,").
  return described && !/[,;:()"“”«»]/u.test(text.slice(at, end)) ? end : -1;
}

/** Drops role titles in front of names between `from` and the trigger: "Mexican President Ana Ruiz" → "Ana Ruiz". */
function compressHead(text: string, words: readonly WordToken[], mentions: readonly ActorMention[], from: number, s: number): Piece[] {
  const pieces: Piece[] = [];
  let at = from;
  for (const m of mentions) {
    if (m.start < at || m.end > s || m.via === 'pronoun') continue;
    // A description set off before the name goes, and the comma that closes the apposition with it.
    if (at === from && appositionBefore(text, words, m, at) !== -1) {
      pieces.push({ from: m.start, to: m.end });
      // "…, Ana Ruiz, quien la acompañó, informó": a relative clause keeps its commas.
      const close = /^\s*,\s*/u.exec(text.slice(m.end))?.[0].length ?? 0;
      const next = words[firstWordAt(words, m.end + close)]?.key ?? '';
      at = RELATIVES.has(next) ? m.end : m.end + close;
      continue;
    }
    const runStart = titleRunBefore(text, words, m.start, at);
    if (runStart >= m.start) continue;
    // Only at the head of a noun phrase: at the clause start or after "and"/"y"/a comma.
    const before = text.slice(at, runStart);
    if (runStart !== at && !/(?:\band|\by|,)\s*$/u.test(before)) continue;
    if (runStart > at) pieces.push({ from: at, to: runStart });
    at = m.start;
  }
  pieces.push({ from: at, to: s });
  return pieces;
}

function piecesLength(pieces: readonly Piece[]): number {
  return pieces.reduce((n, p) => n + (p.to - p.from) + 1, -1);
}

/** Words before an infinitive: "would enable", "to stop", "para frenar"; what follows is its object. */
const BEFORE_INFINITIVE = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'to', 'para', 'podria', 'puede', 'debe', 'busca']);

/** A title ending right before one of these has cut its subject from its verb ("these designations | would"). */
const MODALS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must']);

/** Ending after word i would cut an infinitive from its object ("would enable | the United States"). */
function cutsObject(words: readonly WordToken[], i: number): boolean {
  return isArticle(words[i + 1]?.key ?? '') && BEFORE_INFINITIVE.has(words[i - 1]?.key ?? '');
}

/** Chooses where the title ends: the best-ranked word end that keeps it under the limit. */
function chooseEnd(text: string, words: readonly WordToken[], head: readonly Piece[], headEnd: number, ce: number, mustReach: number): number {
  const headLength = piecesLength(head);
  if (headLength + (ce - headEnd) <= LIMIT) return ce;
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || w.end < mustReach || w.end > ce) continue;
    const length = headLength + (w.end - headEnd);
    if (length > LIMIT) break;
    // The trigger's own last word may be a particle ("handed over", "stepped down"): it ends nothing short.
    if (length < MIN_CHARS || (isDangling(w.key) && !(w.end === mustReach && PARTICLES.has(w.key))) || cutsDate(w.key, words[i + 1]?.key)) continue;
    let score = endRank(text, w, words[i + 1], ce) * 20 + length * 0.6;
    // "Ruiz declared on Friday": a title that stops right after its verb says little.
    if (w.end - mustReach < 14 && ce - w.end > 20) score -= 40;
    // "…and urged": a verb cut off from its object.
    const joined = !/[,;.!?"”»]/u.test(text.slice(w.end, words[i + 1]?.start ?? ce));
    if (/(?:ed|ing)$/u.test(w.key) && joined) score -= 20;
    // "…would enable | the United States": the next words are the object the title would lose.
    else if (joined && cutsObject(words, i)) score -= 20;
    if (score > bestScore) {
      bestScore = score;
      best = w.end;
    }
  }
  return best;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '"': '"' };

/** Marks that open a quotation or close one with nothing open (a lone '’' is an apostrophe and changes nothing). */
const QUOTE_MARK = /["“”«»‘]/u;

/** Closes a quote the cut left open (or drops one opened on its last word); drops stray closers. */
function balanceQuotes(title: string): string {
  // Most titles hold no quotation mark: the character-by-character copy below would give them back unchanged.
  if (!QUOTE_MARK.test(title)) return title;
  const open: { mark: string; at: number }[] = [];
  let out = '';
  for (const ch of title) {
    const closesStraight = ch === '"' && open[open.length - 1]?.mark === '"';
    if (closesStraight || ch === '”' || ch === '»' || (ch === '’' && open[open.length - 1]?.mark === '‘')) {
      if (open.length === 0) continue;
      open.pop();
    } else if (ch === '"' || ch === '“' || ch === '«' || ch === '‘') {
      open.push({ mark: ch, at: out.length });
    }
    out += ch;
  }
  while (open.length > 0) {
    const last = open.pop();
    if (!last) break;
    const inside = out.slice(last.at + 1).trim();
    if ((inside.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) {
      out = out.slice(0, last.at).trimEnd();
    } else {
      out = `${out.trimEnd().replace(/[,;:]$/u, '')}…${PAIRS[last.mark] ?? ''}`;
    }
  }
  return out;
}

/**
 * A cut at a word's end leaves the parenthesis of a short name open ("the Harbor Authority Office (HAO"):
 * it is closed, as the text closes it. A longer one left open goes, with what it holds.
 */
function closeParenthesis(title: string): string {
  const open = title.lastIndexOf('(');
  if (open === -1 || title.indexOf(')', open) !== -1) return title;
  const inside = title.slice(open + 1);
  if (inside.length <= 24 && !/[,;]/u.test(inside)) return `${title})`;
  return trimDangling(title.slice(0, open).trimEnd());
}

/** Markdown emphasis ("**Ruiz: no**", "*Read more*", "__x__") is markup, not words. */
const EMPHASIS = /(?<![\p{L}\p{N}])(?:\*{1,3}|_{2,3})(?=\S)|(?<=\S)(?:\*{1,3}|_{2,3})(?![\p{L}\p{N}])/gu;
/** A list item's bullet ("- ", "-- ", "• ", "* ") opens the line, not the sentence. */
const BULLET = /^(?:[-–—•·▪*]{1,2}|\d{1,2}[.)])\s+/u;
/**
 * What opens a post or a quoted line, not the sentence: a channel's emoji ("🎙️ El
 * gobernador …"), a mail quote's "> ", a reply's "@handle ", a dialogue line's dash
 * glued to its first word ("—Estas personas …").
 */
const LINE_OPENER = /^(?:(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u200d\ufe0f\u20e3])+\s*|>\s+|@[\p{L}\p{N}_.]{2,30}\s+|[\u2014\u2015](?=\p{L}))/u;

function tidy(piece: string): string {
  return piece
    .replace(EMPHASIS, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(BULLET, '')
    .replace(LINE_OPENER, '')
    .replace(/^[,.;:\s]+|[,;:\s]+$/gu, '');
}

/** Words that end a phrasal verb ("handed over", "called off") as well as open a phrase. */
const PARTICLES = new Set(['over', 'off']);

/** Drops articles, prepositions and conjunctions the cut left at the end. */
function trimDangling(title: string): string {
  let out = title;
  for (let guard = 0; guard < 6; guard += 1) {
    const m = /[\s,]+([\p{L}]+)[,.;:]?$/u.exec(out);
    const key = m?.[1]?.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (!m || !key || !isDangling(key)) break;
    // "…was handed over", "…were sent off": a verb's particle, not a preposition left open.
    if (PARTICLES.has(key) && /\p{L}{2,}(?:ed|en)$/u.test(out.slice(0, m.index))) break;
    out = out.slice(0, m.index);
  }
  return out.replace(/[\s,;:]+$/u, '');
}

/**
 * "She warned …" → "Ruiz warned …", "the head of state rejected…" → "Ruiz rejected…": the referent
 * the pronoun or description was resolved to, in the document's own words.
 */
function namedSubject(text: string, from: number, context: TitleContext): { length: number; name: string } | null {
  const article = /^(?:the|el|la)\s+/iu.exec(text.slice(from, from + 5))?.[0].length ?? 0;
  const m = context.mentions?.find((x) => (x.start === from || x.start === from + article) && (x.via === 'pronoun' || x.via === 'alias'));
  if (!m) return null;
  const words = text.slice(from, m.end);
  const first = /^[\p{L}]+/u.exec(words)?.[0]?.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() ?? '';
  const replaceable = m.via === 'pronoun' ? isSubjectPronoun(first) : isArticle(first) && /^\p{L}+\s+\p{Ll}/u.test(words);
  const name = replaceable ? context.nameOf?.(m.actor) : null;
  if (!name) return null;
  // "El embajador de X, Ana Ruiz, se reunió": the apposition already names them; it goes with the description.
  const apposition = context.mentions?.find((x) => x.start > m.end && x.actor === m.actor && /^\s*,\s*$/u.test(text.slice(m.end, x.start)));
  const closing = apposition ? /^\s*,/u.exec(text.slice(apposition.end, apposition.end + 4)) : null;
  if (apposition && closing) return { length: apposition.end + closing[0].length - from, name };
  return { length: words.length, name };
}

/**
 * The title of a dated noun event told inside another event's clause ("handed over X, accused in
 * the 1985 killing of Y"): its own noun phrase, from its date words when they stand right before it
 * ("1985 killing of Y") to the next clause break.
 */
export function nounPhraseTitle(text: string, end: number, s: number, dateStart: number | null): string {
  const from = dateStart !== null && dateStart < s ? dateStart : s;
  // An initial's full stop ("a U.S. agent") ends nothing.
  const stop = /[,;!?()—–]|(?<![\s.]\p{Lu})\.|\s-\s/u.exec(text.slice(s, end));
  let to = stop ? s + stop.index : end;
  if (to - from > LIMIT) {
    const space = text.lastIndexOf(' ', from + LIMIT);
    to = space > s ? space : from + LIMIT;
  }
  const title = closeParenthesis(balanceQuotes(trimDangling(tidy(text.slice(from, to)))));
  return title.charAt(0).toUpperCase() + title.slice(1);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** "the U.S.": a title that ends on an initial keeps its full stop. */
const INITIAL_AT_END = /(?:^|[\s.])\p{L}\.$/u;

/** Whether `piece` holds at least `count` words (counting stops there). */
function hasWords(piece: string, count: number): boolean {
  WORD.lastIndex = 0;
  let found = 0;
  while (found < count && WORD.exec(piece)) found += 1;
  return found >= count;
}

/** Opening quotation marks and the mark that closes each. */
const CLOSER: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’' };

/**
 * '"Now it is the same feeling," he told me' → 'Hale: "Now it is the same feeling"': a quotation
 * whose tag names its speaker only by a pronoun or a description ("he said", "afirmó el canciller")
 * is headed by the name the document gives that speaker. Null when the tag names no one, names
 * them already, or could be about two people.
 */
function quoteWithSpeaker(text: string, from: number, end: number, context: TitleContext): string | null {
  const close = CLOSER[text.charAt(from)];
  if (!close || !context.nameOf) return null;
  const closeAt = text.indexOf(close, from + 1);
  if (closeAt === -1 || closeAt >= end) return null;
  const tag = text.slice(closeAt + 1, end);
  if (/\p{Lu}/u.test(tag) || !/^[\s,.;:]*\p{Ll}/u.test(tag)) return null;
  const inTag = (context.mentions ?? []).filter((m) => m.start > closeAt && m.end <= end);
  const actors = new Set(inTag.map((m) => m.actor));
  const [mention] = inTag;
  if (actors.size !== 1 || !mention || (mention.via !== 'pronoun' && mention.via !== 'alias')) return null;
  // The tag must be a speech tag, with its verb within its first few words.
  if (!isSpeechTag(text, closeAt + 1, end)) return null;
  const name = context.nameOf(mention.actor)?.replace(/\s+/gu, ' ');
  if (!name) return null;
  const words = text.slice(from + 1, closeAt).replace(/\s+/gu, ' ').trim().replace(/[,.;:]+$/u, '');
  const room = LIMIT - name.length - 4;
  if (room < MIN_CHARS) return null;
  if (words.length <= room) return `${name}: ${text.charAt(from)}${words}${close}`;
  const cut = words.lastIndexOf(' ', room - 1);
  return `${name}: ${text.charAt(from)}${words.slice(0, cut > MIN_CHARS ? cut : room).replace(/[,.;:]+$/u, '')}…${close}`;
}

export function eventTitle(text: string, start: number, end: number, s: number, e: number, context: TitleContext = {}): string {
  let [cs, ce] = clauseWith(text, start, end, s, e, new Set([...inlineQuoteMarks(text, start, end), ...(nameParentheses(text, start, end) ?? [])]));
  [cs, ce] = withQuote(text, start, end, cs, ce, s);
  if (!hasWords(text.slice(cs, ce), MIN_WORDS)) [cs, ce] = [start, end];
  while (ce > cs && /[\s.!?]/u.test(text.charAt(ce - 1))) ce -= 1;
  const words = wordTokens(text, cs, ce);
  const lead = dropLead(text, words, cs, ce, s, e);
  let from = lead.from;
  if (lead.end !== undefined) ce = lead.end;
  let rest = words.slice(firstWordAt(words, from));

  let head: Piece[] = [{ from, to: Math.max(from, s) }];
  let headEnd = Math.max(from, s);
  let to = chooseEnd(text, rest, head, headEnd, ce, lead.reach);
  if (to === -1 || s - from > LONG_SETTING) {
    // The words before the trigger are the setting of another clause: start at the trigger's own.
    const own = settingBreak(text, rest, from, s, to === -1);
    if (own !== -1) {
      const ownHead = [{ from: own, to: Math.max(own, s) }];
      const ownTo = chooseEnd(text, rest, ownHead, headEnd, ce, lead.reach);
      if (ownTo !== -1) [from, head, to, rest] = [own, ownHead, ownTo, words.slice(firstWordAt(words, own))];
    }
  }
  // '…had been "very productive': a word right before a closing mark takes the mark, so the quotation stays whole.
  if (to !== -1 && /["”»’]/u.test(text.charAt(to)) && /[\s,.;:!?]|^$/u.test(text.charAt(to + 1))) to += 1;
  const cutAt = rest.findIndex((w) => w.end === to);
  if (cutAt !== -1 && (cutsObject(rest, cutAt) || MODALS.has(rest[cutAt + 1]?.key ?? '')) && !/[,;.!?"”»]/u.test(text.slice(to, rest[cutAt + 1]?.start ?? ce))) {
    // Titles before the name give the object room: "Jane Roe said … would enable the X to…".
    const short = compressHead(text, rest, context.mentions ?? [], from, Math.max(from, s));
    const shortTo = short.length > 1 ? chooseEnd(text, rest, short, headEnd, ce, lead.reach) : -1;
    const shortAt = rest.findIndex((w) => w.end === shortTo);
    if (shortTo > to && !cutsObject(rest, shortAt)) [head, to] = [short, shortTo];
  }
  if (to === -1) {
    // The trigger lies past the limit: first drop titles before names, then give up on reaching it.
    head = compressHead(text, rest, context.mentions ?? [], from, Math.max(from, s));
    to = chooseEnd(text, rest, head, headEnd, ce, lead.reach);
    if (to === -1) {
      head = [{ from, to: from }];
      headEnd = from;
      to = chooseEnd(text, rest, head, headEnd, ce, from);
    }
    if (to === -1) to = Math.min(ce, from + LIMIT);
  }
  // Pieces dropped from the head (titles before names) are joined by a space; the rest is verbatim.
  const parts = head.slice(0, -1).map((p) => text.slice(p.from, p.to));
  parts.push(text.slice(head[head.length - 1]?.from ?? from, Math.max(to, from)));

  const headed = quoteWithSpeaker(text, from, ce, context);
  if (headed) return headed;
  const subject = namedSubject(text, from, context);
  // A piece that opens with its comma (", quien…") joins without a space.
  let title = parts.filter((p) => p.trim() !== '').join(' ').replace(/ (?=[,;:])/gu, '').trimStart();
  // Only a title that still starts with the words the subject was read from (a compressed head does not).
  if (subject && title.length > subject.length && title.startsWith(text.slice(from, from + subject.length))) title = subject.name + title.slice(subject.length);
  // A stray closing mark the balance dropped may leave its comma behind ('…the United States,"').
  title = closeParenthesis(trimDangling(balanceQuotes(trimDangling(tidy(title))))).replace(/[,;:]+(["”»’])$/u, '$1');
  // A closing full stop goes; an initial's ("the U.S.") stays.
  if (!INITIAL_AT_END.test(title)) title = title.replace(/\.$/u, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
