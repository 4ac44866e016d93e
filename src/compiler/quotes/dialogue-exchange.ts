/**
 * Who speaks each line of an exchange of dialogue lines (see dialogue-lines.ts),
 * as in a radio interview written up with rayas: "—¿Se lo dijo así? —preguntó
 * el periodista." / "—Se lo dijo así." / "—Pero llegó después, canciller." /
 * "—Llegó cuando estuvo lista." A line tagged with the interviewer's noun ("el
 * periodista", "la conductora", "the reporter") is the interviewer's: the person
 * the story says the interview was with ("En entrevista con X", "in an interview
 * with X"), never an outlet. A line with no tag right after another line is the
 * other party's turn; after narration, it goes on with the person the narration
 * is about, or answers the question the narration reports the interviewer asked.
 * The words after an aside closed by a dash are the same speaker's. It refuses
 * to guess: with a party unknown (no interviewer named, no one answering yet),
 * the line keeps the speaker found from its own words, or none.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { ParagraphWords } from '../actors/paragraph-words';
import { foldKey } from '../actors/fold-text';
import type { QuoteSpan } from './quote-scanner';
import { lastAtOrBefore } from './quote-surroundings';
import { startsWithDialogueDash } from './dialogue-lines';

type Role = 'interviewer' | 'interviewee';

/** Nouns for the one who asks: "—preguntó el periodista", "the reporter asked". */
const INTERVIEWER_NOUNS = new Set([
  'periodista', 'conductor', 'conductora', 'entrevistador', 'entrevistadora', 'reportero', 'reportera', 'locutor', 'locutora',
  'presentador', 'presentadora', 'comunicador', 'comunicadora', 'reporter', 'interviewer', 'host', 'anchor', 'presenter', 'journalist',
]);
/** Verbs that report a question: the narration "El conductor le preguntó por…" is answered by the next line. */
const QUESTION_VERBS = new Set(['pregunto', 'cuestiono', 'insistio', 'inquirio', 'asked', 'asks', 'pressed', 'preguntaba']);
/** "En entrevista con X", "en conversación con la periodista X", "in an interview with X": X asks. */
const INTERVIEW_WITH =
  /(?:entrevista|conversaci[oó]n|charla|di[aá]logo|pl[aá]tica|interview|conversation)\s+(?:[\p{L}]+\s+){0,2}?(?:con|with)\s+(?:(?:el|la|the)\s+)?(?:[\p{Ll}]+\s+)?$/iu;

/**
 * "entrevistó", "entrevista a", "conversó con", "interviewed", "spoke with": the
 * narration says who interviewed whom (the subject asks, the object answers).
 * The program or place may stand between the verb and its "con"/"with": "habló
 * en 'La Hora Nacional' con la politóloga X", "spoke on the morning show with X".
 */
const INTERVIEWED =
  /(?<![\p{L}\p{M}])(?:entrevist(?:ó|o|aron|amos)|entrevista(?=\s+a\s)|(?:convers(?:ó|a|aron)|charl(?:ó|a)|habl(?:ó|a|aron))(?:\s+(?:en|desde|por)\s[^.!?,;\n]{1,60}?)?\s+con|interview(?:ed|s)|(?:spoke|speaks|talked|talks)(?:\s+(?:on|from|in)\s[^.!?,;\n]{1,60}?)?\s+(?:with|to))(?![\p{L}\p{M}])/giu;
/** How far after the verb the interviewee's name may come ("entrevistó … a la ministra de Puertos de Valdora, Ana Ruiz"). */
const INTERVIEWEE_REACH = 160;
/** How far before the verb its subject's name may end ("El periodista Tomás Lerma entrevistó"). */
const INTERVIEWER_REACH = 12;
/** Paragraphs of narration (dash lines passed over) before a line searched for who interviewed whom. */
const NARRATION_BACK = 3;
/** Longest line still read as the interviewer's question; a long answer may end with a question of its own. */
const MAX_QUESTION = 250;

