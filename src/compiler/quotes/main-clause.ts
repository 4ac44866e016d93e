/**
 * Where the main clause of a sentence is, for finding its subject: past an
 * opening subordinate clause ("When X called, she …") and before a speech
 * verb's "que"/"that" clause ("consideró que X …"), whose names are talked
 * about, not speaking.
 */
import { foldKey } from '../actors/fold-text';
import { isSpeechCue } from './speech-cues';

/** A speech verb, then "que"/"that": "consideró que", "argued that". */
const COMPLEMENTIZER = /([\p{L}\p{M}]+)\s+(?:que|that)\s/giu;

/** Whether a speech verb's "que"/"that" clause has opened in `span`: a name after it is talked about. */
export function reportedClauseBefore(span: string): boolean {
  for (const m of span.matchAll(COMPLEMENTIZER)) if (isSpeechCue(foldKey(m[1] ?? ''))) return true;
  return false;
}

/** Words opening a subordinate clause or a participle phrase before the main clause: "When X called, she …", "Asked whether X …, she …". */
const SUBORDINATORS = new Set([
  'when', 'whenever', 'after', 'before', 'once', 'if', 'as', 'while', 'although', 'though', 'because', 'since', 'until', 'unless',
  'asked', 'pressed', 'questioned', 'cuando', 'si', 'aunque', 'mientras', 'porque', 'como', 'apenas',
  'preguntado', 'preguntada', 'cuestionado', 'cuestionada', 'consultado', 'consultada', 'interrogado', 'interrogada',
]);
const MAX_OPENING_CLAUSE = 200;

/**
 * Where the main clause of a sentence starts: past an opening subordinate
 * clause ("When X called her, she described him as '…'", "Cuando X llamó, ella
 * …"), whose names are not the main verb's subject. Only when the comma closing
 * it comes before `limit`, the verb looked at.
 */
export function afterOpeningClause(text: string, frameStart: number, limit: number): number {
  const head = text.slice(frameStart, Math.min(limit, frameStart + MAX_OPENING_CLAUSE));
  const first = /^[\s"'\u201c\u00ab\u00bf\u00a1(]*([\p{L}\p{M}]+)/u.exec(head);
  if (!first?.[1] || !SUBORDINATORS.has(foldKey(first[1]))) return frameStart;
  const comma = head.indexOf(',', first[0].length);
  return comma === -1 ? frameStart : frameStart + comma + 1;
}
