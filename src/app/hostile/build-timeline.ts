/**
 * Builders for schema-valid timelines made of whatever text a test needs: XSS
 * payloads in every text field, awkward scripts and lengths, hostile URLs, or
 * nothing at all. Every builder's output passes `parseTimeline` with nothing
 * skipped (see build-timeline.test.ts), so what a test sees is the app's handling
 * of the text, never a validation error.
 */
import { SCHEMA_VERSION, type Timeline } from '../../schema/timeline';
import { benignText, XSS_PAYLOADS } from './xss-payloads';

type Json = Record<string, unknown>;

export interface Entry {
  /** Event title. */
  title: string;
  summary?: string;
  /** Quote text; no quote when absent. */
  quote?: string;
  speaker?: string;
  aliases?: string[];
  country?: string | null;
  /** YYYY-MM-DD, or null for an undated event. */
  date: string | null;
  /** The words the date came from (shown as the date's basis and in exports). */
  dateText?: string;
  docTitle?: string;
  outlet?: string | null;
  url?: string | null;
  language?: string;
  /** A reason shown on a left-out (noise) block of the document. */
  noiseReason?: string;
  /** Text for the document's body; defaults to the title and the quote. */
  body?: string;
}

function span(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`builder: "${part.slice(0, 20)}" not in the document`);
  return { start, end: start + part.length };
}

function dateValue(date: string | null, text: string | undefined): Json {
  const value: Json = date === null
    ? { start: null, precision: 'unknown', basis: 'reported' }
    : { start: date, precision: 'day', basis: text === undefined ? 'stated' : 'relative' };
  if (text !== undefined) value['text'] = text;
  return value;
}

