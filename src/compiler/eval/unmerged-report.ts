/**
 * For the eval's --verbose output: each gold event reported by two or more articles that
 * no single predicted event cites in full, with the predicted events that could match it,
 * article by article (type, date, actors, title), so the reason they stayed apart shows:
 * two types for one happening, a week against a day, an undated copy, disjoint actors.
 * Output only; the score is computed by score.ts.
 */
import type { Timeline, TimelineEvent } from '../../schema/timeline';
import type { EventScore, Gold } from './score';

function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? path : path.slice(i + 1);
}

function describeDate(e: TimelineEvent): string {
  const { start, end, precision, basis } = e.date;
  return `${start ?? '----'}${end && end !== start ? `..${end}` : ''} ${precision} ${basis}`;
}

export function formatUnmerged(timeline: Timeline, gold: Gold, score: EventScore): string {
  const docName = new Map(timeline.documents.map((d) => [d.id, baseName(d.path)]));
  const byId = new Map<string, TimelineEvent>(timeline.events.map((e) => [e.id, e]));
  const merged = new Set(score.mergedIds);
  const lines: string[] = [];
  for (const g of gold.events) {
    if (g.docs.length < 2 || merged.has(g.id)) continue;
    const date = g.date === null ? 'undated' : typeof g.date === 'string' ? g.date : `${g.date.from}..${g.date.to}`;
    lines.push(`UNMERGED ${g.id} ${g.type} ${date} [${g.actors.join(', ')}] ${g.summary ?? ''}`);
    const assigned = new Set(score.matches[g.id] ?? []);
    const found = (score.candidates[g.id] ?? []).map((id) => byId.get(id)).filter((e): e is TimelineEvent => e !== undefined);
    const day = typeof g.date === 'string' ? g.date : null;
    // The events scored for this gold event; where an article has none, its likeliest candidates (same type or same day).
    const likely = (e: TimelineEvent): boolean => assigned.has(e.id) || e.type === g.type || (day !== null && e.date.start === day);
    for (const doc of g.docs) {
      const cites = found.filter((e) => e.sources.some((s) => docName.get(s.document) === doc));
      const mine = cites.filter((e) => assigned.has(e.id));
      const here = mine.length > 0 ? mine : cites.filter(likely);
      if (here.length === 0) lines.push(`  ${doc}: nothing`);
      for (const e of here) {
        const docs = [...new Set(e.sources.map((s) => docName.get(s.document) ?? s.document))].length;
        lines.push(`  ${doc}: ${assigned.has(e.id) ? '*' : ' '} ${e.type} ${describeDate(e)} [${e.actors.join(', ')}] (${docs} docs) ${e.title}`);
      }
    }
  }
  return lines.join('\n');
}
