/**
 * '"…," the statement said', '"…", señaló el comunicado', '"…," it said': a
 * document or an "it" speaking after the text has said who issued a statement
 * ("The Harbor Board said in a statement.", "En un comunicado, la Junta
 * informó…"). The quote is that author's. It refuses to guess: with no sentence
 * naming a statement in the quote's paragraph or the one before it, or no one in
 * subject position there, the speaker stays unknown; "it" only stands for a body,
 * never a person.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { ActorRegistry } from '../actors/actor-registry';
import { foldKey } from '../actors/fold-text';
import type { ParagraphWords } from '../actors/paragraph-words';
import type { WordToken } from '../actors/word-tokens';
import { reportingSpeaker } from './quote-attribution';
import { isCueWord } from './speech-cues';

/** Nouns for a written statement, folded. */
const DOCUMENT_NOUNS = new Set(['statement', 'communique', 'readout', 'release', 'comunicado', 'boletin', 'nota']);
const ARTICLES = new Set(['the', 'its', 'that', 'el', 'la', 'su', 'dicho', 'dicha']);
/** A statement named in a sentence: "said in a statement", "issued a statement", "En un comunicado,". */
const STATEMENT_WORD = /(?:^|[^\p{L}])(?:statement|communiqu[eé]|readout|press release|comunicado|bolet[ií]n)(?![\p{L}])/giu;

/** Whether the words hold "the statement said", "señaló el comunicado", "it said". */
export function documentSpeaks(words: readonly WordToken[]): 'document' | 'it' | null {
  for (let j = 0; j < words.length; j += 1) {
    const w = words[j];
    if (!w) continue;
    const next = words[j + 1];
    const cueAround = (k: number) => isCueWord(words, k);
    if (DOCUMENT_NOUNS.has(w.key) && ARTICLES.has(words[j - 1]?.key ?? '') && (cueAround(j + 1) || cueAround(j - 2))) return 'document';
    if (w.key === 'it' && next && cueAround(j + 1)) return 'it';
  }
  return null;
}

export interface StatementContext {
  text: string;
  paragraphs: readonly ParagraphWords[];
  /** Mentions sorted by start. */
  mentions: readonly ActorMention[];
  registry: ActorRegistry;
  /** Sentence starts of a paragraph. */
  startsOf: (pi: number) => readonly number[];
  /** Words outside quotes in [from, to). */
  wordsBetween: (from: number, to: number) => WordToken[];
  inQuote: (offset: number) => boolean;
}

/** The author of the statement named last before `before`, in paragraph `pi` or the one before it. */
export function statementAuthor(ctx: StatementContext, pi: number, before: number, kind: 'document' | 'it'): ActorId | null {
  for (let k = pi; k >= Math.max(0, pi - 1); k -= 1) {
    const p = ctx.paragraphs[k];
    if (!p || p.story !== ctx.paragraphs[pi]?.story) return null;
    const end = Math.min(p.end, before);
    let at = -1;
    for (const m of ctx.text.slice(p.start, end).matchAll(STATEMENT_WORD)) if (!ctx.inQuote(p.start + m.index)) at = p.start + m.index;
    if (at === -1) continue;
    const starts = ctx.startsOf(k);
    const from = [...starts].reverse().find((s) => s <= at) ?? p.start;
    const to = starts.find((s) => s > at) ?? p.end;
    const author = sentenceSubject(ctx, from, Math.min(to, end));
    if (author === null) return null;
    const actor = ctx.registry.byId.get(author);
    return kind === 'it' && (actor === undefined || actor.kind === 'person') ? null : author;
  }
  return null;
}

/** The subject of the sentence [from, to): of its speech verb, or the name it opens with ("Mexico's ministry issued a statement"). */
function sentenceSubject(ctx: StatementContext, from: number, to: number): ActorId | null {
  const mentions = ctx.mentions.filter((m) => m.start >= from && m.end <= to && !ctx.inQuote(m.start));
  const spoken = reportingSpeaker(ctx.text, mentions, ctx.wordsBetween(from, to), from);
  if (spoken !== null) return spoken;
  const first = mentions[0];
  const opening = first ? foldKey(ctx.text.slice(from, first.start)).trim() : null;
  return first && (opening === '' || opening === 'the') ? first.actor : null;
}
