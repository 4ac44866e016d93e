/**
 * The per-document half of the compiler: one source document in, its
 * extraction out (clean → segment → dates → actors → quotes → events), then
 * slimmed to what assembly reads. Pure, and free of the editor-data parsers
 * and the corpus stages, so the extraction workers load only this part.
 */
import type { Actor, Diagnostic } from '../schema/timeline';
import type { ActorRegistry } from './actors/actor-registry';
import { findActorMentions } from './actors/find-actor-mentions';
import type { AssemblyInput, CompileContext, DocumentExtraction } from './compile';
import type { EventDraft } from './events/event-draft';
import { commentaryFilter } from './events/commentators';
import { extractEvents } from './events/extract-events';
import { standingFilter } from './events/standing';
import { linkQuotes } from './events/link-quotes';
import { sayingsAsKinds } from './events/said-kinds';
import { hasOwnDate } from './merge/date-interval';
import { duplicateSignature } from './merge/duplicate-documents';
import { contentId } from './emit/content-id';
import type { ActorMention, CleanDocument, ExtractedDocument, ExtractedQuote, SourceDocument } from './model';
import { extractQuotes } from './quotes/extract-quotes';
import { fold } from './relevance/topic-matcher';
import { cleanDocument } from './text/clean-document';

export function slimExtraction(extraction: DocumentExtraction): AssemblyInput {
  const { mentions: _mentions, dates: _dates, stories: _stories, events, ...rest } = extraction;
  // Events of one sentence share its words: computed once, and one array (read-only downstream) sent once.
  const wordsOf = new Map<string, string[]>();
  const sentenceWords = (start: number, end: number): string[] => {
    const key = `${start}:${end}`;
    let words = wordsOf.get(key);
    if (!words) {
      words = contentWords(extraction.text.slice(start, end));
      wordsOf.set(key, words);
    }
    return words;
  };
  const slim: AssemblyInput = {
    ...rest,
    quotes: rest.quotes.map((q) => ({ ...q, id: quoteId(extraction.id, q) })),
    events: events.map((e) => ({
      type: e.type,
      cameo: e.cameo,
      title: e.title,
      date: e.date,
      actors: e.actors,
      sentence: e.sentence,
      start: e.start,
      end: e.end,
      quotes: e.quotes,
      ...(e.targets ? { targets: e.targets } : {}),
      ...(e.background ? { background: e.background } : {}),
      ...triggerOf(e),
      words: sentenceWords(e.start, e.end),
    })),
  };
  slim.signature = duplicateSignature(articleText(slim));
  return slim;
}

/** A quote's output id: from its document and its place in it only, so the same on every build (hashed once per document content, here). */
export function quoteId(document: string, quote: { start: number; end: number }): string {
  return contentId('q', [document, quote.start, quote.end]);
}

/** The actor and quote stages (owned by the actors/quotes work). */
function actorsAndQuotes(
  doc: CleanDocument,
  registry: ActorRegistry,
): { mentions: ActorMention[]; quotes: ExtractedQuote[]; discovered: Actor[]; diagnostics: Diagnostic[] } {
  const actors = findActorMentions(doc, registry);
  const quotes = extractQuotes(doc, actors.mentions, registry);
  return {
    mentions: actors.mentions,
    quotes: quotes.quotes,
    discovered: actors.discovered,
    diagnostics: [...actors.diagnostics, ...quotes.diagnostics],
  };
}

export function extractDocument(doc: SourceDocument, context: CompileContext): DocumentExtraction {
  const clean = cleanDocument(doc);
  const found = actorsAndQuotes(clean, context.registry);
  const drafts = extractEvents(clean, found.mentions, found.quotes.filter((q) => q.direct));
  const linked = linkQuotes(clean, drafts, found.quotes);
  // An event needs someone who took part, once quotes lent their speakers: a happening that names no one ("In August it
  // sent 26 more", "the two leaders spoke on May 3") cannot be told apart from others or said to be anyone's; on every
  // corpus such events matched no gold event. An undated one that took its speaker from its quote ('«…», aseguró en una
  // entrevista') is kept unless the speaker is a commentator, whose remark is no happening (commentators.ts).
  const notCommentary = commentaryFilter(clean.text, clean.sentences, found.mentions, linked.events);
  // An undated saying is a happening only when its speaker has standing in the story: someone quoted for colour (a
  // person found in the text with no public office and no headline) keeps their quotes but makes no event (standing.ts).
  const standing = standingFilter(clean, found.mentions, new Set(found.discovered.filter((a) => a.kind === 'person').map((a) => a.id)));
  const keep = linked.events.map((e, i) => {
    const before = drafts[i];
    const lent = before !== undefined && before.actors.length === 0 && !hasOwnDate(before.date);
    return e.actors.length > 0 && (!lent || notCommentary(e)) && standing(e);
  });
  return {
    ...clean,
    diagnostics: [...clean.diagnostics, ...found.diagnostics],
    mentions: found.mentions,
    quotes: linked.quotes,
    // "She said her country would never accept…": a saying that refuses or threatens is a rejection or a threat (said-kinds.ts).
    events: sayingsAsKinds(clean.text, linked.events.filter((_, i) => keep[i])),
    discovered: found.discovered,
  };
}

export function triggerOf(e: ExtractedDocument['events'][number]): { trigger?: [number, number] } {
  const t = (e as Partial<EventDraft>).trigger;
  return Array.isArray(t) && t.length === 2 ? { trigger: [t[0], t[1]] } : {};
}

/** The words that make the article (body and related items), not the page furniture around it. */
export function articleText(doc: AssemblyInput): string {
  const parts = doc.blocks.filter((b) => b.kind === 'body' || b.kind === 'related').map((b) => doc.text.slice(b.start, b.end));
  return parts.length ? parts.join('\n') : doc.text.slice(doc.bodyStart);
}

export function contentWords(text: string): string[] {
  return [...new Set((fold(text).match(/[\p{L}\p{N}]{4,}/gu) ?? []))].sort();
}
