/**
 * For the eval's --verbose output: every relevant predicted event that counts for
 * no gold event (what precision loses), with its date, actors and the words it was
 * read from, so duplicates, background and hypotheticals can be told apart.
 * Output only; the score is computed by score.ts.
 */
import type { Timeline } from '../../schema/timeline';
import type { EventScore } from './score';

export function formatUnmatched(timeline: Timeline, score: EventScore): string {
  const docName = new Map(timeline.documents.map((d) => [d.id, d.path.slice(d.path.lastIndexOf('/') + 1)]));
  const matched = new Set(Object.values(score.matches).flat());
  const lines: string[] = [];
  for (const e of timeline.events) {
    if (!e.relevant || matched.has(e.id)) continue;
    lines.push(`UNMATCHED ${e.id} ${e.type} ${e.date.start ?? '----'} ${e.date.precision} ${e.date.basis} [${e.actors.join(', ')}]`);
    for (const s of e.sources) lines.push(`  ${docName.get(s.document) ?? s.document}: ${s.text.replace(/\s+/gu, ' ').slice(0, 200)}`);
  }
  return lines.join('\n');
}
