/**
 * Rule RECENT-MENTION: a report with no date of its own in a dated article that the sentence
 * itself sets in the past, as a happening another is measured from ("the vote comes a week after
 * Hale said the country would not wait", "quien la víspera aseguró") or as a known happening
 * named by its noun ("El discurso de Hale se pronunció en una base", "the call", "his remarks"),
 * tells in passing a happening of the days before, which other articles date. No rule of `fits`
 * takes it (one person says many things in a week). It joins the happening of its kind naming
 * every person it names, dated to a day in the fortnight before its publication, when that
 * happening is the only one; with two or more (one its own article already tells counts too), or
 * none, it stays apart. A report with no such sign is the day's own news, never this.
 */
import type { EventMember } from './corpus-items';
import type { Cluster } from './merge-cluster';
import type { MergeState, Prepared } from './merge-search';
import { typeGroup } from './merge-types';

/** Days before its publication within which a happening told in passing is looked for. */
const MENTION_DAYS = 14;
/** How many clusters of the person's bucket are looked at, newest first. */
const RECENT = 64;

/** A happening measured from another, right before the trigger's clause ("a week after Hale", "la víspera", "días después de que"). */
const MEASURED_FROM = /(?:\b(?:after|before)\b|\btras\b|\b(?:despu[eé]s|antes)\s+de\b|\bla\s+v[ií]spera\b|\bel\s+d[ií]a\s+anterior\b)[^,;:.!?()"“”«»]{0,60}$/iu;
/** Nouns that name a happening (a remark, a talk, an operation, a vote), English and Spanish. */
const HAPPENING_NOUN = String.raw`(?:speech|remarks|comments?|announcement|post|interview|call|conversation|meeting|talks|visit|raid|operation|capture|transfer|handover|vote|discurso|declaraciones|comentarios|anuncio|mensaje|entrevista|llamada|conversaci[oó]n|reuni[oó]n|encuentro|visita|operativo|operaci[oó]n|captura|traslado|env[ií]o|entrega|votaci[oó]n)`;
/** A definite happening noun: "the speech", "his remarks", "Hale's call", "el discurso de Hale", "la llamada". */
const KNOWN_HAPPENING = new RegExp(String.raw`(?:\b(?:the|his|her|their|el|la|los|las|su|sus|del|al)|'s)\s+(?:\p{L}+\s+)?${HAPPENING_NOUN}\b`, 'iu');

/** Whether the sentence sets the report's happening in the past: measured from another, or named as a known one. */
export function toldInPassing(m: EventMember): boolean {
  if (!m.trigger) return false;
  const at = m.trigger[0] - m.source.start;
  const before = m.source.text.slice(0, Math.max(0, at));
  if (MEASURED_FROM.test(before.slice(-96))) return true;
  // The trigger itself, or the subject of its clause, is a happening named as a known one.
  const clause = before.slice(Math.max(before.search(/[^,;:]*$/u), 0));
  return KNOWN_HAPPENING.test(`${clause}${m.source.text.slice(at, m.trigger[1] - m.source.start)}`);
}

export function recentMention(state: MergeState, { probe }: Prepared, ready?: (c: number) => void): Cluster | null {
  const { m, at } = probe;
  const people = m.people ?? [];
  const [lead] = people;
  if (probe.own || !at || m.background || lead === undefined || !toldInPassing(m)) return null;
  const group = typeGroup(m.type);
  // A candidate names every person of the report, so the first person's bucket lists them all.
  const bucket = state.index.get(`${group}|${lead}|*`);
  if (!bucket) return null;
  let found: Cluster | null = null;
  for (let i = bucket.length - 1; i >= Math.max(0, bucket.length - RECENT); i -= 1) {
    const c = bucket[i] as number;
    if (ready) ready(c);
    const cluster = state.clusters[c] as Cluster;
    if (cluster === found || !mentioned(cluster, m, group, at[0])) continue;
    // Two candidates: which one is told is not known.
    if (found) return null;
    found = cluster;
  }
  // One its own article already tells cannot take a second report of that article.
  return found && !found.stories.has(probe.story) ? found : null;
}

/** A happening of the report's kind (anything said for a remark, the same type for a one-off), dated to a day or week before its publication, naming its people. */
function mentioned(cluster: Cluster, m: EventMember, group: string, published: number): boolean {
  if (cluster.dates.length === 0) return false;
  for (let k = 0; k < cluster.dates.length; k += 1) {
    const span = cluster.spans[k];
    const d = cluster.dates[k];
    if (!span || !d || cluster.stretches[k] === true || (d.precision !== 'day' && d.precision !== 'week')) return false;
    if (span[0] < published - MENTION_DAYS || span[1] >= published) return false;
  }
  for (const t of cluster.types) if (group === 'verbal' ? typeGroup(t) !== group : t !== m.type) return false;
  return (m.people ?? []).every((p) => cluster.people.has(p));
}