/** One document, actor, event and (optionally) quote per entry; ids are `d-N`, `a-N`, `e-N`, `q-N`. */
export function makeTimeline(entries: readonly Entry[], meta: { title?: string; description?: string } = {}): Timeline {
  const documents: Json[] = [];
  const actors: Json[] = [];
  const events: Json[] = [];
  const quotes: Json[] = [];
  entries.forEach((e, i) => {
    const docTitle = e.docTitle ?? `Document ${i}`;
    const noise = e.noiseReason === undefined ? '' : `\n\nSubscribe to our newsletter ${i}`;
    const said = e.quote === undefined ? '' : ` ${e.speaker ?? 'Someone'} said: “${e.quote}”.`;
    const body = e.body ?? `${e.title}.${said}`;
    const text = `${docTitle}\n\n${body}${noise}`;
    const title = span(text, docTitle);
    const bodySpan = span(text, body, title.end);
    const blocks: Json[] = [
      { start: title.start, end: title.end, kind: 'title' },
      { start: bodySpan.start, end: bodySpan.end, kind: 'body' },
    ];
    if (e.noiseReason !== undefined) {
      const n = span(text, `Subscribe to our newsletter ${i}`, bodySpan.end);
      blocks.push({ start: n.start, end: n.end, kind: 'noise', reason: e.noiseReason });
    }
    documents.push({
      id: `d-${i}`,
      path: `doc-${i}.txt`,
      title: docTitle,
      published: e.date,
      outlet: e.outlet === undefined ? `Outlet ${i}` : e.outlet,
      url: e.url === undefined ? null : e.url,
      language: e.language ?? 'en',
      text,
      blocks,
    });
    const cited = e.body === undefined ? span(text, e.title, bodySpan.start) : bodySpan;
    if (e.speaker !== undefined) {
      actors.push({
        id: `a-${i}`,
        name: e.speaker,
        aliases: e.aliases ?? [],
        country: e.country === undefined ? (i % 2 === 0 ? 'US' : 'MX') : e.country,
        kind: 'person',
        origin: 'registry',
      });
    }
    const event: Json = {
      id: `e-${i}`,
      type: 'statement',
      cameo: '010',
      title: e.title,
      relevant: true,
      date: dateValue(e.date, e.dateText),
      actors: e.speaker === undefined ? [] : [`a-${i}`],
      sources: [{ document: `d-${i}`, ...cited, text: text.slice(cited.start, cited.end) }],
      sourceCount: 1,
    };
    if (e.summary !== undefined) event['summary'] = e.summary;
    events.push(event);
    if (e.quote !== undefined) {
      const quoted = e.body === undefined ? span(text, `“${e.quote}”`, bodySpan.start) : null;
      const q = quoted ? { start: quoted.start + 1, end: quoted.end - 1 } : span(text, e.quote, bodySpan.start);
      quotes.push({
        id: `q-${i}`,
        speaker: e.speaker === undefined ? null : `a-${i}`,
        text: e.quote,
        direct: true,
        date: dateValue(e.date, e.dateText),
        event: `e-${i}`,
        source: { document: `d-${i}`, ...q },
        context: { document: `d-${i}`, start: bodySpan.start, end: bodySpan.end },
      });
    }
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    title: meta.title ?? 'Test timeline',
    description: meta.description ?? '',
    documents,
    actors,
    events,
    quotes,
    story: [],
    diagnostics: [],
  } as unknown as Timeline;
}

/** The id of the event that gathers every payload (its actors, quotes and sources). */
export const ALL_EVENT_ID = 'e-all"><img src=/x-pwned-id onerror=alert(99)>';

/**
 * A timeline with one payload in every text field of each entry (title, summary,
 * quote, speaker, alias, document title, outlet, date words, left-out reason), plus
 * one event, dated first, that gathers every actor, quote and source, so a single
 * detail panel or presentation card shows them all. Its id is itself a payload.
 * Pass `benign` for the same shape with harmless text, as a baseline.
 */
export function hostileTimeline(options: { benign?: boolean; payloads?: readonly string[] } = {}): Timeline {
  const payloads = options.payloads ?? XSS_PAYLOADS;
  const texts = options.benign ? payloads.map((_, i) => benignText(i)) : payloads;
  const entries: Entry[] = texts.map((p, i) => ({
    title: p,
    summary: p,
    quote: p,
    speaker: p,
    aliases: [p],
    country: ['US', 'MX', null][i % 3] ?? null,
    date: `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(2 + (i % 27)).padStart(2, '0')}`,
    dateText: p,
    docTitle: p,
    outlet: p,
    url: i % 4 === 0 ? `https://news.example/${i}` : null,
    noiseReason: p,
  }));
  const t = makeTimeline(entries, {
    title: options.benign ? 'Plain title' : '<img src=/x-pwned-title onerror=alert(0)> "><script>alert(0)</script>',
    description: texts.join(' '),
  }) as unknown as { events: Json[]; quotes: Json[]; documents: Json[]; actors: Json[]; diagnostics: Json[] };
  const all: Json = {
    id: options.benign ? 'e-all' : ALL_EVENT_ID,
    type: 'threat',
    cameo: '130',
    title: texts.join(' · '),
    summary: texts.join(' '),
    relevant: true,
    date: { start: '2026-01-01', precision: 'day', basis: 'stated' },
    actors: t.actors.map((a) => a['id']),
    sources: t.documents.map((d) => {
      const blocks = d['blocks'] as { start: number; end: number; kind: string }[];
      const body = blocks.find((b) => b.kind === 'body') ?? { start: 0, end: 1 };
      return { document: d['id'], start: body.start, end: body.end, text: (d['text'] as string).slice(body.start, body.end) };
    }),
    sourceCount: t.documents.length,
  };
  t.events.unshift(all);
  // The first three quotes belong to the gathering event (a presentation card shows three).
  for (const q of t.quotes.slice(0, 3)) q['event'] = all['id'];
  t.diagnostics.push({ severity: 'warning', rule: 'hostile-text', message: texts[0] ?? '', document: texts[1] ?? null, line: 1, column: 1 });
  return t as unknown as Timeline;
}

/** Text that is hard to lay out: an unbroken token, RTL and mixed direction, CJK, Thai, Zalgo. */
export const EDGE_TEXTS = {
  longToken: 'A'.repeat(5000),
  rtl: 'قال المتحدث إن الحدود مغلقة',
  mixed: 'He said «הגבול סגור» at 10:30, then left',
  hebrewSpeaker: 'דוד לוי',
  cjk: '日本語のテキストは空白なしで長く続きます。中文文本没有空格也会一直延续下去直到行尾。한국어 문장도 길게 이어집니다'.repeat(3),
  thai: 'ภาษาไทยไม่มีช่องว่างระหว่างคำจึงต้องตัดบรรทัดตามพจนานุกรมเมื่อข้อความยาวมาก'.repeat(3),
  zalgo: `Z${'\u0336\u0353\u0315\u035c\u0489\u033f\u0351\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b\u030c\u030d\u030e\u030f\u0310'.repeat(6)}algo`,
} as const;

/** One entry per edge text, each in every text field, so every view shows them. */
export function edgeTextTimeline(): Timeline {
  const list: [string, string, string][] = [
    ['long', EDGE_TEXTS.longToken, 'Speaker with a long token'],
    ['rtl', EDGE_TEXTS.rtl, EDGE_TEXTS.hebrewSpeaker],
    ['mixed', EDGE_TEXTS.mixed, EDGE_TEXTS.hebrewSpeaker],
    ['cjk', EDGE_TEXTS.cjk, '山田太郎'],
    ['thai', EDGE_TEXTS.thai, 'สมชาย ใจดี'],
    ['zalgo', EDGE_TEXTS.zalgo, EDGE_TEXTS.zalgo],
  ];
  return makeTimeline(
    list.map(([, text, speaker], i) => ({
      title: text,
      summary: text,
      quote: text,
      speaker: i === 0 ? `${speaker} ${EDGE_TEXTS.longToken}` : speaker,
      date: `2026-01-${String(10 + i).padStart(2, '0')}`,
      docTitle: text,
      outlet: text,
      url: 'https://news.example/edge',
      language: ['en', 'ar', 'he', 'ja', 'th', 'en'][i] ?? 'en',
    })),
    { title: `${EDGE_TEXTS.longToken} ${EDGE_TEXTS.rtl}`, description: EDGE_TEXTS.mixed },
  );
}

/** A small timeline whose documents carry the given URLs (event `e-N` cites `d-N`). */
export function linksTimeline(urls: readonly (string | null)[]): Timeline {
  return makeTimeline(
    urls.map((url, i) => ({
      title: `Event citing link ${i}`,
      quote: `Words from link ${i}`,
      speaker: `Speaker ${i}`,
      date: `2026-01-${String(2 + i).padStart(2, '0')}`,
      docTitle: `Linked document ${i}`,
      outlet: `Outlet ${i}`,
      url,
    })),
    { title: 'Links' },
  );
}

/** `n` ordinary entries on the given dates (a date may repeat); no payloads. */
export function datedTimeline(dates: readonly (string | null)[], title = 'Dates'): Timeline {
  return makeTimeline(
    dates.map((date, i) => ({
      title: `Event ${i}`,
      summary: `Summary of event ${i}`,
      quote: `Quote ${i}`,
      speaker: `Speaker ${i}`,
      date,
      docTitle: `Document ${i}`,
    })),
    { title },
  );
}

/** The timeline as JSON with `badEvents` invalid events and `badQuotes` invalid quotes appended. */
export function withInvalidItems(t: Timeline, badEvents: number, badQuotes: number): string {
  const raw = JSON.parse(JSON.stringify(t)) as { events: unknown[]; quotes: unknown[] };
  const events = [
    { id: 'bad-no-sources', type: 'statement', cameo: '010', title: 'x', relevant: true, date: { start: '2026-01-02', precision: 'day', basis: 'stated' }, actors: [], sources: [], sourceCount: 1 },
    { id: 'bad-date', type: 'statement', cameo: '010', title: 'x', relevant: true, date: { start: '2026-02-30x', precision: 'day', basis: 'stated' }, actors: [], sources: [{ document: 'd-0', start: 0, end: 1, text: 'x' }], sourceCount: 1 },
    { id: 'bad-type', type: '<script>', cameo: '010', title: 'x', relevant: true, date: { start: null, precision: 'unknown', basis: 'reported' }, actors: [], sources: [{ document: 'd-0', start: 0, end: 1, text: 'x' }], sourceCount: 1 },
    'not an object',
    null,
  ];
  const quotes = [{ id: 'bad-quote', speaker: null, text: 42, direct: true }, { id: '' }, []];
  for (let i = 0; i < badEvents; i++) raw.events.push(events[i % events.length]);
  for (let i = 0; i < badQuotes; i++) raw.quotes.push(quotes[i % quotes.length]);
  return JSON.stringify(raw);
}
