/**
 * Builds small hand-made CleanDocuments for unit tests of the corpus stages, so
 * they can be tested without the text and actor stages: paragraphs are body
 * blocks (or related items from `relatedFrom` on), sentences split at . ! ?,
 * and dates and actors are given explicitly by the words that carry them.
 */
import type { DocumentId, ActorId, DateValue } from '../../schema/timeline';
import { extractEvents } from '../events/extract-events';
import { linkQuotes } from '../events/link-quotes';
import type { ActorMention, Block, CalendarDay, CleanDocument, DateMention, ExtractedDocument, ExtractedQuote, Sentence } from '../model';

export interface HandDocOptions {
  id?: string;
  text: string;
  published?: CalendarDay | null;
  /** Paragraph index from which every paragraph is a separate related story. */
  relatedFrom?: number;
  /** Words carrying a date (first occurrence) and their resolved value. */
  dates?: [string, DateValue][];
  /** Actor id → words that mention it (every occurrence). */
  actors?: Record<string, string[]>;
  /** Quoted words (first occurrence) and their speaker. */
  quotes?: [string, string | null][];
}

export function handDoc(options: HandDocOptions): {
  doc: CleanDocument;
  mentions: ActorMention[];
  quotes: ExtractedQuote[];
} {
  const text = options.text;
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const paragraph = /[^\n]+(?:\n[^\n]+)*/gu;
  let p = 0;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text), p += 1) {
    const story = options.relatedFrom !== undefined && p >= options.relatedFrom ? p - options.relatedFrom + 1 : 0;
    const start = m.index;
    blocks.push({ start, end: start + m[0].length, kind: story === 0 ? 'body' : 'related', story });
    const sentence = /[^.!?]+(?:[.!?]+["'”’]?|$)/gu;
    for (let s = sentence.exec(m[0]); s; s = sentence.exec(m[0])) {
      const lead = s[0].length - s[0].trimStart().length;
      const body = s[0].trim();
      if (body) sentences.push({ start: start + s.index + lead, end: start + s.index + lead + body.length, block: blocks.length - 1, story });
    }
  }
  const sentenceAt = (offset: number): number => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const dates: DateMention[] = (options.dates ?? []).map(([words, value]) => {
    const start = text.indexOf(words);
    if (start === -1) throw new Error(`date words not in text: ${words}`);
    return { start, end: start + words.length, sentence: sentenceAt(start), value: { ...value, text: words } };
  });
  const mentions: ActorMention[] = [];
  for (const [actor, names] of Object.entries(options.actors ?? {})) {
    for (const name of names) {
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
        mentions.push({ start: at, end: at + name.length, sentence: sentenceAt(at), actor: actor as ActorId, via: 'name' });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const quotes: ExtractedQuote[] = (options.quotes ?? []).map(([words, speaker]) => {
    const start = text.indexOf(words);
    if (start === -1) throw new Error(`quote not in text: ${words}`);
    const sentence = sentenceAt(start);
    const s = sentences[sentence] ?? { start, end: start + words.length };
    return {
      start,
      end: start + words.length,
      text: words,
      direct: true,
      speaker: speaker as ActorId | null,
      sentence,
      context: { start: s.start, end: s.end },
      date: { start: null, precision: 'unknown', basis: 'reported' },
    };
  });
  const published = options.published ?? null;
  const stories = [...new Set(blocks.map((b) => b.story))].map((story) => ({
    story,
    published: story === 0 ? published : null,
    lowerBound: published,
  }));
  const doc: CleanDocument = {
    id: (options.id ?? 'doc.txt') as DocumentId,
    path: options.id ?? 'doc.txt',
    format: 'txt',
    text,
    bodyStart: 0,
    meta: {},
    diagnostics: [],
    title: text.split('\n', 1)[0] ?? '',
    language: 'en',
    outlet: null,
    url: null,
    published,
    blocks,
    sentences,
    stories,
    dates,
  };
  return { doc, mentions, quotes };
}

/** A hand-made document run through the events stage, ready for assembleTimeline. */
export function handExtracted(options: HandDocOptions): ExtractedDocument {
  const { doc, mentions, quotes } = handDoc(options);
  const linked = linkQuotes(doc, extractEvents(doc, mentions), quotes);
  return { ...doc, mentions, quotes: linked.quotes, events: linked.events };
}

/** An actors.yaml text listing invented people (ids are the slugs of the names). */
export function handActors(names: readonly string[]): { path: string; text: string } {
  return {
    path: 'data/actors.yaml',
    text: `actors:\n${names.map((n) => `  - name: ${n}\n    kind: person\n`).join('')}`,
  };
}
