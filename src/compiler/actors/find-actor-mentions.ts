/**
 * The actors stage: who is named where. It matches the editor's names and
 * aliases (longest first), discovers unknown people and organizations from
 * titles and speech verbs, resolves surnames to the person named in full in the
 * same document, resolves bare role nouns ("the president said") to the person
 * last introduced with that role (role-mentions.ts) and "the party" to the party
 * last named (party-mentions.ts), and resolves he/she/él/ella
 * to the last fitting person. An alias the words around it contradict is not
 * its actor ("la Cancillería argentina" is Argentina's, "Villarreal Anaya" is not
 * "Anaya"; alias-vetoes.ts). Credit lines ("X contributed to this report") and
 * an outlet in a dateline ("(Reuters) —") name no actor of the story. It
 * refuses to guess: a surname shared by two people in the document, a pronoun
 * with two possible antecedents, or a capitalised word with no title or speech
 * verb next to it stays unresolved. Mentions are only looked for in title, body
 * and related blocks.
 */
import type { Actor, ActorId, Diagnostic } from '../../schema/timeline';
import { diagnostic, type ActorMention, type CleanDocument } from '../model';
import { scanQuotes } from '../quotes/quote-scanner';
import { discoverNames, quotedSurnames } from './actor-discovery';
import { withoutLineBreakHyphens } from './word-tokens';
import { speakerLineNames } from '../quotes/standalone-labels';
import type { ActorRegistry } from './actor-registry';
import { actorSlug } from './actor-slug';
import { aliasEntries, buildAliasIndex, matchAt, type AliasEntry, type AliasIndex } from './alias-index';
import { foldKey, stripInvisible } from './fold-text';
import { foreignMinistries } from './foreign-ministries';
import { isCreditLine, isDatelineOutlet } from './credit-lines';
import { lineIndex } from './line-index';
import { vetoedMatch, type ForeignBody } from './alias-vetoes';
import { paragraphWords, sentenceAt, type ParagraphWords } from './paragraph-words';
import { resolvePronouns, type PersonMention } from './pronoun-resolution';
import { resolvePartyMembers } from './party-members';
import { resolvePartyMentions } from './party-mentions';
import { resolveNationalDocuments } from './national-documents';
import { resolveRoleMentions } from './role-mentions';
import { resolveBodyHeads } from './body-heads';
import { labelFullName, labelSurname, speakerLabel } from './speaker-labels';
import { surnamesOf } from './surnames';
import { isShouted, nameCase } from './name-case';

export interface ActorMentionsResult {
  mentions: ActorMention[];
  /** Actors found in the text that the registry does not know (origin "discovered"). */
  discovered: Actor[];
  diagnostics: Diagnostic[];
}

interface RawMention {
  start: number;
  end: number;
  actor: ActorId;
  via: ActorMention['via'];
  paragraph: number;
}

function matchParagraph(
  p: ParagraphWords,
  pi: number,
  index: AliasIndex,
  covered: boolean[],
  out: RawMention[],
  actorOf: (id: ActorId) => Actor | undefined,
  foreignBody: (pi: number, first: number, body: ForeignBody) => void = () => undefined,
): void {
  let i = 0;
  while (i < p.tokens.length) {
    if (covered[i]) {
      i += 1;
      continue;
    }
    const m = matchAt(index, p.tokens, p.separators, i);
    const veto = m && m.last >= i && !covered.slice(i, m.last + 1).some(Boolean) ? vetoedMatch(p, i, m, covered, actorOf) : null;
    if (veto !== null && veto !== 'other') {
      // "la Cancillería argentina": not the actor, but a body the text names all the same.
      for (let j = i; j <= veto.last; j += 1) covered[j] = true;
      foreignBody(pi, i, veto);
      i = veto.last + 1;
      continue;
    }
    if (!m || m.last < i || covered.slice(i, m.last + 1).some(Boolean) || veto === 'other') {
      i += 1;
      continue;
    }
    for (let j = i; j <= m.last; j += 1) covered[j] = true;
    const first = p.tokens[i];
    const last = p.tokens[m.last];
    if (m.entry.actor !== null && first && last) {
      out.push({ start: first.start, end: last.end, actor: m.entry.actor, via: m.entry.via, paragraph: pi });
    }
    i = m.last + 1;
  }
}

