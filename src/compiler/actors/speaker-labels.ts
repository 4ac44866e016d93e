/**
 * Speaker labels that open a transcript's paragraphs: "JANE ROE: …", "MR.
 * ROE. …" (a hearing's record), "SECRETARIO DE PUERTOS, JUAN PÉREZ: …" (a
 * stenographic version), "**Jane Roe:** …" or "Jane Roe: …" (a Q&A interview),
 * "Jane Roe, Minister of Ports (through interpreter): …" or "JANE ROE (VIA
 * TRANSLATOR): …" (a broadcast's soundbite: the name, then who she is), "La senadora Ana Ruiz: …" or "La
 * Presidenta: …" (a parliament's stenographic version: an article, the office, perhaps the name).
 * Only the shape is read here; whether a document is a transcript at all is
 * decided by how many of its paragraphs open with one (see transcript-labels.ts).
 */
import { foldedWords, foldKey } from './fold-text';
import { isNameParticle, isRoleNoun, isTitle } from './actor-lexicon';

export interface SpeakerLabel {
  /** The label's words, folded, one space apart: "secretario de puertos juan perez". */
  key: string;
  /** Where the label's words start and end. */
  start: number;
  labelEnd: number;
  /** Where the spoken words start, past the label's punctuation and spaces. */
  end: number;
  /** 'caps': all in capitals; 'name': a name in title case ("Jane Roe:"). */
  kind: 'caps' | 'name';
  /**
   * The name part, folded, of a label in capitals that also says who the speaker is: "JANE ROE, KESTREL NEWS HOST"
   * gives "jane roe", "SECRETARIO DE PUERTOS, JUAN PÉREZ" gives "juan perez"; absent when the label is one part.
   */
  name?: string;
}

const WINDOW = 120;
const MAX_CAPS_WORDS = 12;
/** Capitals, colon: "JANE ROE:", "SECRETARIO DE PUERTOS, JUAN PÉREZ:", "**HOST:**". */
const CAPS_COLON = /^([\s*_]*)(\p{Lu}[\p{Lu}\p{M}.,'\u2019 -]*?)(?:\s*\([^()\n]{1,40}\))?[*_]*\s*:[*_]*\s+(?=\S)/u;
/** A name in title case, colon: "Jane Roe:", "**Lucía de la Peña:**". */
const NAME_COLON = /^([\s*_]*)(\p{Lu}[\p{L}\p{M}'\u2019-]*(?:\s+[\p{L}\p{M}'\u2019-]+){1,4})[*_]*\s*:[*_]*\s+(?=\S)/u;
/**
 * A name in title case, then who the speaker is after a comma or in brackets, colon:
 * "Jane Roe, President of the Harbor Board:", "Jane Roe, Minister of Ports (through interpreter):".
 * "Lucía Ferrer, gobernadora de Puerto Claro:": a description in lower case opens with a title.
 * The description holds no sentence: no full stop before a space, no colon, no second bracket.
 */
const NAME_TITLE_COLON =
  /^([\s*_]*)(\p{Lu}[\p{L}\p{M}'\u2019-]*(?:\s+[\p{L}\p{M}'\u2019-]+){1,4})(?:,\s*([\p{L}\p{M}]+)(?:[^:;.!?\n()]|\.(?=\S)){0,80}?)?(?:\s*\([^()\n]{1,40}\))?[*_]*\s*:[*_]*\s+(?=\S)/u;
