/**
 * The event each report belongs to, by report key: how a quote finds the event it
 * was said at. A full build files every report of every event (a later event
 * wins a key two events share). A long-lived compiler (`--watch`) keeps the table
 * from build to build and updates it from the change: the reports of events that
 * are gone leave it, those of new events (or of an event now given as another,
 * equal object) are filed again. When every key of this build's events is held
 * once, the order of filing cannot matter and the table is the full build's; that
 * is checked by counting (the table holds exactly as many keys as the events have
 * reports), and anything else files every report again.
 */
import type { CorpusEvent } from '../merge/corpus-items';

export type EventHosts = Map<string, CorpusEvent>;

export function eventHosts(events: readonly CorpusEvent[]): EventHosts {
  const hosts: EventHosts = new Map();
  for (const e of events) for (const m of e.members) hosts.set(m.key, e);
  return hosts;
}

/**
 * `last`: the table of the last build (updated in place); `gone`: its events that are not
 * in this build; `filed`: this build's events that were not in it as these objects.
 */
export function eventHostsAgain(last: EventHosts | null, events: readonly CorpusEvent[], gone: readonly CorpusEvent[], filed: readonly CorpusEvent[]): EventHosts {
  if (!last) return eventHosts(events);
  for (const e of gone) for (const m of e.members) if (last.get(m.key) === e) last.delete(m.key);
  for (const e of filed) for (const m of e.members) last.set(m.key, e);
  let reports = 0;
  for (const e of events) reports += e.members.length;
  return last.size === reports ? last : eventHosts(events);
}
