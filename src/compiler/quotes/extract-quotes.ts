/**
 * The quotes stage: quoted words and who said them. It keeps partial quotes
 * ("would 'never accept' U.S. troops") and drops scare quotes (one or two words
 * with no speech verb in their sentence and no "Name:" before them, or anything
 * after "so-called"). A quote left unclosed ends at its paragraph. The same
 * words from the same speaker appear once per document, whatever the Unicode
 * form. It refuses to guess the
 * speaker (see quote-attribution.ts): an unattributable quote keeps a null
 * speaker, with an info diagnostic. Its date is the story's publication date
 * (basis "reported") until the events stage ties it to an event.
 */
import type { ActorId, DateValue, Diagnostic } from '../../schema/timeline';
import { diagnostic, type ActorMention, type CleanDocument, type ExtractedQuote } from '../model';
import type { ActorRegistry } from '../actors/actor-registry';
import { stripInvisible } from '../actors/fold-text';
import { lineIndex } from '../actors/line-index';
import { paragraphWords, sentenceAt } from '../actors/paragraph-words';
import { attributeQuote, hasCue, reportingSpeaker } from './quote-attribution';
import { colonIntroducer, speechOwner } from './speech-possessor';
import { hasBareSpanishCue, initialSpanishCue } from './subjectless-cues';
import { indirectQuotes } from './indirect-speech';
import { nestedQuotes } from './nested-quotes';
import { documentAuthor } from './document-source';
import { documentClauseAuthor } from './document-clause';
import { possessiveOwner } from './possessive-speech';
import { opensWithViewpoint, viewpointHolder } from './viewpoint-quotes';
import { transcriptLines, type TurnBlock } from './transcript-labels';
import { quotedInTurn } from './quoted-in-turn';
import { embeddedPosts } from './embedded-posts';
import { scanQuotes, type QuoteSpan } from './quote-scanner';
import { documentSpeaks, statementAuthor } from './statement-author';
import { carriedSubject, mentionsBetween, wordsBetween } from './quote-surroundings';
import { dialogueExchange } from './dialogue-exchange';
import { sentenceTopic } from './topic-person';
import { frameOf, sentenceStarts } from './sentence-frames';
import { BLANK_OR_BLOCKQUOTE, continuesParagraph, FOOTNOTE_OR_NOTHING, runsOn, trimEnd } from './paragraph-runs';
import { isNickname, isQuotedName, MAX_NAME_WORDS } from './quoted-names';

export interface QuotesResult {
  quotes: ExtractedQuote[];
  diagnostics: Diagnostic[];
}

/**
 * Words before a quote that make it a name or a scare quote, not speech: so-called "war on drugs", a plan titled "…".
 * "una llamada" is a phone call ("organizar una llamada «en los próximos días»"), not "a so-called".
 */
const SCARE_MARKERS =
  /(?:so-called|so called|called|titled|entitled|dubbed|named|nicknamed|code-named|codenamed|headlined|known as|(?<!\bunas?\s)llamad[oa]s?|denominad[oa]s?|supuest[oa]s?|titulad[oa]s?|bautizad[oa]s? como|conocid[oa]s? como|apodad[oa]s?)\s*$/iu;
const LETTER = /\p{L}/u;
/** How far from a quote its attribution is looked for, in characters. */
const MAX_REACH = 600;
/** How far a speech verb may be from a one- or two-word quote for it to count as a quote. */
const SCARE_REACH = 160;

function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function trimmedPieces(text: string, q: QuoteSpan): { start: number; end: number; text: string } | null {
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  for (const piece of q.pieces) {
    let s = piece.start;
    let e = piece.end;
    while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
    while (e > s && /[\s,;:]/u.test(text[e - 1] ?? '')) e -= 1;
    if (e <= s) continue;
    if (start === -1) start = s;
    end = e;
    parts.push(text.slice(s, e));
  }
  if (start === -1) return null;
  // The exact words of the file, re-opening marks of continued paragraphs included, so the cited span is the text.
  return { start, end, text: parts.length === 1 ? (parts[0] ?? '') : text.slice(start, end) };
}

function storyDate(doc: CleanDocument, story: number): DateValue {
  const ctx = doc.stories.find((s) => s.story === story);
  const day = ctx ? ctx.published : story === 0 ? doc.published : null;
  if (!day) return { start: null, precision: 'unknown', basis: 'reported' };
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return { start: `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`, precision: 'day', basis: 'reported' };
}

