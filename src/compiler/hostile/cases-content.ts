/** Hostile content: dates, duplicates, attribution conflicts, prototype names, URLs, malformed editor files. */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { DateValue, Timeline } from '../../schema/timeline';
import { isValidCalendarDay } from '../io/calendar-date';
import { ENGLISH_ARTICLE } from './articles';
import { compileFiles } from './compare';
import { buildSandbox, diagnosticsFor, guarded, invariants, makeSandbox, singleFileCase, type HostileCase } from './harness';
import type { BuildOutcome } from '../io/build';

function datesOf(timeline: Timeline | null, documentPath?: string): DateValue[] {
  if (!timeline) return [];
  const id = documentPath ? timeline.documents.find((d) => d.path === documentPath)?.id : undefined;
  const events = timeline.events.filter((e) => !id || e.sources.some((s) => s.document === id));
  const quotes = timeline.quotes.filter((q) => !id || q.source.document === id);
  return [...events.map((e) => e.date), ...quotes.map((q) => q.date)];
}

function invalidDay(value: string | undefined): boolean {
  if (!value) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return false;
  if (m < 1 || m > 12) return true;
  return d !== undefined && !isValidCalendarDay(y ?? 0, m, d);
}

const warningsOn = (o: BuildOutcome, p: string): number => diagnosticsFor(o, p).filter((d) => d.severity === 'warning').length;

