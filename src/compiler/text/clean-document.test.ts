import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateValueSchema, type DocumentId } from '../../schema/timeline';
import type { CleanDocument, SourceDocument } from '../model';
import { cleanDocument } from './clean-document';

function source(text: string, meta: SourceDocument['meta'] = {}): SourceDocument {
  return { id: 'doc' as DocumentId, path: 'doc.txt', format: 'txt', text, bodyStart: 0, meta, diagnostics: [] };
}

/** What every result must satisfy, whatever the input. */
function checkInvariants(doc: CleanDocument): void {
  let previousEnd = 0;
  for (const b of doc.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(previousEnd);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.end).toBeLessThanOrEqual(doc.text.length);
    previousEnd = b.end;
  }
  for (const s of doc.sentences) {
    const block = doc.blocks[s.block];
    expect(block).toBeDefined();
    expect(s.start >= (block?.start ?? 0) && s.end <= (block?.end ?? 0)).toBe(true);
    expect(s.story).toBe(block?.story);
  }
  for (const d of doc.dates) {
    const sentence = doc.sentences[d.sentence];
    expect(sentence && d.start >= sentence.start && d.end <= sentence.end).toBe(true);
    expect(dateValueSchema.safeParse(d.value).success).toBe(true);
    if (d.value.end !== undefined && d.value.start !== null) expect(d.value.end >= d.value.start).toBe(true);
  }
  expect(doc.stories.map((s) => s.story)).toContain(0);
  for (const diagnostic of doc.diagnostics) expect(diagnostic.rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
}

const pieces = [
  'January 3, 2026', 'el 19 de enero', 'on Friday', 'This week', 'yesterday', '03/04/2025', '2026-13-01', 'February 30',
  '“', '”', '"', "'", '«', '»', 'U.S.', 'Dr.', '. ', '.\n', '\n\n', '\n', ' ', 'Related articles', 'Связанные статьи',
  'Leave a Reply', 'cookies', '0', 'ab12cd34-0000-4000-8000-123456789abc', 'Washington, January 17, 2026 - ',
  '2026-01-17T01:52:41+00:00', 'Source: X (2025-11-19)', 'la semana pasada', 'del 5 al 9 de enero', '\u200b', '\u202e',
  '😀', '\u0000', 'Mexico rejected the offer', 'dijo', 'Sheinbaum said',
];

describe('cleanDocument on any input', () => {
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 60 }), (parts) => {
        checkInvariants(cleanDocument(source(parts.join(''))));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result whatever the process time zone or clock', () => {
    const text = 'Title\n\nOfficials met on Friday and yesterday. A January 19 interview followed.\n';
    const first = cleanDocument(source(text));
    const original = process.env.TZ;
    process.env.TZ = 'Asia/Kolkata';
    const second = cleanDocument(source(text));
    process.env.TZ = original;
    expect(second).toEqual(first);
    expect(first.dates.every((d) => d.value.start === null)).toBe(true);
  });

  it('handles empty, blank and letter-less documents', () => {
    for (const text of ['', '   \n\n  ', '0\n\n1234', '\u0000\u0000']) {
      const doc = cleanDocument(source(text));
      checkInvariants(doc);
      expect(doc.sentences).toEqual([]);
      expect(doc.published).toBeNull();
    }
  });

  it('finishes on huge single lines and backtracking bait', () => {
    const inputs = [
      'word. '.repeat(200_000),
      'a'.repeat(1_000_000),
      '“'.repeat(300_000),
      `"${' '.repeat(300_000)}`,
      '.'.repeat(500_000),
      '2025 '.repeat(100_000),
      'On January 3, 2026 he said. '.repeat(20_000),
      'U.S. '.repeat(100_000),
      "'a ".repeat(200_000),
      'Ab\n'.repeat(50_000),
      `${'«'.repeat(1000)}hi${'»'.repeat(1000)}`,
      'June 9, 2027 3:14 PM CST Updated 3 hours ago\n'.repeat(20_000),
      'The same day came a day after the call since it took office on May 1, 2026. '.repeat(20_000),
    ];
    for (const text of inputs) checkInvariants(cleanDocument(source(text)));
    // Seconds when the machine is free; the margin is for a loaded CI machine, not for backtracking.
  }, 180_000);

  it('caps the diagnostics of a page of repeated lines', () => {
    const doc = cleanDocument(source('Headline here\n\n' + 'Same paragraph again.\n\n'.repeat(5000)));
    expect(doc.blocks.filter((b) => b.kind === 'duplicate')).toHaveLength(4999);
    expect(doc.diagnostics.length).toBeLessThan(300);
  });

  it('takes metadata over the text and warns about a conflicting dateline', () => {
    const doc = cleanDocument(
      source('Title line\n\nWashington, January 17, 2026 - Officials said on Friday that talks ended.', { published: '2026-01-20', title: 'Meta title', language: 'en-US' }),
    );
    expect(doc.published).toEqual({ year: 2026, month: 1, day: 20 });
    expect(doc.title).toBe('Meta title');
    expect(doc.language).toBe('en');
    const conflict = doc.diagnostics.find((d) => d.rule === 'conflicting-publication-date');
    expect(conflict?.severity).toBe('warning');
    expect(conflict?.message).toContain('2026-01-20');
    expect(conflict?.message).toContain('2026-01-17');
    expect(conflict?.line).toBe(3);
  });

  it('positions noise diagnostics at the block', () => {
    const doc = cleanDocument(source('A Headline\n\nBody text here.\n\nLeave a Reply'));
    expect(doc.diagnostics).toContainEqual({ severity: 'info', rule: 'noise-block', message: expect.stringContaining('Leave a Reply'), document: 'doc.txt', line: 5, column: 1 });
  });

  it('resolves a related item against its own date, not the article\'s', () => {
    const text = [
      'Main Headline Here',
      'Washington, March 6, 2025 - Officials met on Friday to discuss the plan.',
      'Related articles',
      'Envoy meets minister in the capital (2025-09-15)\nThe envoy said on Friday that talks would continue.',
      'Port strike ends\nDockers returned to work on Friday.',
    ].join('\n\n');
    const doc = cleanDocument(source(text));
    const friday = doc.dates.filter((d) => doc.text.slice(d.start, d.end) === 'on Friday').map((d) => d.value.start);
    expect(friday).toEqual(['2025-02-28', '2025-09-12', null]);
    expect(doc.stories.map((s) => s.published)).toEqual([
      { year: 2025, month: 3, day: 6 },
      { year: 2025, month: 9, day: 15 },
      null,
    ]);
  });
});

