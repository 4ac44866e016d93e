/**
 * The editor's actor file (data/actors.yaml): canonical names, aliases and
 * descriptions, country, kind and gender. This stage decides nothing about the
 * text; it only turns the file into an index. It refuses to guess around a bad
 * entry: the entry is left out with an error naming its line, and the other
 * entries still load. Ids are the slug of the canonical name.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { ACTOR_KINDS, type Actor, type ActorId, type Diagnostic } from '../../schema/timeline';
import { diagnostic } from '../model';
import { actorSlug } from './actor-slug';
import { aliasEntries, buildAliasIndex, type AliasEntry, type AliasIndex } from './alias-index';
import { officeNameVariants } from './office-name-variants';

export interface ActorFile {
  path: string;
  text: string;
}

export interface ActorRegistry {
  actors: readonly Actor[];
  byId: ReadonlyMap<ActorId, Actor>;
  /** Names, aliases and not-an-actor phrases, ready for matching. */
  index: AliasIndex;
}

const entrySchema = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code such as MX')
    .nullable()
    .default(null),
  kind: z.enum(ACTOR_KINDS),
  gender: z.enum(['female', 'male', 'other']).optional(),
});

const fileSchema = z.strictObject({
  actors: z.array(z.unknown()).default([]),
  ignore: z.array(z.string().trim().min(1)).default([]),
});

export const EMPTY_REGISTRY: ActorRegistry = { actors: [], byId: new Map(), index: buildAliasIndex([]) };

export function parseActorRegistry(file: ActorFile | null): { registry: ActorRegistry; diagnostics: Diagnostic[] } {
  if (file === null) return { registry: EMPTY_REGISTRY, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const p = lines.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const firstError = doc.errors[0];
  if (firstError) {
    diagnostics.push(
      diagnostic('error', 'actors-file-syntax', `${file.path} is not valid YAML: ${firstError.message.split('\n')[0] ?? ''}`, file.path, at(firstError.pos[0])),
    );
    return { registry: EMPTY_REGISTRY, diagnostics };
  }
  const top = fileSchema.safeParse(doc.toJS() ?? {});
  if (!top.success) {
    diagnostics.push(
      diagnostic('error', 'actors-file-shape', `${file.path} must be a map with an "actors" list (and optionally "ignore"): ${top.error.issues[0]?.message ?? ''}`, file.path, at(0)),
    );
    return { registry: EMPTY_REGISTRY, diagnostics };
  }
  const seqNode = isMap(doc.contents) ? doc.contents.get('actors', true) : undefined;
  const itemNodes: (Node | undefined)[] = isSeq(seqNode) ? (seqNode.items as Node[]) : [];

  const actors: Actor[] = [];
  const byId = new Map<ActorId, Actor>();
  const entries: AliasEntry[] = [];
  const owner = new Map<string, { id: ActorId; line: number }>();

  top.data.actors.forEach((raw, i) => {
    const pos = at(itemNodes[i]?.range?.[0]);
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      diagnostics.push(
        diagnostic('error', 'actor-entry-invalid', `actor entry ${i + 1} is invalid${field ? ` at "${field}"` : ''}: ${issue?.message ?? 'unknown problem'}; it was left out`, file.path, pos),
      );
      return;
    }
    const e = parsed.data;
    const id = actorSlug(e.name);
    if (byId.has(id)) {
      diagnostics.push(diagnostic('error', 'actor-duplicate', `actor "${e.name}" is listed twice (id ${id}); this entry was left out`, file.path, pos));
      return;
    }
    const aliases = [...new Set(e.aliases.filter((a) => a !== e.name))];
    const actor: Actor = { id, name: e.name, aliases, country: e.country, kind: e.kind, gender: e.gender ?? null, origin: 'registry' };
    actors.push(actor);
    byId.set(id, actor);
    const person = e.kind === 'person';
    for (const phrase of [e.name, ...aliases]) {
      const key = phrase.normalize('NFC').toLowerCase();
      const prev = owner.get(key);
      if (prev && prev.id !== id) {
        diagnostics.push(
          diagnostic('warning', 'actor-alias-conflict', `"${phrase}" names both ${prev.id} (line ${prev.line}) and ${id}; the first one wins`, file.path, pos),
        );
        continue;
      }
      owner.set(key, { id, line: pos.line });
      entries.push(...aliasEntries(phrase, id, phrase === e.name ? 'name' : 'alias', person));
    }
  });
  // "Department of State" beside a listed "State Department": the other order names the same body (unless listed for another).
  for (const actor of actors) {
    if (actor.kind === 'person') continue;
    for (const phrase of [actor.name, ...actor.aliases].flatMap(officeNameVariants)) {
      const key = phrase.normalize('NFC').toLowerCase();
      if (owner.has(key)) continue;
      owner.set(key, { id: actor.id, line: 0 });
      entries.push(...aliasEntries(phrase, actor.id, 'alias'));
    }
  }
  for (const phrase of top.data.ignore) entries.push(...aliasEntries(phrase, null, 'alias'));
  return { registry: { actors, byId, index: buildAliasIndex(entries) }, diagnostics };
}