/** Whether an offset is inside one of a quote's sorted pieces (binary search: a quote may span many paragraphs). */
function inPieces(pieces: readonly { start: number; end: number }[], offset: number): boolean {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    if (!p) return false;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return true;
  }
  return false;
}

const ARTICLE_WORDS = new Set(['the', 'el', 'la', 'los', 'las']);
/** A listed actor that is a country's foreign ministry, by one of its names (folded). */
const MINISTRY_NAME = /foreign (?:affairs )?ministry|ministry of foreign affairs|cancilleria|(?:relaciones|asuntos) exteriores/u;

/** How many paragraphs must open with a speaker label for a document to read as a transcript. */
const MIN_TRANSCRIPT_LABELS = 4;

function cleanName(raw: string): string {
  // 'Tomás "Tomi" Roe' is Tomás Roe: the quoted nickname is not part of the name.
  // "Omar García Har-\nfuch": a print line break inside a word is not part of the name.
  return withoutLineBreakHyphens(stripInvisible(raw)).normalize('NFC').replace(/\s+["\u201c'][^"\u201c\u201d']{1,30}["\u201d']\s+/gu, ' ').replace(/\s+/gu, ' ').trim();
}

function suggestion(actor: Actor): string {
  const parts = [`name: ${JSON.stringify(actor.name)}`];
  if (actor.aliases.length > 0) parts.push(`aliases: [${actor.aliases.map((a) => JSON.stringify(a)).join(', ')}]`);
  parts.push(`kind: ${actor.kind}`, `country: ${actor.country ?? 'null'}`);
  if (actor.gender) parts.push(`gender: ${actor.gender}`);
  return `- { ${parts.join(', ')} }`;
}