function isoDay(date: Date, utc: boolean): string {
  const y = utc ? date.getUTCFullYear() : date.getFullYear();
  const m = (utc ? date.getUTCMonth() : date.getMonth()) + 1;
  const d = utc ? date.getUTCDate() : date.getDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const article = (title: string, body: string): string => `${title}\n\n${body}\n`;

export const contentCases: HostileCase[] = [
  {
    id: 'impossible-dates',
    group: 'content',
    title: 'impossible dates (Feb 30, month 13) rejected, never rolled over',
    expected: 'processed',
    semantic: true,
    run: () =>
      singleFileCase(
        { 'd.txt': article('Treaty dates disputed', 'Halden City, April 14, 2025 - The treaty was signed on February 30, 2025, the ministry said. A second statement was dated 2025-13-05. Officials met on 31/02/2025 to review it.') },
        'd.txt',
        (o) => {
          const dates = datesOf(o.timeline, 'd.txt');
          const bad = dates.filter((d) => invalidDay(d.start ?? undefined) || invalidDay(d.end) || ['2025-03-02', '2025-03-03', '2026-01-05'].includes(d.start ?? ''));
          return bad.length > 0 ? [`impossible or rolled-over dates in the output: ${bad.map((d) => d.start).join(', ')}`] : [];
        },
      ),
  },
  {
    id: 'conflicting-dates',
    group: 'content',
    title: 'conflicting publication dates in one document give a warning',
    expected: 'processed',
    semantic: true,
    run: () =>
      singleFileCase(
        { 'c.txt': article('Port talks resume', 'Published: April 14, 2025\n\nHalden City, April 16, 2025 - Senator Marcus Odell said on Monday that the port talks would resume.') },
        'c.txt',
        (o) => (warningsOn(o, 'c.txt') > 0 ? [] : ['no warning about the conflicting dates']),
      ),
  },
  {
    id: 'ambiguous-numeric-date',
    group: 'content',
    title: 'ambiguous numeric date 03/04/2025 is not given a day silently',
    expected: 'processed',
    semantic: true,
    run: () =>
      singleFileCase(
        { 'n.txt': article('Agreement signed', 'The transport ministry and the port authority signed the agreement on 03/04/2025, Senator Marcus Odell said.') },
        'n.txt',
        (o) => {
          const daySure = datesOf(o.timeline, 'n.txt').filter((d) => d.precision === 'day' && (d.start === '2025-03-04' || d.start === '2025-04-03'));
          return daySure.length > 0 && warningsOn(o, 'n.txt') === 0 ? ['03/04/2025 became a day without a warning'] : [];
        },
      ),
  },
  {
    id: 'no-date',
    group: 'content',
    title: 'no date at all never falls back to the clock or the file mtime',
    expected: 'processed',
    semantic: true,
    run: () =>
      guarded(async () => {
        const sandbox = await makeSandbox({ 'nd.txt': article('Senator meets mayor', 'Senator Marcus Odell met the mayor on Monday and said "the harbour will reopen". The two leaders held a phone call this week.') });
        try {
          const mtime = new Date(Date.UTC(2024, 5, 15, 12));
          await fs.utimes(path.join(sandbox.docs, 'nd.txt'), mtime, mtime);
          const outcome = await buildSandbox(sandbox);
          const problems = await invariants(sandbox, outcome);
          const now = new Date();
          const forbidden = new Set(['2024-06-15', isoDay(now, true), isoDay(now, false), isoDay(new Date(now.getTime() - 864e5), true)]);
          const leaked = datesOf(outcome.timeline, 'nd.txt').filter((d) => [d.start, d.end].some((v) => v && (forbidden.has(v) || forbidden.has(`${v}-01`) || v.startsWith(String(now.getUTCFullYear())))));
          if (leaked.length > 0) problems.push(`dates from the clock or mtime: ${leaked.map((d) => d.start).join(', ')}`);
          const { endingOf } = await import('./harness');
          return { outcome: endingOf(outcome, 'nd.txt'), problems };
        } finally {
          await sandbox.cleanup();
        }
      }),
  },
  {
    id: 'duplicate-identical',
    group: 'content',
    title: 'byte-identical duplicate articles: one set of events, both sources kept',
    expected: 'processed',
    semantic: true,
    run: () =>
      singleFileCase({ 'a.txt': ENGLISH_ARTICLE, 'b.txt': ENGLISH_ARTICLE }, 'b.txt', async (o) => duplicateProblems(o, ENGLISH_ARTICLE)),
  },
  {
    id: 'duplicate-near',
    group: 'content',
    title: 'near-identical duplicate articles: one set of events, both sources kept',
    expected: 'processed',
    semantic: true,
    run: () => {
      const near = `${ENGLISH_ARTICLE.replace('warned on Monday', 'warned on Monday morning')}\nShare this article\n`;
      return singleFileCase({ 'a.txt': ENGLISH_ARTICLE, 'b.txt': near }, 'b.txt', async (o) => duplicateProblems(o, ENGLISH_ARTICLE));
    },
  },
  {
    id: 'quote-conflicting-speakers',
    group: 'content',
    title: 'the same quote attributed to different speakers: both kept, with a warning',
    expected: 'processed',
    semantic: true,
    run: () =>
      singleFileCase(
        {
          'a.txt': article('Harbour to reopen', 'Halden City, April 14, 2025 - "The harbour will reopen in June," Senator Marcus Odell said on Monday.'),
          'b.txt': article('Harbour reopening', 'Halden City, April 15, 2025 - "The harbour will reopen in June," Mayor Irene Sotelo said on Tuesday.'),
        },
        'b.txt',
        (o) => {
          const same = (o.timeline?.quotes ?? []).filter((q) => q.text.includes('The harbour will reopen in June'));
          const speakers = new Set(same.map((q) => q.speaker));
          const problems: string[] = [];
          if (same.length < 2 || speakers.size < 2) problems.push(`expected two attributions, found ${same.length} quote(s) with ${speakers.size} speaker(s)`);
          if (!o.diagnostics.some((d) => d.severity === 'warning' && (d.document === 'a.txt' || d.document === 'b.txt' || d.document === null))) problems.push('no warning about the conflicting attribution');
          return problems;
        },
      ),
  },
  {
    id: 'proto-speakers',
    group: 'content',
    title: 'speakers named __proto__ and constructor',
    expected: 'processed',
    semantic: true,
    run: () =>
      singleFileCase(
        {
          'p.txt': article(
            'Hackers claim port attack',
            'Halden City, April 14, 2025 - A hacker calling himself __proto__ said: "We own the port." Constructor, the group\'s leader, told reporters "nothing is safe." "Prototype pollution is real," toString said on Monday. Hacker hasOwnProperty said "we are everywhere."',
          ),
        },
        'p.txt',
        (o) => {
          const problems: string[] = [];
          if (Object.keys(Object.prototype).length > 0 || ({} as Record<string, unknown>).port !== undefined) problems.push('Object.prototype was polluted');
          const actorIds = new Set((o.timeline?.actors ?? []).map((a) => a.id as string));
          const dangling = (o.timeline?.quotes ?? []).filter((q) => q.speaker !== null && !actorIds.has(q.speaker));
          if (dangling.length > 0) problems.push('a quote names a speaker that is not in actors');
          return problems;
        },
      ),
  },
  {
    id: 'hostile-urls',
    group: 'content',
    title: 'javascript:, data: and look-alike source URLs: only http(s) with a host survives',
    expected: 'processed',
    run: () => {
      const md = (url: string): string => `---\ntitle: Port deal\nurl: "${url}"\n---\n${ENGLISH_ARTICLE}`;
      return singleFileCase(
        {
          'js.md': md('javascript:alert(document.domain)'),
          'data.md': md('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
          'lookalike.md': md('https://www.һаldenherald.com/port'),
          'page.html': '<html><head><link rel="canonical" href="javascript:alert(1)"><title>Port deal</title></head><body><article><p>Senator Marcus Odell warned on Monday that the new port agreement would hurt local workers and called for a vote.</p></article></body></html>',
          'e.txt': ENGLISH_ARTICLE.replace('Senator', 'Sen.'),
          'ok.txt': ENGLISH_ARTICLE.replace('Senator', 'The senator'),
        },
        'js.md',
        (o) => {
          const docs = new Map((o.timeline?.documents ?? []).map((d) => [d.path, d]));
          const problems: string[] = [];
          for (const d of docs.values()) if (d.url !== null && !/^https?:\/\/[^/\s]+/.test(d.url)) problems.push(`${d.path} kept ${d.url}`);
          for (const p of ['js.md', 'data.md', 'page.html', 'e.txt']) if (docs.get(p)?.url) problems.push(`${p} kept a non-http URL`);
          if (docs.get('ok.txt')?.url !== 'https://example.org/ok') problems.push('the good URL from data/sources was lost');
          if (!o.diagnostics.some((d) => d.rule === 'look-alike-url' && d.document === 'lookalike.md')) problems.push('no warning about the look-alike host');
          for (const p of ['js.md', 'data.md', 'data/sources.yaml']) if (!o.diagnostics.some((d) => d.document === p && d.severity === 'warning')) problems.push(`no warning for ${p}`);
          return problems;
        },
        { data: { 'sources.yaml': 'e.txt:\n  url: "javascript:alert(document.domain)"\nok.txt:\n  url: https://example.org/ok\n' } },
      );
    },
  },
  {
    id: 'malformed-front-matter',
    group: 'content',
    title: 'malformed front matter fails with an error naming the line',
    expected: 'failed',
    run: () =>
      singleFileCase({ 'bad.md': `---\ntitle: Port deal\npublished: [2025-04-14\noutlet: Herald\n---\n${ENGLISH_ARTICLE}` }, 'bad.md', (o) =>
        diagnosticsFor(o, 'bad.md').some((d) => d.severity === 'error' && d.line !== null && d.line >= 3 && d.line <= 4) ? [] : ['no error naming line 3 of the front matter'],
      ),
  },
  {
    id: 'malformed-sources',
    group: 'content',
    title: 'malformed data/sources fails with an error naming the line',
    expected: 'failed',
    run: () =>
      singleFileCase({ 'a.txt': ENGLISH_ARTICLE }, 'a.txt', (o) =>
        o.diagnostics.some((d) => d.document === 'data/sources.yaml' && d.severity === 'error' && d.line === 3) ? [] : ['no error naming line 3 of data/sources.yaml'],
      { data: { 'sources.yaml': 'a.txt:\n  outlet: Herald\n  url: [unclosed\n' } }),
  },
  {
    id: 'malformed-curation',
    group: 'content',
    title: 'malformed data/curation fails with an error naming the line',
    expected: 'failed',
    semantic: true,
    run: () =>
      singleFileCase({ 'a.txt': ENGLISH_ARTICLE }, 'a.txt', (o) =>
        o.diagnostics.some((d) => d.document === 'data/curation.yaml' && d.severity === 'error' && d.line === 4) ? [] : ['no error naming line 4 of data/curation.yaml'],
      { data: { 'curation.yaml': '# curation\nevents:\n  - hide: true\n    match: [unclosed\n' } }),
  },
];

async function duplicateProblems(o: BuildOutcome, single: string): Promise<string[]> {
  const problems: string[] = [];
  const docs = o.timeline?.documents ?? [];
  const a = docs.find((d) => d.path === 'a.txt');
  const b = docs.find((d) => d.path === 'b.txt');
  if (!a || !b) return ['a duplicate was dropped instead of kept as a source'];
  if (b.duplicateOf !== a.id && a.duplicateOf !== b.id) problems.push('duplicateOf is not set');
  const alone = await compileFiles({ 'a.txt': single });
  const events = (o.timeline?.events ?? []).filter((e) => e.sources.some((s) => s.document === a.id || s.document === b.id));
  const expected = alone?.events.length ?? 0;
  if (events.length !== expected) problems.push(`events doubled: ${events.length} instead of ${expected}`);
  if (events.some((e) => !e.sources.some((s) => s.document === b.id) || !e.sources.some((s) => s.document === a.id))) problems.push('an event lost one of the two sources');
  if (events.some((e) => e.sourceCount !== 1)) problems.push('a duplicate counted as an independent source');
  return problems;
}