/** Whether a dash line's words are a question ("¿Y de tropas?", "Buenos días, ministra. ¿Cómo fue?"). */
function isQuestion(text: string, q: QuoteSpan): boolean {
  return q.end - q.start <= MAX_QUESTION && /\?[\s"'\u201d\u00bb]*$/u.test(text.slice(q.start, q.end));
}

interface Line {
  paragraph: number;
  role: Role | null;
  speaker: ActorId | null;
}

export interface ExchangeContext {
  text: string;
  paragraphs: readonly ParagraphWords[];
  /** Mentions outside quotes, sorted by start. */
  mentions: readonly ActorMention[];
  /** Whether an actor is a person (an outlet the interview was "with" is not its host). */
  isPerson: (id: ActorId) => boolean;
  /** The person the narration before `offset` in paragraph `pi` is about (carried subject), if any. */
  carried: (pi: number, offset: number) => ActorId | null;
}

/** The words of a narrator's aside after a line: up to its closing dash or the sentence's end. */
function asideWords(text: string, from: number, to: number): string[] {
  const aside = /^[^\u2014\u2015.!?]*/u.exec(text.slice(from, Math.min(to, from + 120)))?.[0] ?? '';
  return (aside.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => foldKey(w));
}

/**
 * A stateful reader of one document's quotes, in order: `speakerOf` takes each
 * quote with the speaker found for it and returns the speaker it keeps.
 */
export function dialogueExchange(ctx: ExchangeContext): { speakerOf: (q: QuoteSpan, pi: number, found: ActorId | null) => ActorId | null } {
  let last: Line | null = null;
  let interviewee: ActorId | null = null;
  const interviewers = new Map<number, ActorId | null>();

  /** The person the story's interview was with, named before paragraph `pi`. */
  const interviewerBefore = (pi: number): ActorId | null => {
    const story = ctx.paragraphs[pi]?.story;
    const cached = interviewers.get(pi);
    if (cached !== undefined) return cached;
    let found: ActorId | null = null;
    const end = ctx.paragraphs[pi]?.start ?? 0;
    for (let k = lastAtOrBefore(ctx.mentions, end - 1, (m) => m.start); k >= 0 && found === null; k -= 1) {
      const m = ctx.mentions[k];
      if (!m) continue;
      const p = ctx.paragraphs[lastAtOrBefore(ctx.paragraphs, m.start, (x) => x.start)];
      if (!p || p.story !== story) break;
      if (ctx.isPerson(m.actor) && INTERVIEW_WITH.test(ctx.text.slice(Math.max(p.start, m.start - 60), m.start))) found = m.actor;
    }
    interviewers.set(pi, found);
    return found;
  };

  /**
   * Who the narration before paragraph `pi` says interviewed whom: "El periodista X
   * entrevistó este viernes a la ministra … Y": the person ending right before the verb,
   * and the first person after it in the same sentence.
   */
  const parties = new Map<number, { interviewer: ActorId | null; interviewee: ActorId | null }>();
  const partiesBefore = (pi: number): { interviewer: ActorId | null; interviewee: ActorId | null } => {
    const cached = parties.get(pi);
    if (cached) return cached;
    let found = { interviewer: null as ActorId | null, interviewee: null as ActorId | null };
    const story = ctx.paragraphs[pi]?.story;
    let narration = 0;
    for (let k = pi - 1; k >= 0 && narration < NARRATION_BACK && found.interviewee === null; k -= 1) {
      const p = ctx.paragraphs[k];
      if (!p || p.story !== story) break;
      // The exchange's own lines are passed over: the narration that opens it says who talks.
      if (startsWithDialogueDash(ctx.text, p)) continue;
      const words = ctx.text.slice(p.start, p.end);
      narration += 1;
      for (const v of words.matchAll(INTERVIEWED)) {
        const verbStart = p.start + (v.index ?? 0);
        const verbEnd = verbStart + v[0].length;
        const sentenceEnd = /[.!?](?:\s|$)/u.exec(ctx.text.slice(verbEnd, p.end));
        const limit = Math.min(verbEnd + INTERVIEWEE_REACH, sentenceEnd ? verbEnd + sentenceEnd.index : p.end);
        const after = ctx.mentions.find((m) => m.start >= verbEnd && m.start < limit && ctx.isPerson(m.actor));
        if (!after) continue;
        const before = ctx.mentions.filter((m) => m.end <= verbStart && verbStart - m.end <= INTERVIEWER_REACH && ctx.isPerson(m.actor)).pop();
        found = { interviewer: before && before.actor !== after.actor ? before.actor : null, interviewee: after.actor };
      }
    }
    parties.set(pi, found);
    return found;
  };

  const actorOf = (role: Role | null, pi: number): ActorId | null =>
    role === 'interviewer'
      ? (interviewerBefore(pi) ?? partiesBefore(pi).interviewer)
      : role === 'interviewee'
        ? (interviewee ??= partiesBefore(pi).interviewee)
        : null;

  const speakerOf = (q: QuoteSpan, pi: number, found: ActorId | null): ActorId | null => {
    if (q.cls !== 'dash') return found;
    const p = ctx.paragraphs[pi];
    if (!p) return found;
    // "—No habrá tropas —aseguró el canciller—. Eso quedó claro": the words after the aside are the same speaker's.
    if (last && last.paragraph === pi && ctx.text.slice(p.start, q.open).trim() !== '') return last.speaker;
    const tag = asideWords(ctx.text, q.close, p.end);
    let role: Role | null = null;
    let speaker = found;
    if (q.close < p.end && tag.length > 0) {
      // "—preguntó el periodista": the interviewer, unless the aside names someone else.
      const named = found !== null && ctx.mentions.some((m) => m.actor === found && m.start >= q.close && m.start < Math.min(p.end, q.close + 120));
      if (tag.some((w) => INTERVIEWER_NOUNS.has(w))) {
        role = 'interviewer';
        speaker = named ? found : interviewerBefore(pi);
      } else if (found !== null) {
        role = found === interviewerBefore(pi) ? 'interviewer' : 'interviewee';
        if (role === 'interviewee') interviewee = found;
      } else if (tag.some((w) => QUESTION_VERBS.has(w))) role = 'interviewer';
    } else if (isQuestion(ctx.text, q)) {
      // "—¿Y de tropas?": in a written-up interview, the one who asks.
      // Its own words name no speaker: one found around it is the narration's, not the asker's.
      role = 'interviewer';
      speaker = actorOf(role, pi);
    } else if (last?.role === 'interviewer' && last.paragraph === pi - 1) {
      // The line after a question answers it.
      role = 'interviewee';
      speaker = actorOf(role, pi);
    } else if (last && last.paragraph === pi - 1) {
      // "—¿…? —preguntó el periodista." / "—Se lo dijo así.": a line with no tag is the other party's turn.
      role = last.role === 'interviewer' ? 'interviewee' : last.role === 'interviewee' ? 'interviewer' : null;
      speaker = role ? actorOf(role, pi) : found;
    } else if (last) {
      // After narration: an answer to the question it reports, or the words of the person it is about.
      const narration = ctx.paragraphs[pi - 1];
      const words = narration ? (ctx.text.slice(narration.start, narration.end).match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => foldKey(w)) : [];
      if (words.some((w) => INTERVIEWER_NOUNS.has(w)) && words.some((w) => QUESTION_VERBS.has(w))) {
        role = 'interviewee';
        speaker = interviewee;
      } else {
        const carried = found ?? ctx.carried(pi, q.open);
        role = carried !== null && carried === interviewee ? 'interviewee' : carried !== null && carried === interviewerBefore(pi) ? 'interviewer' : null;
        speaker = role ? carried : found;
      }
    }
    last = { paragraph: pi, role, speaker };
    return speaker;
  };
  return { speakerOf };
}
