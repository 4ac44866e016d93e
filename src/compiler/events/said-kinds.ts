/**
 * What a plain saying says can make it a rejection or a threat. "Ruiz said her country
 * would never accept foreign troops", '"No aceptaremos ninguna intervención", dijo',
 * "Hale told reporters that all options are on the table": the words refuse or threaten,
 * so the happening is a rejection or a threat made in words, dated when it was said, not
 * a bare statement. Only a few fixed shapes count: a refusal to accept or allow, an option
 * left "on the table", a start of strikes announced, "if you won't…, we will"; a verb that
 * only reports ("warned", "advirtió") says nothing of what was said.
 */
import type { EventType } from '../../schema/timeline';

export interface SaidKind {
  type: EventType;
  cameo: string;
  /** Offsets of the cue within the text it was found in. */
  start: number;
  end: number;
}

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

/** A refusal: "would never accept", "won't allow", "we do not accept", "is not an option", "no aceptará", "no vamos a permitir". */
const REFUSAL = new RegExp(
  [
    `${W}(?:will|would|shall|could|can|is going to|are going to|am going to)\\s+(?:never|not)\\s+(?:\\p{L}+ly\\s+)?(?:accept|allow|permit|tolerate)${E}`,
    `${W}(?:won['’]t|wouldn['’]t|cannot|can['’]t)\\s+(?:\\p{L}+ly\\s+)?(?:accept|allow|permit|tolerate)${E}`,
    `${W}(?:do|does|did)\\s*(?:not|n['’]t)\\s+(?:accept|agree with)${E}`,
    `${W}never\\s+(?:accept|allow|tolerate)s?${E}`,
    `${W}(?:is|was)\\s+not\\s+an\\s+option${E}`,
    `${W}(?:no|nunca|jam[aá]s)\\s+(?:(?:va|vamos|van|iba|[ií]bamos)\\s+a\\s+)?(?:acept|toler)(?:ar[aá]n?|ar[ií]an?|aremos|ar[ií]amos|amos|an?|o|ar)${E}`,
    `${W}(?:no|nunca|jam[aá]s)\\s+(?:(?:va|vamos|van)\\s+a\\s+permitir|permitir(?:[aá]n?|emos|[ií]an?|[ií]amos))${E}`,
    `${W}no\\s+es\\s+(?:una\\s+)?opci[oó]n${E}`,
  ].join('|'),
  'iu',
);

/** A threat: "all options are on the table", "todas las opciones siguen sobre la mesa", "would start hitting land", "comenzaría a atacar". */
const THREAT = new RegExp(
  [
    `${W}options?\\s+(?:\\p{L}+\\s+){0,3}?on\\s+the\\s+table${E}`,
    `${W}opci[oó]n(?:es)?\\s+(?:\\p{L}+\\s+){0,3}?sobre\\s+la\\s+mesa${E}`,
    `${W}(?:start|begin|starting|beginning)\\s+(?:now\\s+)?(?:hitting|striking|attacking|bombing)${E}`,
    `${W}(?:comenzar|empezar)(?:[ií]an?|[aá]n?|emos)?\\s+a\\s+(?:atacar|golpear|bombardear)${E}`,
    `${W}if\\s[^,.;]{3,60}?(?:won['’]t|will not|doesn['’]t|does not|can['’]t|cannot)\\s[^,.;]{1,40},\\s+(?:we|I)\\s+will${E}`,
  ].join('|'),
  'iu',
);

/** The first cue in `text` that makes a saying a rejection or a threat, if any. */
export function saidKind(text: string): SaidKind | null {
  const found: SaidKind[] = [];
  const refusal = REFUSAL.exec(text);
  if (refusal) found.push({ type: 'rejection', cameo: '120', start: refusal.index, end: refusal.index + refusal[0].length });
  const threat = THREAT.exec(text);
  if (threat) found.push({ type: 'threat', cameo: '138', start: threat.index, end: threat.index + threat[0].length });
  found.sort((a, b) => a.start - b.start);
  return found[0] ?? null;
}

interface SayingDraft {
  type: EventType;
  cameo: string;
  sentence: number;
  start: number;
  end: number;
  trigger: [number, number];
}

/**
 * Makes each plain saying (a statement told by a generic speech verb, CAMEO 010) whose
 * sentence refuses or threatens a rejection or a threat. A cue goes to the saying whose
 * verb comes last before it ("X said …, and Y said her country would never accept …"),
 * else to the first after it ('"We will not accept it," Y said'). A sentence that already
 * holds an event of the cue's type keeps its sayings as they are: that event is the
 * rejection or the threat. Runs once quotes are linked, so a saying's words still find
 * their speaker as a statement's do.
 */
export function sayingsAsKinds<D extends SayingDraft>(text: string, drafts: readonly D[]): D[] {
  const bySentence = new Map<number, D[]>();
  for (const d of drafts) bySentence.set(d.sentence, [...(bySentence.get(d.sentence) ?? []), d]);
  const retyped = new Map<D, SaidKind>();
  for (const local of bySentence.values()) {
    const plain = local.filter((d) => d.type === 'statement' && d.cameo === '010').sort((a, b) => a.trigger[0] - b.trigger[0]);
    const first = plain[0];
    if (!first) continue;
    const cue = saidKind(text.slice(first.start, first.end));
    if (!cue || local.some((d) => d.type === cue.type)) continue;
    const at = first.start + cue.start;
    const owner = plain.filter((d) => d.trigger[1] <= at).pop() ?? plain.find((d) => d.trigger[0] >= at + (cue.end - cue.start));
    if (owner) retyped.set(owner, cue);
  }
  return drafts.map((d) => {
    const cue = retyped.get(d);
    return cue ? { ...d, type: cue.type, cameo: cue.cameo } : d;
  });
}
