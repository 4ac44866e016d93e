/**
 * The lettered turns of an interview transcript: "Q: …" / "A: …" (or "P:" /
 * "R:" in Spanish). The text of an answer is the interviewee's own words,
 * quoted or not, and the interviewee is the person the introduction names after
 * "an interview with", "interviewed", "entrevista con" or "conversación con";
 * with no interviewee named before the first question the answers keep a null
 * speaker. Which paragraphs are turns, and of whom, is decided with the other
 * label styles in transcript-labels.ts.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { ActorRegistry } from '../actors/actor-registry';

export interface QaAnswer {
  /** The answer's words, past the "A:" label. */
  start: number;
  end: number;
  /** The whole paragraph, label included. */
  paragraph: { start: number; end: number; story: number };
  speaker: ActorId | null;
  /** A reporter's question: its words may report what others said ("X said on Friday that …"). */
  question?: true;
}

/** "Q:", "**A:**", "P.": the label a transcript line opens with. */
const LABEL = /^([\s*_]*)(Q|A|P|R)[*_]*\s*[:.][*_]*\s+(?=\S)/u;
/** The answer letter of each question letter. */
export const ANSWER_OF: Readonly<Record<string, string>> = { q: 'a', p: 'r' };
/** The words just before the interviewee's name: "an interview with U.S. Ambassador", "entrevista con el senador". */
const INTERVIEWEE_BEFORE =
  /\b(?:interview(?:ed)?(?:\s+with)?|conversation\s+with|entrevist(?:a|ó|o|ado|ada)(?:\s+(?:con|a|al))?|conversaci[oó]n\s+con)\s+(?:[\p{L}\p{M}.'\u2019-]+\s+){0,4}$/iu;
/** How far back before a name its introduction is read, in characters. */
const INTRO_REACH = 60;

/** The letter label a paragraph opens with, folded ("q"), with where the label's letter and the words after it start. */
export function letterLabel(text: string, start: number, end: number): { key: string; start: number; labelEnd: number; end: number; kind: 'letter' } | null {
  const m = LABEL.exec(text.slice(start, Math.min(end, start + 16)));
  if (!m?.[2]) return null;
  const from = start + (m[1]?.length ?? 0);
  return { key: m[2].toLowerCase(), start: from, labelEnd: from + 1, end: start + m[0].length, kind: 'letter' };
}

/** The person an interview's introduction (between `from` and `to`) names as its interviewee. */
export function interviewee(text: string, mentions: readonly ActorMention[], registry: ActorRegistry, from: number, to: number): ActorId | null {
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    // Discovered names are not in the registry; the words before them decide.
    if ((registry.byId.get(m.actor)?.kind ?? 'person') !== 'person') continue;
    if (INTERVIEWEE_BEFORE.test(text.slice(Math.max(from, m.start - INTRO_REACH), m.start))) return m.actor;
  }
  return null;
}
