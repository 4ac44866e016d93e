/** The outlets behind what is shown, for the embed's and the exports' credit line. */
import type { Quote, Timeline, TimelineEvent } from '../../schema/timeline';

export function citedDocumentIds(events: readonly TimelineEvent[], quotes: readonly Quote[]): string[] {
  const ids = new Set<string>();
  for (const e of events) for (const s of e.sources) ids.add(s.document);
  for (const q of quotes) ids.add(q.source.document);
  return [...ids];
}

/** Distinct outlet names in first-cited order; documents without an outlet are counted apart. */
export function citedOutlets(
  timeline: Timeline,
  events: readonly TimelineEvent[],
  quotes: readonly Quote[],
): { outlets: string[]; withoutOutlet: number } {
  const docs = new Map(timeline.documents.map((d) => [d.id as string, d]));
  const outlets: string[] = [];
  let withoutOutlet = 0;
  for (const id of citedDocumentIds(events, quotes)) {
    const outlet = docs.get(id)?.outlet?.trim();
    if (!outlet) withoutOutlet += 1;
    else if (!outlets.includes(outlet)) outlets.push(outlet);
  }
  return { outlets, withoutOutlet };
}