export function findActorMentions(doc: CleanDocument, registry: ActorRegistry): ActorMentionsResult {
  const paragraphs = paragraphWords(doc);
  const covered = paragraphs.map((p) => p.tokens.map(() => false));
  const raw: RawMention[] = [];
  const discovered = new Map<ActorId, Actor>();
  const actorOf = (id: ActorId): Actor | undefined => registry.byId.get(id) ?? discovered.get(id);

  const diagnostics: Diagnostic[] = [];
  let positionAt: ((offset: number) => { line: number; column: number }) | null = null;
  const addDiscovered = (actor: Actor, at: number): void => {
    discovered.set(actor.id, actor);
    diagnostics.push(
      diagnostic(
        'info',
        'unknown-actor',
        `"${actor.name}" is not in the actor file (found as ${actor.kind === 'person' ? 'a person' : 'an organization'}); to name it, add to data/actors.yaml: ${suggestion(actor)}`,
        doc.path,
        (positionAt ??= lineIndex(doc.text))(at),
      ),
    );
  };
  const addForeignBody = (pi: number, first: number, body: ForeignBody): void => {
    const p = paragraphs[pi];
    let from = first;
    while (ARTICLE_WORDS.has(p?.tokens[from]?.key ?? '') && from < body.last) from += 1;
    const a = p?.tokens[from];
    const b = p?.tokens[body.last];
    if (!a || !b) return;
    const name = cleanName(doc.text.slice(a.start, b.end));
    const id = actorSlug(name);
    if (!registry.byId.has(id) && !discovered.has(id)) addDiscovered({ id, name, aliases: [], country: body.country, kind: body.kind, gender: null, origin: 'discovered' }, a.start);
    raw.push({ start: a.start, end: b.end, actor: id, via: 'name', paragraph: pi });
  };
  // 1. Names and aliases from the registry; credit lines name nobody who acted.
  const credit = paragraphs.map((p) => isCreditLine(doc.text, p));
  paragraphs.forEach((p, pi) => {
    if (credit[pi]) covered[pi]?.fill(true);
    else matchParagraph(p, pi, registry.index, covered[pi] ?? [], raw, actorOf, addForeignBody);
  });
  // "the Japanese Foreign Ministry", "la cancillería boliviana": a country's foreign ministry is the actor file's when
  // that country's is listed there, else a body of its own (foreign-ministries.ts).
  paragraphs.forEach((p, pi) => {
    if (credit[pi]) return;
    const cov = covered[pi] ?? [];
    for (const found of foreignMinistries(p, cov)) {
      for (let j = found.first; j <= found.last; j += 1) cov[j] = true;
      const a = p.tokens[found.first];
      const b = p.tokens[found.last];
      if (!a || !b) continue;
      // The country the ministry is named with is part of its name, not an actor beside it.
      for (let k = raw.length - 1; k >= 0; k -= 1) if (raw[k]?.paragraph === pi && (raw[k]?.start ?? 0) >= a.start && (raw[k]?.end ?? 0) <= b.end) raw.splice(k, 1);
      const home = registry.actors.find((x) => x.country === found.country && x.kind !== 'person' && [x.name, ...x.aliases].some((n) => MINISTRY_NAME.test(foldKey(n))));
      if (home) raw.push({ start: a.start, end: b.end, actor: home.id, via: 'name', paragraph: pi });
      else addForeignBody(pi, found.first, { last: found.last, country: found.country, kind: 'government' });
    }
  });

  // Surnames of the people named in this document (ambiguous ones left out).
  const surnameOwner = new Map<string, ActorId | null>();
  const surnamePhrase = new Map<string, string>();
  const matchSurnames = (): void => {
    for (const id of new Set(raw.map((m) => m.actor))) {
      const actor = actorOf(id);
      if (actor?.kind !== 'person') continue;
      for (const s of surnamesOf(actor.name)) {
        const key = s.normalize('NFC').toLowerCase();
        const owner = surnameOwner.get(key);
        surnameOwner.set(key, owner === undefined || owner === id ? id : null);
        surnamePhrase.set(key, s);
      }
    }
    const entries: AliasEntry[] = [];
    for (const [key, owner] of surnameOwner) {
      const phrase = surnamePhrase.get(key);
      if (owner && phrase) entries.push(...aliasEntries(phrase, owner, 'surname'));
    }
    if (entries.length === 0) return;
    const index = buildAliasIndex(entries);
    paragraphs.forEach((p, pi) => matchParagraph(p, pi, index, covered[pi] ?? [], raw, actorOf));
  };
  // 2. Unknown people and organizations; then 3. the surnames of everyone named in full.
  // Surnames of the people named so far, to their owners: kept as names are found, so each is read once.
  const surnamesSeen = new Map<string, Set<ActorId>>();
  const indexed = new Set<ActorId>();
  const indexPerson = (id: ActorId): void => {
    const a = actorOf(id);
    if (indexed.has(id) || a?.kind !== 'person') return;
    indexed.add(id);
    for (const s of surnamesOf(a.name)) {
      const key = s.normalize('NFC').toLowerCase();
      surnamesSeen.set(key, (surnamesSeen.get(key) ?? new Set()).add(id));
    }
  };
  for (const m of raw) indexPerson(m.actor);
  const fullNameOwner = (name: string): ActorId | null => {
    const owners = surnamesSeen.get(name.normalize('NFC').toLowerCase());
    return owners?.size === 1 ? ([...owners][0] ?? null) : null;
  };
  const speakerSurnames = new Set<string>();
  paragraphs.forEach((p, pi) => {
    if (!credit[pi]) for (const key of quotedSurnames(p.tokens, p.separators, covered[pi] ?? [])) speakerSurnames.add(key);
  });
  // A transcript ("Jane Roe: …" opening many paragraphs) names its speakers in its labels.
  const labels = paragraphs.map((p, pi) => (credit[pi] || p.kind !== 'body' ? null : speakerLabel(doc.text, p.start, p.end)));
  const transcript = labels.filter((l) => l !== null).length >= MIN_TRANSCRIPT_LABELS;
  // "MR ROE:" turns: the "Jane Roe" the page names elsewhere, cue or not, is who speaks them.
  if (transcript) for (const l of labels) if (l && labelSurname(l)) speakerSurnames.add(labelSurname(l) ?? '');
  // "MARTA IVO-BRASK:" turns: the "Marta Ivo-Brask" the page names, cue or not, speaks them.
  const labelNames = new Set<string>();
  if (transcript) for (const l of labels) if (l && labelFullName(l)) labelNames.add(labelFullName(l) ?? '');
  // "Jane Roe" on a line of her own above each of her turns (an earnings call): the page spells its speakers there.
  for (const name of speakerLineNames(doc.text, doc.blocks)) labelNames.add(name);
  // People whose name so far is only known in capitals.
  const shouted = new Set<ActorId>();
  paragraphs.forEach((p, pi) => {
    const cov = covered[pi] ?? [];
    const headline = p.kind === 'title' || !/[.!?:;"'\u201d\u2019\u00bb)]\s*$/u.test(doc.text.slice(Math.max(p.start, p.end - 8), p.end));
    const label = transcript ? labels[pi] : null;
    const nameLabel = label?.kind === 'name' ? { start: label.start, end: label.labelEnd } : null;
    for (const d of discoverNames(p.tokens, p.separators, cov, headline, speakerSurnames, nameLabel, labelNames)) {
      const first = p.tokens[d.first];
      const last = p.tokens[d.last];
      if (!first || !last) continue;
      const name = cleanName(doc.text.slice(first.start, last.end));
      // "el gobernador Villarreal Anaya" after "Américo Villarreal Anaya": the surnames of someone named in full.
      const id = (d.kind === 'person' ? fullNameOwner(name) : null) ?? actorSlug(name);
      const acronymToken = d.acronym === null ? undefined : p.tokens[d.acronym];
      const aliases = acronymToken ? [doc.text.slice(acronymToken.start, acronymToken.end).normalize('NFC')] : [];
      if (!registry.byId.has(id) && !discovered.has(id)) {
        addDiscovered({ id, name: d.kind === 'person' ? nameCase(name) : name, aliases, country: d.country, kind: d.kind, gender: d.gender, origin: 'discovered' }, first.start);
        if (d.kind === 'person' && isShouted(name)) shouted.add(id);
      } else {
        // Found first in capitals (a transcript's label), then as the page writes it: the page's spelling.
        const spelled = shouted.has(id) && !isShouted(name) ? discovered.get(id) : undefined;
        if (spelled) {
          discovered.set(id, { ...spelled, name });
          shouted.delete(id);
        }
        const known = discovered.get(id);
        if (known && known.gender == null && d.gender) discovered.set(id, { ...known, gender: d.gender });
        const more = aliases.filter((a) => !known?.aliases.includes(a));
        if (known && more.length > 0) discovered.set(id, { ...known, aliases: [...known.aliases, ...more].sort() });
      }
      for (let j = d.first; j <= d.last; j += 1) cov[j] = true;
      raw.push({ start: first.start, end: last.end, actor: id, via: 'name', paragraph: pi });
      indexPerson(id);
    }
  });

  // 3a. A discovered name also counts where no cue stood next to it: "X fue detenido … el capo X".
  if (discovered.size > 0) {
    const entries: AliasEntry[] = [];
    for (const actor of discovered.values()) {
      entries.push(...aliasEntries(actor.name, actor.id, 'name', actor.kind === 'person'));
      // "la Red de Control Portuario (Recopo) … según Recopo": the acronym it was introduced with.
      for (const a of actor.aliases) entries.push(...aliasEntries(a, actor.id, 'alias'));
    }
    const index = buildAliasIndex(entries);
    paragraphs.forEach((p, pi) => {
      if (!credit[pi]) matchParagraph(p, pi, index, covered[pi] ?? [], raw, actorOf);
    });
  }
  matchSurnames();
  // "MEXICO CITY (Reuters) —": the outlet in a dateline reports the story; it is not in it.
  const kept = raw.filter((m) => !(actorOf(m.actor)?.kind === 'media' && isDatelineOutlet(doc.text, m.start, m.end)));
  raw.length = 0;
  for (const m of kept) raw.push(m);
  raw.sort((a, b) => a.start - b.start);

  const quotes = scanQuotes(doc.text, paragraphs);
  let q = 0;
  const insideQuote = (offset: number): boolean => {
    // Offsets are asked in increasing order within each pass; restart when they go back.
    if (q > 0 && (quotes[q - 1]?.start ?? 0) > offset) q = 0;
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= offset) q += 1;
    const cur = quotes[q];
    return cur !== undefined && cur.start <= offset && offset < cur.end && inPieces(cur.pieces, offset);
  };

  // 4. Bare role nouns ("the president said") name the person last introduced with that role.
  const roles = resolveRoleMentions(paragraphs, raw.filter((m) => actorOf(m.actor)?.kind === 'person'), covered, actorOf, doc.text, insideQuote);
  q = 0;
  if (roles.length > 0) {
    // A loop, not a spread: a flood of mentions must not overflow the call stack.
    for (const r of roles) raw.push({ ...r, via: 'alias' });
    raw.sort((a, b) => a.start - b.start);
  }

  // 4a. "el titular de la SSPC": the person introduced as holding the body's office, in place of the body.
  const heads = resolveBodyHeads(paragraphs, raw.filter((m) => actorOf(m.actor)?.kind === 'person'), raw.filter((m) => actorOf(m.actor)?.kind !== 'person'), actorOf);
  if (heads.length > 0) {
    const taken = new Set(heads.map((h) => h.body.start));
    const kept = raw.filter((m) => !taken.has(m.start) || actorOf(m.actor)?.kind === 'person');
    raw.length = 0;
    for (const m of kept) raw.push(m);
    for (const h of heads) raw.push({ start: h.start, end: h.end, actor: h.actor, via: 'alias', paragraph: h.paragraph });
    raw.sort((a, b) => a.start - b.start);
  }

  // 4b. "the party said", "el partido sostuvo": the party last named.
  const parties = resolvePartyMentions(paragraphs, raw, covered, actorOf, doc.text);
  if (parties.length > 0) {
    for (const r of parties) raw.push({ ...r, via: 'alias' });
    raw.sort((a, b) => a.start - b.start);
  }

  // 4b'. "the Oregon Democrat said": the person last introduced as a member of that party.
  const members = resolvePartyMembers(paragraphs, raw.filter((m) => actorOf(m.actor)?.kind === 'person'), covered);
  if (members.length > 0) {
    for (const r of members) raw.push({ ...r, via: 'alias' });
    raw.sort((a, b) => a.start - b.start);
  }

  // 4c. "the Mexican readout said": the government of that country.
  const national = resolveNationalDocuments(paragraphs, covered, registry.actors);
  if (national.length > 0) {
    for (const r of national) raw.push({ ...r, via: 'alias' });
    raw.sort((a, b) => a.start - b.start);
  }

  // 5. Pronouns.
  const people: PersonMention[] = raw.filter((m) => actorOf(m.actor)?.kind === 'person' && !insideQuote(m.start));
  q = 0;
  const pronouns = resolvePronouns(doc.text, paragraphs, people, actorOf, insideQuote, doc.sentences, raw);

  const mentions: ActorMention[] = [
    ...raw.map((m) => ({ start: m.start, end: m.end, sentence: sentenceAt(doc, m.start), actor: m.actor, via: m.via })),
    ...pronouns.map((h) => ({ start: h.start, end: h.end, sentence: sentenceAt(doc, h.start), actor: h.actor, via: 'pronoun' as const })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);

  return { mentions, discovered: [...discovered.values()], diagnostics };
}