describe('title and outlet from the page header', () => {
  const body = 'The port of Puerto Nieve reopened on Friday after three weeks of strikes by dockworkers, officials said.';

  it('cuts a crumb trail off the headline it ends in', () => {
    expect(cleanDocument(source(`Home » World » Port reopens after long strike\n\n${body}`)).title).toBe('Port reopens after long strike');
    const repeated = cleanDocument(source(`Inicio > Mundo > Port reopens after long strike\n\nPort reopens after long strike\n\n${body}`));
    expect(repeated.title).toBe('Port reopens after long strike');
    expect(repeated.blocks[0]?.kind).toBe('meta');
  });

  it('takes the outlet from a masthead line next to the headline, confirmed by a byline when there are several', () => {
    const doc = cleanDocument(source(`Port reopens after long strike\n\nHARBOR GAZETTE\nWorld\n\nPort reopens after long strike\n\nBy Jane Roe Harbor Gazette\n\n${body}`));
    expect(doc.outlet).toBe('HARBOR GAZETTE');
    expect(doc.title).toBe('Port reopens after long strike');
    const confirmed = cleanDocument(source(`Port reopens after long strike\n\nPolítica\n\nelpuerto\n\nPor Redacción Elpuerto\n\n${body}`));
    expect(confirmed.outlet).toBe('elpuerto');
  });

  it('takes neither a genre label, a share-bar word nor an account link as the outlet', () => {
    const essay = cleanDocument(source(`Harbor on the Rocks\n\nCOMMENTARY\n\nFrom Ports to Borders: The Legal Road to a Strike\n\nJane Roe\nMay 9, 2027\n\n${body}`));
    expect(essay.title).toBe('From Ports to Borders: The Legal Road to a Strike');
    expect(essay.outlet).toBe('Harbor on the Rocks');
    const wire = cleanDocument(source(`Port reopens after long strike\n\nBy JANE ROE\nUpdated 7:18 PM EST, May 9, 2027\n\nShare\nCopy\nLink copied\n\n${body}`));
    expect(wire.outlet).not.toBe('Copy');
    const summary = cleanDocument(source(`Port reopens after long strike\n\nBy Jane Roe\n\nSummary\n- Dockers return to work\n\n${body}`));
    expect(summary.outlet).toBeNull();
    const account = cleanDocument(source(`Port reopens after long strike\n\nHARBOR GAZETTE Sign In\nWorld\n\nPort reopens after long strike\n\n${body}`));
    expect(account.outlet).toBe('HARBOR GAZETTE');
    const support = cleanDocument(source(`Reabre el puerto tras la larga huelga\n\nGACETA DEL PUERTO Suscríbete\nMundo\n\nReabre el puerto tras la larga huelga\n\nEl puerto reabrió el viernes tras tres semanas de huelga, dijeron las autoridades del estado.`));
    expect(support.outlet).toBe('GACETA DEL PUERTO');
  });

  it('takes the outlet from a wire dateline or a byline when there is no masthead', () => {
    expect(cleanDocument(source(`Port reopens after long strike\n\nPUERTO NIEVE, May 9 (Harbor Wire) - ${body}`)).outlet).toBe('Harbor Wire');
    expect(cleanDocument(source(`Port reopens after long strike\n\nBy Jane Roe, Harbor Wire\n\n${body}`)).outlet).toBe('Harbor Wire');
    expect(cleanDocument(source(`Gazetteer | World | Ports\n\nPort reopens after long strike\n\n${body}`)).outlet).toBe('Gazetteer');
  });

  it('never takes the headline, a section word or a lone opening word as the outlet', () => {
    expect(cleanDocument(source(`Port reopens after long strike\n\n${body}`)).outlet).toBeNull();
    expect(cleanDocument(source(`Port reopens after long strike\n\nPolitics\n\n${body}`)).outlet).toBeNull();
    const oneWord = cleanDocument(source(`Headline\n\nA longer subheading line right here\n\n${body}`));
    expect(oneWord.outlet).toBeNull();
  });

  it('reads the publication date from a date line with a time, a zone and an update note', () => {
    const doc = cleanDocument(source(`Port reopens after long strike\n\nHarbor Wire\n\nMay 9, 2027 3:14 PM CST Updated 3 hours ago\n\n${body}`));
    expect(doc.published).toEqual({ year: 2027, month: 5, day: 9 });
    const es = cleanDocument(source(`Reabre el puerto tras la huelga\n\nEl Faro\n\nPuerto Nieve / 03.05.2027 12:15:00\n\nEl puerto reabrió el viernes tras tres semanas de huelga, dijeron las autoridades del estado.`));
    expect(es.published).toEqual({ year: 2027, month: 5, day: 3 });
  });

  it("takes the outlet from the title's site suffix when nothing else names it, and the headline from a regional page's header", () => {
    const doc = cleanDocument(source(`Port of Valdora reopens after strikes | Harbor News\n\nThe port reopened on Friday after three weeks of strikes, the state's officials said.`));
    expect(doc.title).toBe('Port of Valdora reopens after strikes');
    expect(doc.outlet).toBe('Harbor News');
    const page = cleanDocument(
      source(`El Faro\n\nJueves 7 de mayo de 2027 | Puerto Nieve | Valdora | Norvia\n\nRefuerzan vigilancia en el puerto de Valdora tras la huelga\n\nEl puerto reabrió el viernes tras tres semanas de huelga, dijeron las autoridades del estado.`),
    );
    expect(page.title).toBe('Refuerzan vigilancia en el puerto de Valdora tras la huelga');
    expect(page.published).toEqual({ year: 2027, month: 5, day: 7 });
  });

  it("takes the publication day from the page's web address only when the page states none", () => {
    const body = 'The port reopened on Friday after three weeks of strikes, the state officials said on the record.';
    const bare = cleanDocument(source(`Port of Valdora reopens\n\nOriginal Source: https://www.harbornews.example/story/news/2027/03/09/port-reopens/\n\n${body}`));
    expect(bare.published).toEqual({ year: 2027, month: 3, day: 9 });
    const fromMeta = cleanDocument(source(`Port of Valdora reopens\n\n${body}`, { url: 'https://harbornews.example/2027-3-9/port-reopens' }));
    expect(fromMeta.published).toEqual({ year: 2027, month: 3, day: 9 });
    const stamped = cleanDocument(source(`Port of Valdora reopens\n\nPublished March 10, 2027\n\nOriginal Source: https://harbornews.example/2027/03/09/port\n\n${body}`));
    expect(stamped.published).toEqual({ year: 2027, month: 3, day: 10 });
    expect(stamped.diagnostics.filter((d) => d.rule === 'conflicting-publication-date')).toEqual([]);
    // Not a day: an id, an impossible date, a date in the host.
    for (const url of ['https://harbornews.example/story/20270309', 'https://harbornews.example/2027/02/30/port', 'https://2027.example/03/09']) {
      expect(cleanDocument(source(`Port of Valdora reopens\n\n${body}`, { url })).published, url).toBeNull();
    }
  });
});

