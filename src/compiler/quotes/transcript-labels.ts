/**
 * Transcripts, every label style in one place: named speakers ("MAYA OKAFOR:
 * Why the change?" / "RAÚL ECHEVERRÍA: Because the port delivered."), a
 * hearing's "MR. ECHEVERRÍA. …", a briefing's "MR ECHEVERRÍA:" and
 * "QUESTION:", a stenographic version's "SECRETARIO DE PUERTOS, RAÚL
 * ECHEVERRÍA: …" and "INTERLOCUTORA:", a Q&A interview's "Raúl Echeverría: …"
 * then "RE: …", or its letters "Q:" / "A:" ("P:" / "R:"). A label names who
 * speaks until the next label: the paragraphs of prose after a labelled one go
 * on with the same turn, and a stage direction ("[LAUGHS]", "(APPLAUSE)") is no one's words: a turn
 * opening with one starts past it, and one inside a turn ends it. Every turn is a quote: a named label's is the person it
 * names (a name inside the label, a name the document spells the same way, a
 * surname past an honorific: "MR. ROE" is Jane Roe's; or initials: "JR" is Jane
 * Roe's); a question label's ("QUESTION:", "Q:", "PREGUNTA:", "REPORTER:") is
 * no one's unless the label names the reporter; an answer letter's is the
 * interviewee the introduction names (see qa-answers.ts). It refuses to guess: a
 * story needs at least two distinct labels and four labelled paragraphs to be a
 * transcript ("UPDATE:" or "WASHINGTON:" once is not), or a lettered question
 * and then its answer; an answer letter counts only after its question; and the
 * turns of a label that names no one the document knows ("RELATED:", "WATCH:")
 * are left out.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { ActorRegistry } from '../actors/actor-registry';
import type { ParagraphWords } from '../actors/paragraph-words';
import { isNameParticle, isTitle } from '../actors/actor-lexicon';
import { foldedWords } from '../actors/fold-text';
import { speakerLabel, type SpeakerLabel } from '../actors/speaker-labels';
import { ANSWER_OF, interviewee, letterLabel, type QaAnswer } from './qa-answers';
import { trimEnd } from './paragraph-runs';
import { standaloneLabel, type StandaloneLabel } from './standalone-labels';

const MIN_LABELS = 2;
const MIN_LINES = 4;
/** A paragraph that goes on with a turn reads as prose: it ends a sentence and opens with no bracket. */
const PROSE_END = /[.!?\u2026"'\u201d\u2019\u00bb)]\s*$/u;
const PROSE_START = /^\s*[\p{L}\p{N}"'\u201c\u2018\u00ab\u00bf\u00a1\u2014-]/u;

/** Labels of a reporter's question: the words are no one's the document knows, unless the label names the reporter. */
const QUESTION_LABELS = new Set(['q', 'p', 'question', 'questions', 'pregunta', 'reporter', 'reporters', 'reportero', 'reportera', 'periodista', 'interlocutor', 'interlocutora']);

/** A legislature's presiding officer ("The SPEAKER pro tempore.", "The CHAIR."): an office's words, no one's the page names. */
const PRESIDING = /^the (?:speaker|presiding officer|chair|chairman|chairwoman|clerk|(?:acting )?president)(?: pro tempore)?$/u;

/**
 * A stage direction in a turn: "[LAUGHS]", "[CROSSTALK]", "(APPLAUSE)", "(APLAUSOS)". In square brackets, a word or
 * few in capitals; in round ones, a longer word, as an acronym ("(PAN)", "(NAFTA)") is part of what is said.
 */
const STAGE_DIRECTION = /\[\p{Lu}[\p{Lu}\p{M} ]{3,30}\]|\(\p{Lu}[\p{Lu}\p{M}]{5,}(?: [\p{Lu}\p{M}]+){0,4}\)/u;

/** A turn's spoken words: past a stage direction it opens with, up to the next one. */
function spokenPart(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let m = STAGE_DIRECTION.exec(text.slice(from, end));
  if (m?.index === 0) {
    from += m[0].length;
    while (from < end && /\s/u.test(text[from] ?? '')) from += 1;
    m = STAGE_DIRECTION.exec(text.slice(from, end));
  }
  return { start: from, end: m ? trimEnd(text, from + m.index, from) : end };
}

type TurnLabel = Pick<SpeakerLabel, 'key' | 'start' | 'labelEnd' | 'end' | 'name'> & { kind: SpeakerLabel['kind'] | 'letter' | 'line' | 'host' };

/** A paragraph, or a line the text stage set aside (a repeated or meta line) that may name a turn's speaker. */
export interface TurnBlock {
  start: number;
  end: number;
  story: number;
  kind: ParagraphWords['kind'] | 'line';
}

interface Turn {
  label: TurnLabel;
  first: TurnBlock;
  last: TurnBlock;
}

/** The turns of one story, in order. `blocks` are its paragraphs and set-aside lines, sorted by start. */
function turnsOf(text: string, story: readonly TurnBlock[]): Turn[] {
  const turns: Turn[] = [];
  let open: Turn | null = null;
  // "Jane Roe" on its own line: the next paragraph of prose is her turn.
  let above: StandaloneLabel | null = null;
  for (const p of story) {
    const label = p.kind === 'line' ? null : (speakerLabel(text, p.start, p.end) ?? letterLabel(text, p.start, p.end));
    const line = label || (p.kind !== 'line' && p.kind !== 'body') ? null : standaloneLabel(text, p.start, p.end);
    if (line) {
      above = line;
      open = null;
      continue;
    }
    if (label) {
      open = { label, first: p, last: p };
      turns.push(open);
      above = null;
      continue;
    }
    const body = text.slice(p.start, p.end);
    if (above && p.kind === 'body') {
      open = { label: { key: above.key, start: above.start, labelEnd: above.labelEnd, end: p.start, kind: above.host ? 'host' : 'line' }, first: p, last: p };
      turns.push(open);
    } else if (open && p.kind === 'body' && PROSE_START.test(body) && PROSE_END.test(body)) {
      open.last = p;
    } else open = null;
    above = null;
  }
  return turns;
}

/**
 * Whether turns of one kind make a transcript: two labels and four turns at least; speakers on lines of their own
 * must also come back for a second turn (a profile's name headings never do).
 */
function isTranscript(turns: readonly Turn[], recurring: boolean): boolean {
  const labels = new Set(turns.map((t) => t.label.key));
  if (labels.size < MIN_LABELS || turns.length < MIN_LINES) return false;
  return !recurring || labels.size < turns.length;
}

function isPerson(registry: ActorRegistry, m: ActorMention): boolean {
  return (registry.byId.get(m.actor)?.kind ?? 'person') === 'person';
}

/** Who a label names. `mentions` are sorted by start. */
function labelSpeaker(text: string, mentions: readonly ActorMention[], registry: ActorRegistry, label: TurnLabel): ActorId | null {
  // "SECRETARIO DE PUERTOS, RAÚL ECHEVERRÍA:": the person named last in the label.
  let inside: ActorId | null = null;
  for (const m of mentions) if (m.start >= label.start && m.end <= label.labelEnd && isPerson(registry, m)) inside = m.actor;
  if (inside !== null) return inside;
  // "JANE ROE, KESTREL NEWS HOST:": the name part, not who she is.
  const words = (label.name ?? label.key).split(' ').filter((w) => !isTitle(w) && !isNameParticle(w));
  if (words.length === 0) return null;
  const tail = words.join(' ');
  const initials = words.length === 1 && tail.length >= 2 && tail.length <= 4 ? tail : null;
  const found = new Set<ActorId>();
  const byInitials = new Set<ActorId>();
  for (const m of mentions) {
    if (!isPerson(registry, m) || (m.start >= label.start && m.end <= label.labelEnd)) continue;
    const named = foldedWords(text.slice(m.start, m.end));
    // "MR. ECHEVERRÍA" is the Raúl Echeverría the document names.
    if (named.join(' ').endsWith(tail) && (named.length === words.length || named.join(' ').endsWith(` ${tail}`))) found.add(m.actor);
    const own = named.filter((w) => !isNameParticle(w));
    if (initials !== null && own.length === initials.length && own.every((w, k) => w[0] === initials[k])) byInitials.add(m.actor);
  }
  if (found.size === 1) return [...found][0] ?? null;
  return found.size === 0 && byInitials.size === 1 ? ([...byInitials][0] ?? null) : null;
}

/** "QUESTION (Jane Roe, Harbor Weekly):": the reporter a question label names, or no one. */
function reporter(mentions: readonly ActorMention[], registry: ActorRegistry, label: TurnLabel): ActorId | null {
  return mentions.find((m) => m.start >= label.start && m.end <= label.end && isPerson(registry, m))?.actor ?? null;
}

/** Whether the story asks a lettered question ("Q:") and answers it ("A:") after. */
function letteredInterview(turns: readonly Turn[]): boolean {
  const asked = new Set<string>();
  for (const t of turns) {
    if (t.label.kind !== 'letter') continue;
    if (ANSWER_OF[t.label.key]) asked.add(ANSWER_OF[t.label.key] ?? '');
    else if (asked.has(t.label.key)) return true;
  }
  return false;
}

/**
 * The turns of each transcript in the document that someone (or a reporter) speaks. `mentions` are sorted by start;
 * `lines` are the one-line blocks the text stage set aside (a speaker's name repeated above each of her turns).
 */
export function transcriptLines(
  text: string,
  paragraphs: readonly ParagraphWords[],
  mentions: readonly ActorMention[],
  registry: ActorRegistry,
  lines: readonly TurnBlock[] = [],
): QaAnswer[] {
  const byStory = new Map<number, TurnBlock[]>();
  for (const p of [...paragraphs, ...lines]) {
    const list = byStory.get(p.story);
    if (list) list.push(p);
    else byStory.set(p.story, [p]);
  }
  const out: QaAnswer[] = [];
  for (const blocks of byStory.values()) {
    const story = lines.length > 0 ? blocks.sort((a, b) => a.start - b.start) : blocks;
    const all = turnsOf(text, story);
    const onLines = all.filter((t) => t.label.kind === 'line' || t.label.kind === 'host');
    const labelled = all.filter((t) => t.label.kind !== 'line' && t.label.kind !== 'host');
    const turns = [...(isTranscript(labelled, false) || letteredInterview(labelled) ? labelled : []), ...(isTranscript(onLines, true) ? onLines : [])];
    const speakers = new Map<string, ActorId | null>();
    const asked = new Set<string>();
    let answersOf: ActorId | null | undefined;
    for (const t of turns) {
      const { key, kind } = t.label;
      let speaker: ActorId | null;
      const question = QUESTION_LABELS.has(key);
      if (question) {
        if (kind === 'letter') asked.add(ANSWER_OF[key] ?? '');
        // The interviewee is introduced before the first question.
        if (kind === 'letter' && answersOf === undefined) answersOf = interviewee(text, mentions, registry, story[0]?.start ?? 0, t.first.start);
        speaker = reporter(mentions, registry, t.label);
      } else if (kind === 'letter') {
        // "A:" with no question before it is a list's item, not an answer.
        if (!asked.has(key)) continue;
        speaker = answersOf ?? null;
      } else if (kind === 'host' || PRESIDING.test(key)) {
        speaker = null;
      } else {
        if (!speakers.has(key)) speakers.set(key, labelSpeaker(text, mentions, registry, t.label));
        speaker = speakers.get(key) ?? null;
        // "RELATED:", "WATCH:", a label that names no one the document knows: no one's words.
        if (speaker === null) continue;
      }
      const { start, end } = spokenPart(text, t.label.end, trimEnd(text, t.last.end, t.label.end));
      if (end <= start) continue;
      out.push({ start, end, paragraph: { start: t.first.start, end: t.last.end, story: t.first.story }, speaker, ...(question ? { question: true as const } : {}) });
    }
  }
  return out;
}
