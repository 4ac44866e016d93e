/**
 * Transcripts with named speakers: "MAYA OKAFOR: Why the change?" / "RAÚL
 * ECHEVERRÍA: Because the port delivered." A paragraph opening with a name in
 * capitals and a colon is that person's words. The first labelled speaker of a
 * story is the host, whose questions are not news; every other labelled
 * paragraph is a quote of its speaker, the person the document names with those
 * words. It refuses to guess: a story needs at least two distinct labels and
 * four labelled paragraphs to be a transcript ("UPDATE:" or "WASHINGTON:" once is
 * not), and a label no mention of the document spells keeps a null speaker.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { ParagraphWords } from '../actors/paragraph-words';
import { foldKey } from '../actors/fold-text';
import type { QaAnswer } from './qa-answers';

/** One to four words in capitals, then a colon: "RAÚL ECHEVERRÍA:", "**HOST:**". */
const NAME_LABEL = /^[\s*_]*(\p{Lu}[\p{Lu}\p{M}.'\u2019-]+(?:\s+\p{Lu}[\p{Lu}\p{M}.'\u2019-]+){0,3})[*_]*\s*:[*_]*\s+(?=\S)/u;
const MIN_LABELS = 2;
const MIN_LINES = 4;

interface Line {
  label: string;
  end: number;
  paragraph: ParagraphWords;
}

function labelOf(text: string, p: ParagraphWords): Line | null {
  const m = NAME_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
  return m?.[1] ? { label: foldKey(m[1]), end: p.start + m[0].length, paragraph: p } : null;
}

/** The actor a label names: a mention in the document whose words fold to the label's. */
function speakerOf(text: string, mentions: readonly ActorMention[], label: string): ActorId | null {
  for (const m of mentions) if (foldKey(text.slice(m.start, m.end)) === label) return m.actor;
  return null;
}

/** The guests' lines of each transcript in the document. `mentions` are sorted by start. */
export function transcriptLines(text: string, paragraphs: readonly ParagraphWords[], mentions: readonly ActorMention[]): QaAnswer[] {
  const byStory = new Map<number, Line[]>();
  for (const p of paragraphs) {
    const line = labelOf(text, p);
    if (!line) continue;
    const list = byStory.get(p.story);
    if (list) list.push(line);
    else byStory.set(p.story, [line]);
  }
  const out: QaAnswer[] = [];
  for (const lines of byStory.values()) {
    const labels = new Set(lines.map((l) => l.label));
    const host = lines[0]?.label;
    if (labels.size < MIN_LABELS || lines.length < MIN_LINES) continue;
    const speakers = new Map<string, ActorId | null>();
    for (const line of lines) {
      if (line.label === host) continue;
      if (!speakers.has(line.label)) speakers.set(line.label, speakerOf(text, mentions, line.label));
      const p = line.paragraph;
      let end = p.end;
      while (end > line.end && /\s/u.test(text[end - 1] ?? '')) end -= 1;
      if (end > line.end) out.push({ start: line.end, end, paragraph: { start: p.start, end: p.end, story: p.story }, speaker: speakers.get(line.label) ?? null });
    }
  }
  return out;
}
