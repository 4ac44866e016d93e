/** Compiles a golden case folder and projects its output for comparison. */
import { readFileSync } from 'node:fs';
import nodePath from 'node:path';
import type { Timeline } from '../../schema/timeline';
import { compileCorpus } from '../compile';
import { readDataFiles } from '../io/data-files';
import { readCorpus } from '../io/read-corpus';

export interface Projection {
  events: { type: string; date: string | null; precision: string; basis: string; actors: string[]; documents: string[]; sourceCount: number; relevant: boolean; curated: string[] }[];
  /** Types of the story stops, in order. */
  story: string[];
  quotes: { speaker: string | null; text: string }[];
}

export function project(timeline: Timeline): Projection {
  const nameOf = new Map(timeline.actors.map((a) => [a.id as string, a.name]));
  const pathOf = new Map(timeline.documents.map((d) => [d.id as string, d.path]));
  const events = timeline.events
    .map((e) => ({
      type: e.type,
      date: e.date.start,
      precision: e.date.precision,
      basis: e.date.basis,
      actors: e.actors.map((a) => nameOf.get(a) ?? a).sort(),
      documents: [...new Set(e.sources.map((src) => pathOf.get(src.document) ?? src.document))].sort(),
      sourceCount: e.sourceCount,
      relevant: e.relevant,
      curated: e.curated ?? [],
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const quotes = timeline.quotes
    .map((q) => ({ speaker: q.speaker === null ? null : (nameOf.get(q.speaker) ?? q.speaker), text: q.text.slice(0, 40) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const story = timeline.story.map((id) => timeline.events.find((e) => e.id === id)?.type ?? id);
  return { events, quotes, story };
}

export async function compileCase(root: string, name: string): Promise<Timeline> {
  const input = nodePath.join(root, name, 'input');
  const data = await readDataFiles(root, input);
  const actors = data.config.actors ?? { path: 'actors.yaml', text: readFileSync(nodePath.join(root, 'actors.yaml'), 'utf8') };
  const corpus = await readCorpus({ root: nodePath.join(input, 'documents'), sources: data.sources });
  const { timeline } = compileCorpus(corpus.documents, { ...data.config, actors });
  return { ...timeline, diagnostics: [...data.diagnostics, ...corpus.diagnostics, ...timeline.diagnostics] };
}

