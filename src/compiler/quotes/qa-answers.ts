/**
 * Interview transcripts: "Q: …" / "A: …" (or "P:" / "R:" in Spanish). The
 * text of an answer paragraph is the interviewee's own words, quoted or not,
 * and the interviewee is the person the introduction names after "an interview
 * with", "interviewed", "entrevista con" or "conversación con". It refuses to
 * guess: an "A:" paragraph counts only after a question paragraph of the same
 * story, and with no interviewee named before the first question the answers
 * keep a null speaker.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { ActorRegistry } from '../actors/actor-registry';
import type { ParagraphWords } from '../actors/paragraph-words';

export interface QaAnswer {
  /** The answer's words, past the "A:" label. */
  start: number;
  end: number;
  /** The whole paragraph, label included. */
  paragraph: { start: number; end: number; story: number };
  speaker: ActorId | null;
}

/** "Q:", "**A:**", "P.": the label a transcript line opens with. */
const LABEL = /^[\s*_]*(Q|A|P|R)[*_]*\s*[:.][*_]*\s+(?=\S)/u;
const QUESTION = new Set(['Q', 'P']);
const ANSWER_OF: Readonly<Record<string, string>> = { Q: 'A', P: 'R' };
/** The words just before the interviewee's name: "an interview with U.S. Ambassador", "entrevista con el senador". */
const INTERVIEWEE_BEFORE =
  /\b(?:interview(?:ed)?(?:\s+with)?|conversation\s+with|entrevist(?:a|ó|o|ado|ada)(?:\s+(?:con|a|al))?|conversaci[oó]n\s+con)\s+(?:[\p{L}\p{M}.'\u2019-]+\s+){0,4}$/iu;
/** How far back before a name its introduction is read, in characters. */
const INTRO_REACH = 60;

function labelOf(text: string, p: { start: number; end: number }): { label: string; end: number } | null {
  const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 16)));
  return m?.[1] ? { label: m[1], end: p.start + m[0].length } : null;
}

function interviewee(
  text: string,
  mentions: readonly ActorMention[],
  registry: ActorRegistry,
  from: number,
  to: number,
): ActorId | null {
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    // Discovered names are not in the registry; the words before them decide.
    if ((registry.byId.get(m.actor)?.kind ?? 'person') !== 'person') continue;
    if (INTERVIEWEE_BEFORE.test(text.slice(Math.max(from, m.start - INTRO_REACH), m.start))) return m.actor;
  }
  return null;
}

/** The answers of each transcript in the document. `mentions` are sorted by start. */
export function qaAnswers(
  text: string,
  paragraphs: readonly ParagraphWords[],
  mentions: readonly ActorMention[],
  registry: ActorRegistry,
): QaAnswer[] {
  const out: QaAnswer[] = [];
  let question: string | null = null;
  let story = -1;
  let storyStart = 0;
  let firstQuestion = -1;
  let speaker: ActorId | null = null;
  for (const p of paragraphs) {
    if (p.story !== story) {
      story = p.story;
      storyStart = p.start;
      question = null;
      firstQuestion = -1;
      speaker = null;
    }
    const label = labelOf(text, p);
    if (!label) continue;
    if (QUESTION.has(label.label)) {
      if (firstQuestion === -1) {
        firstQuestion = p.start;
        speaker = interviewee(text, mentions, registry, storyStart, p.start);
      }
      question = label.label;
      continue;
    }
    if (question === null || ANSWER_OF[question] !== label.label) continue;
    let end = p.end;
    while (end > label.end && /\s/u.test(text[end - 1] ?? '')) end -= 1;
    if (end > label.end) out.push({ start: label.end, end, paragraph: { start: p.start, end: p.end, story: p.story }, speaker });
  }
  return out;
}