function dedupeKey(speaker: ActorId | null, text: string): string {
  return `${speaker ?? ''}\u0000${stripInvisible(text).normalize('NFC').replace(/\s+/gu, ' ').toLowerCase()}`;
}

/** Short lines the text stage set aside (a repeated or meta line): a transcript may name its speakers on them. */
function setAsideLines(doc: CleanDocument): TurnBlock[] {
  const lines: TurnBlock[] = [];
  for (const b of doc.blocks) {
    if ((b.kind === 'duplicate' || b.kind === 'meta') && b.end - b.start <= 90) lines.push({ start: b.start, end: b.end, story: b.story, kind: 'line' });
  }
  return lines;
}

export function extractQuotes(doc: CleanDocument, mentions: readonly ActorMention[], registry: ActorRegistry): QuotesResult {
  const { text } = doc;
  const paragraphs = paragraphWords(doc, ['body', 'related']);
  const spans = scanQuotes(text, paragraphs);
  const inQuote = (offset: number): boolean => {
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.open ?? 0) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = spans[found];
    return s !== undefined && offset < s.close;
  };
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);
  const startsCache = new Map<number, number[]>();
  const paragraphIndexAt = (offset: number): number => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((paragraphs[mid]?.start ?? 0) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const startsOf = (pi: number): number[] => {
    let s = startsCache.get(pi);
    const p = paragraphs[pi];
    if (!s && p) {
      s = sentenceStarts(text, p, spans);
      startsCache.set(pi, s);
    }
    return s ?? [];
  };

  const statements = {
    text, paragraphs, mentions: sortedMentions, registry, startsOf, inQuote,
    wordsBetween: (from: number, to: number) => wordsBetween(paragraphs, spans, from, to),
  };
  const quotes: ExtractedQuote[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  let previous: { paragraph: number; frameEnd: number; speaker: ActorId | null } | null = null;
  const isPerson = (id: ActorId): boolean => (registry.byId.get(id)?.kind ?? 'person') === 'person';
  const exchange = dialogueExchange({
    text, paragraphs, mentions: sortedMentions,
    isPerson,
    carried: (pi, offset) => carriedSubject(sortedMentions, registry, paragraphs, pi, offset, inQuote, text),
  });
  const turns = transcriptLines(text, paragraphs, sortedMentions, registry, setAsideLines(doc));
  let positionAt: ((offset: number) => { line: number; column: number }) | null = null;
  const at = (offset: number) => (positionAt ??= lineIndex(text))(offset);
  for (const q of spans) {
    const inner = trimmedPieces(text, q);
    if (!inner || !LETTER.test(inner.text)) continue;
    const firstPi = paragraphIndexAt(q.open);
    const lastPi = paragraphIndexAt(Math.max(q.open, q.close - 1));
    const firstP = paragraphs[firstPi];
    const lastP = paragraphs[lastPi];
    if (!firstP || !lastP) continue;
    // The sentence around the quote, bounded so that a sentence-less 10 MB line stays linear.
    const frameStart = Math.max(frameOf(startsOf(firstPi), firstP.end, q.open, q.open + 1).start, q.open - MAX_REACH);
    const frameEnd = Math.min(frameOf(startsOf(lastPi), lastP.end, q.close - 1, q.close).end, q.close + MAX_REACH);

    // Only the end of the text before the quote matters ("so-called", a colon).
    const beforeText = text.slice(Math.max(frameStart, q.open - 80), q.open);
    if (SCARE_MARKERS.test(beforeText)) continue;
    const words = inner.text.length > 80 ? 3 : wordCount(inner.text);
    if (words === 1 && isNickname(text, q)) continue;
    if (words <= MAX_NAME_WORDS && isQuotedName(text, q, inner.text)) continue;
    // "Name: … 'words'" attributes by its colon, however short the words.
    const mentionsBefore = mentionsBetween(sortedMentions, frameStart, q.open, inQuote);
    const introducer = colonIntroducer(text, mentionsBefore, frameStart, q.open) ?? speechOwner(text, mentionsBefore, frameStart, q.open);
    // A scare quote: one or two words with no speech verb near them (nor "X's vow to '…'" before them).
    if (
      introducer === null &&
      words <= 2 &&
      !hasCue(wordsBetween(paragraphs, spans, Math.max(frameStart, q.open - SCARE_REACH), q.open)) &&
      !hasCue(wordsBetween(paragraphs, spans, q.close, Math.min(frameEnd, q.close + SCARE_REACH)))
    ) {
      continue;
    }
    const before = wordsBetween(paragraphs, spans, frameStart, q.open);
    const after = wordsBetween(paragraphs, spans, q.close, frameEnd);

    // "He said:" closing the previous paragraph introduces a quote that opens this one.
    let attributionStart = frameStart;
    let colon = /:\s*$/u.test(beforeText);
    const prevP = paragraphs[firstPi - 1];
    const colonBefore = BLANK_OR_BLOCKQUOTE.test(beforeText) && prevP && prevP.story === firstP.story && /:\s*$/u.test(text.slice(Math.max(prevP.start, prevP.end - 40), prevP.end));
    // 'he would not\n"tie the hands"': a print column cut into paragraphs mid-sentence; the sentence began in the one before.
    const cut = frameStart === firstP.start && runsOn(text, paragraphs, firstPi);
    if (prevP && (colonBefore || cut)) {
      attributionStart = frameOf(startsOf(firstPi - 1), prevP.end, prevP.end - 1, prevP.end).start;
      colon ||= colonBefore === true;
    }
    const input = {
      text,
      open: q.open,
      close: q.close,
      before: attributionStart < frameStart ? wordsBetween(paragraphs, spans, attributionStart, q.open) : before,
      after,
      mentions: mentionsBetween(sortedMentions, attributionStart, frameEnd, inQuote),
      frameStart: attributionStart,
      colon,
    };
    const found = attributeQuote(input);
    // '"…."[3]': a footnote mark after the quote is no words of its sentence.
    const nothingAfter = after.length === 0 || FOOTNOTE_OR_NOTHING.test(text.slice(q.close, frameEnd));

    let speaker = found;
    // '…McCormick said, referring to the United\nStates. "Mexico has moved."': the same, after a sentence cut by the column.
    const afterCut = previous?.paragraph === firstPi - 1 && runsOn(text, paragraphs, firstPi) && previous.frameEnd >= trimEnd(text, prevP?.end ?? 0) && startsOf(firstPi)[1] === frameStart;
    if (speaker === null && before.length === 0 && nothingAfter && previous && ((previous.paragraph === firstPi && previous.frameEnd >= frameStart) || afterCut)) {
      // '"…," X said. "…"': a quote standing alone right after an attributed one continues it, into the next paragraphs too.
      speaker = previous.speaker;
    }
    if (speaker === null && before.length === 0 && nothingAfter && previous && continuesParagraph(text, paragraphs, previous, firstPi, q)) {
      // '"…," X wrote.¶"…"': a paragraph that is only a quote, after a paragraph closed by an attributed one, goes on with its words.
      speaker = previous.speaker;
    }
    if (speaker === null && before.length === 0 && nothingAfter && frameStart > firstP.start) speaker = viewpointHolder(text, sortedMentions, firstP.start, q.open, inQuote);
    // "Para el abogado X, los traslados «rompen con el debido proceso»": the opener's own sentence gives the holder's view,
    // whether it opens the paragraph or follows another sentence ("No todos coinciden. Para el abogado X, …").
    if (speaker === null && !hasCue(before)) speaker = viewpointHolder(text, sortedMentions, text.slice(firstP.start, frameStart).trim() === '' ? firstP.start : frameStart, q.open, inQuote);
    if (speaker === null && before.length === 0 && nothingAfter && frameStart > firstP.start) {
      // 'Still, he said, the port … . "Nobody thought it would happen."': the sentence before reports the same person.
      const from = [...startsOf(firstPi)].reverse().find((s) => s < frameStart) ?? firstP.start;
      const reporting = wordsBetween(paragraphs, spans, from, frameStart);
      const reportingMentions = mentionsBetween(sortedMentions, from, frameStart, inQuote);
      speaker = reportingSpeaker(text, reportingMentions, reporting, from);
      // 'Roe-Brask laughed. "Ask me in March."': with no speech verb, the words go on with the one person the sentence is about.
      if (speaker === null && !hasCue(reporting)) speaker = sentenceTopic(text, reportingMentions, from, frameStart, isPerson);
    }
    if (speaker === null && before.length === 0 && nothingAfter && frameStart === firstP.start && prevP && prevP.story === firstP.story && prevP.kind === 'body') {
      // 'X praised the units and said their mission was about to change.¶"For too long, …"': a paragraph that is only a
      // quote, after a paragraph whose last sentence reports someone's words and quotes none, goes on with that person.
      const from = startsOf(firstPi - 1).at(-1) ?? prevP.start;
      if (!spans.some((s) => s.close > from && s.open < prevP.end)) {
        speaker = reportingSpeaker(text, mentionsBetween(sortedMentions, from, prevP.end, inQuote), wordsBetween(paragraphs, spans, from, prevP.end), from);
      }
    }
    if (speaker === null) speaker = possessiveOwner(text, sortedMentions, registry, paragraphs, firstPi, q.open, inQuote);
    if (speaker === null) speaker = documentAuthor(text, sortedMentions, doc.sentences, frameStart, q.open, paragraphs[Math.max(0, firstPi - 1)]?.start ?? 0, inQuote);
    if (speaker === null) speaker = documentClauseAuthor(text, input.mentions, frameStart, q.open);
    const speaks = speaker === null ? documentSpeaks([...before, ...after]) : null;
    if (speaks !== null) speaker = statementAuthor(statements, firstPi, frameStart, speaks);
    // '«…», señaló el comunicado': the verb's subject is the document, not a person carried over.
    // "Para la analista X, … «…», advirtió": a subjectless verb in a paragraph that opens with someone's view goes on with that view.
    const carried = (offset: number) =>
      opensWithViewpoint(text, firstP.start) ? viewpointHolder(text, sortedMentions, firstP.start, offset, inQuote) : carriedSubject(sortedMentions, registry, paragraphs, firstPi, offset, inQuote, text);
    if (speaker === null && speaks === null && hasBareSpanishCue(input)) speaker = carried(q.open);
    const initialCue = speaker === null ? initialSpanishCue(input) : null;
    if (initialCue !== null) speaker = carried(initialCue);
    speaker = quotedInTurn(turns, q.open, q.close, exchange.speakerOf(q, firstPi, speaker));
    previous = { paragraph: lastPi, frameEnd, speaker };

    const key = dedupeKey(speaker, inner.text);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!q.closed) {
      diagnostics.push(
        diagnostic('info', 'unclosed-quote', 'a quotation mark is never closed; the quote was ended at the end of its paragraph', doc.path, at(q.open)),
      );
    }
    if (speaker === null) {
      diagnostics.push(
        diagnostic('info', 'unattributed-quote', `no speaker found for the quote "${inner.text.slice(0, 60)}"; it is kept without one`, doc.path, at(q.open)),
      );
    }
    quotes.push({
      start: inner.start,
      end: inner.end,
      text: inner.text,
      direct: true,
      speaker,
      sentence: sentenceAt(doc, inner.start),
      context: { start: attributionStart, end: trimEnd(text, frameEnd) },
      date: storyDate(doc, firstP.story),
    });
    // '"He told the board: 'The new cranes are the fastest,'" Roe recalled': the inner words are the one named inside.
    for (const n of q.nested ? nestedQuotes(text, q, speaker, (o) => paragraphs[paragraphIndexAt(o)], sortedMentions) : []) {
      const words = trimmedPieces(text, n.span);
      if (!words || seen.has(dedupeKey(n.speaker, words.text))) continue;
      seen.add(dedupeKey(n.speaker, words.text));
      quotes.push({ ...words, direct: true, speaker: n.speaker, sentence: sentenceAt(doc, words.start), context: { start: q.open, end: q.close }, date: storyDate(doc, firstP.story) });
    }
  }
  // "Q: … / A: …", "MR ROE: …": a transcript's turns are their speakers' own words, quotation marks or not.
  const questions = new Set<ExtractedQuote>();
  for (const a of [...turns, ...embeddedPosts(text, paragraphs, sortedMentions)]) {
    const words = text.slice(a.start, a.end);
    const key = dedupeKey(a.speaker, words);
    if (seen.has(key) || !LETTER.test(words)) continue;
    seen.add(key);
    const quote: ExtractedQuote = {
      start: a.start,
      end: a.end,
      text: words,
      direct: true,
      speaker: a.speaker,
      sentence: sentenceAt(doc, a.start),
      context: { start: a.paragraph.start, end: a.paragraph.end },
      date: storyDate(doc, a.paragraph.story),
    };
    quotes.push(quote);
    if (a.question) questions.add(quote);
  }
  const bySentence = new Map<number, ActorMention[]>();
  for (const m of sortedMentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const reported = indirectQuotes({ doc, mentionsOf: (n) => bySentence.get(n) ?? [], inQuote, direct: quotes.filter((q) => !questions.has(q)), dateOf: (story) => storyDate(doc, story) });
  return { quotes: [...quotes, ...reported], diagnostics };
}