/** A hearing's record: "MR. ROE. Thank you", "DR. JANE ROE. I would add": capitals closed by a full stop before a sentence. */
const CAPS_PERIOD = /^(\s*)((?:\p{Lu}[\p{Lu}\p{M}'\u2019-]*\.?\s+){0,3}\p{Lu}[\p{Lu}\p{M}'\u2019-]+)\.\s+(?=\S)/u;
/**
 * A legislature's record: "Mr. ROE. Mr. Speaker, …", "Mrs. IVO-BRASK. I rise …" (an honorific in title case, the
 * surname in capitals) and its presiding officer, "The SPEAKER pro tempore. The Chair recognizes …".
 */
const RECORD_PERIOD =
  /^(\s*)((?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta)\.\s+\p{Lu}[\p{Lu}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'\u2019-]+)?|The\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}(?:\s+pro\s+tempore)?)\.\s+(?=\S)/u;

/**
 * A stenographic record's turn, an article and an office before the name: "La senadora Ana Ruiz:", "La Presidenta
 * senadora Ana Ruiz:", "El senador Juan Pérez (PT):", "La C. Presidenta:", "The Prime Minister (Jane Roe):".
 */
const ROLE_COLON = /^(\s*)((?:El|La|The)\s+(?:C\.\s+)?[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}'\u2019-]+){0,7}?)(\s*\([^()\n]{1,40}\))?\s*:\s+(?=\S)/u;

function keyOf(label: string): string {
  return foldedWords(label).join(' ');
}

/** A person's name in a label's part: two to four words, none a title or an office. */
function nameKey(part: string): string | null {
  const words = foldedWords(part).filter((w) => !isNameParticle(w));
  return words.length >= 2 && words.length <= 4 && words.every((w) => w.length >= 2 && !isTitle(w) && !isRoleNoun(w)) ? foldedWords(part).join(' ') : null;
}

/**
 * "CHRIS ROE, KESTREL NEWS HOST" (a broadcast transcript: the name, then who the speaker is) or "SECRETARIO DE
 * PUERTOS, JUAN PÉREZ" (a stenographic version: the office, then the name): the part that is a name, if one is.
 */
function capsName(label: string): string | undefined {
  const parts = label.split(',');
  if (parts.length < 2) return undefined;
  return nameKey(parts[0] ?? '') ?? nameKey(parts[parts.length - 1] ?? '') ?? undefined;
}

function capsWords(label: string): boolean {
  const words = label.match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.length > 0 && words.length <= MAX_CAPS_WORDS && !/\p{Ll}/u.test(label) && words.some((w) => w.length >= 2);
}

function nameWords(label: string): boolean {
  const words = label.split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  return /^\p{Lu}/u.test(last) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || isNameParticle(foldKey(w)));
}

/** "Jane Roe, Minister of Ports:", "Jane Roe, ministra de Puertos:", never "Jane Roe, who runs the port, said:". */
function describedName(head: string): RegExpExecArray | null {
  const m = NAME_TITLE_COLON.exec(head);
  const first = m?.[3];
  return first === undefined || /^\p{Lu}/u.test(first) || isTitle(foldKey(first)) || isRoleNoun(foldKey(first)) ? m : null;
}

/** An office, then perhaps more offices and a name (or the office's domain) in title case: "Presidenta senadora Ana de la Ruiz", "Minister of Ports". */
function roleThenName(label: string): boolean {
  const words = label.split(/\s+/u).slice(1).filter((w) => w !== 'C.');
  let k = 0;
  while (k < words.length && isRoleNoun(foldKey(words[k] ?? ''))) k += 1;
  return k > 0 && words.slice(k).every((w) => /^\p{Lu}\p{Ll}/u.test(w) || isNameParticle(foldKey(w)) || w === 'of' || w === 'for');
}

/** The speaker label a paragraph opens with, if any. */
export function speakerLabel(text: string, start: number, end: number): SpeakerLabel | null {
  const head = text.slice(start, Math.min(end, start + WINDOW));
  // Every label but a hearing's (CAPS_PERIOD) ends in a colon: most paragraphs have none, and the
  // name patterns cost most where they fail.
  const colon = head.includes(':');
  const caps = (colon ? CAPS_COLON.exec(head) : null) ?? CAPS_PERIOD.exec(head);
  if (caps?.[2] && capsWords(caps[2])) {
    const from = start + (caps[1]?.length ?? 0);
    const name = capsName(caps[2]);
    return { key: keyOf(caps[2]), start: from, labelEnd: from + caps[2].length, end: start + caps[0].length, kind: 'caps', ...(name === undefined ? {} : { name }) };
  }
  const record = RECORD_PERIOD.exec(head);
  if (record?.[2]) {
    const from = start + (record[1]?.length ?? 0);
    return { key: keyOf(record[2]), start: from, labelEnd: from + record[2].length, end: start + record[0].length, kind: 'caps' };
  }
  if (!colon) return null;
  const name = NAME_COLON.exec(head) ?? describedName(head);
  if (name?.[2] && nameWords(name[2])) {
    const from = start + (name[1]?.length ?? 0);
    return { key: keyOf(name[2]), start: from, labelEnd: from + name[2].length, end: start + name[0].length, kind: 'name' };
  }
  const role = ROLE_COLON.exec(head);
  if (role?.[2] && roleThenName(role[2])) {
    const from = start + (role[1]?.length ?? 0);
    // "The Prime Minister (Jane Roe):": the name in brackets is part of the label, whoever holds the office.
    const named = role[3] !== undefined && /^\s*\(\p{Lu}\p{Ll}/u.test(role[3]);
    return { key: keyOf(role[2]), start: from, labelEnd: from + role[2].length + (named ? (role[3]?.length ?? 0) : 0), end: start + role[0].length, kind: 'name' };
  }
  return null;
}

/**
 * The full name a label in capitals gives with no title before it: "MARTA IVO-BRASK:" gives "marta ivo brask",
 * the key (particles left out) of the "Marta Ivo-Brask" the page names elsewhere; "MR ROE", "CALLER" or "THE PRESIDENT" give none.
 */
export function labelFullName(label: SpeakerLabel): string | null {
  if (label.kind !== 'caps') return null;
  // "JUAN DE LA ROSA": the name's own words, as discovery reads them.
  const words = (label.name ?? label.key).split(' ').filter((w) => !isNameParticle(w));
  return words.length >= 2 && words.length <= 4 && words.every((w) => w.length >= 2 && !isTitle(w) && !isRoleNoun(w)) ? words.join(' ') : null;
}

/**
 * The surname a transcript label gives after an honorific or title: "MR ROE" and "SEN. ROE" give "roe",
 * "AMB. WRENFIELD SOTO" gives "wrenfield soto"; a label with no title before its name gives none.
 */
export function labelSurname(label: SpeakerLabel): string | null {
  const words = label.key.split(' ');
  let k = 0;
  while (k < words.length && isTitle(words[k] ?? '')) k += 1;
  const rest = words.slice(k);
  return label.kind === 'caps' && k > 0 && rest.length >= 1 && rest.length <= 2 && rest.every((w) => w.length >= 2 && !isTitle(w)) ? rest.join(' ') : null;
}
