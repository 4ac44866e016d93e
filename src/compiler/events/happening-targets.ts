/**
 * Who a capture, arrest or transfer happened to, and the captures told only in passing.
 *
 * The target is whoever is named right after the trigger, in the same phrase: "the capture of
 * Venezuelan leader Ivo Brask", "la captura de Ivo Brask", "forces seized Ivo Brask", "la
 * operación que acabó con Ivo Brask". Not the agent of a passive ("arrested by Ana Ruiz",
 * "detenido por la Marina") and nothing past a clause break. A person is captured or handed over
 * once, so the merge can tell one happening from its later mentions by whom it happened to.
 *
 * A capture mentioned as background to another happening ("Hale's threats grew after the capture
 * of Ivo Brask", "tras la captura de Ivo Brask") is no event of the sentence, but it still cites
 * the happening: it is kept as a background mention, which only joins an event found elsewhere.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { TriggerMatch } from './find-triggers';

/** Types whose happening befalls someone named after the trigger. */
export const TARGETED = new Set(['military-operation', 'arrest-extradition']);

/** How far after the trigger the target's name may start. */
const REACH = 48;
/** Words between the trigger and the name: no clause break, no quotation, no passive agent. */
const GAP = /^[^,;:.!?()"“”«»\n\u2014\u2013]*$/u;
const AGENT = /(?<![\p{L}])(?:by|por|after|tras|since|desde|before|antes)(?![\p{L}])/iu;
/** An article or determiner right before a noun trigger ("an operation", "la captura"). */
const ARTICLE = /(?<![\p{L}])(?:a|an|the|this|that|its|their|el|la|los|las|un|una|esa|ese|esta|este|su|sus)\s+$/iu;
/** What introduces the target of a noun ("the capture of", "la captura de", "the raid on", "el operativo contra"). */
const OF = /^\s*(?:of|on|against|de|del|contra|a|al)(?![\p{L}])/iu;

/** The actors named as the target of a trigger of a targeted type (none for other types). */
export function targetsOf(text: string, sentenceEnd: number, t: TriggerMatch, inSentence: readonly ActorMention[]): ActorId[] {
  if (!TARGETED.has(t.trigger.type)) return [];
  const out: ActorId[] = [];
  // "the Brask raid", "two days after the Brask operation": a name right before the noun is its target
  // (a possessive, "Hale's raid", names who carried it out).
  if (t.trigger.noun === true) {
    const before = inSentence.find((m) => m.end <= t.start && m.via !== 'pronoun' && /^\s+$/u.test(text.slice(m.end, t.start)));
    if (before) out.push(before.actor);
  }
  // "an operation Hale described": a noun after its article takes its target through "of" / "de".
  const phrase = t.trigger.noun === true && ARTICLE.test(text.slice(Math.max(0, t.start - 8), t.start));
  for (const m of inSentence) {
    if (m.start < t.end || m.start - t.end > REACH || m.end > sentenceEnd || m.via === 'pronoun') continue;
    const gap = text.slice(t.end, m.start);
    if (!GAP.test(gap) || AGENT.test(gap) || (phrase && !OF.test(gap))) continue;
    if (!out.includes(m.actor)) out.push(m.actor);
  }
  return out;
}

/** Of the triggers the events stage did not keep (background to another happening), the captures and transfers of someone named. */
export function toldInPassing(text: string, sentenceEnd: number, dropped: readonly TriggerMatch[], inSentence: readonly ActorMention[]): { t: TriggerMatch; targets: ActorId[] }[] {
  const out: { t: TriggerMatch; targets: ActorId[] }[] = [];
  for (const t of dropped) {
    // A trigger that needs a date of its own is a tally or a claim without one ("seized 600 kilos").
    if (t.trigger.dated === true) continue;
    const targets = targetsOf(text, sentenceEnd, t, inSentence);
    if (targets.length > 0) out.push({ t, targets });
  }
  return out;
}
