/**
 * The filtered events and quotes as one CSV (a `kind` column tells them apart).
 * Spreadsheets run cells that start with = + - @ (and tab/CR) as formulas, so such
 * cells are prefixed with an apostrophe (OWASP "CSV injection").
 */
import Papa from 'papaparse';
import type { Quote, Timeline, TimelineEvent } from '../../schema/timeline';

export const CSV_COLUMNS = [
  'kind',
  'id',
  'date',
  'date_end',
  'precision',
  'basis',
  'date_text',
  'type',
  'text',
  'speaker',
  'actors',
  'event',
  'direct',
  'sources',
] as const;

export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

export function csvRows(timeline: Timeline, events: readonly TimelineEvent[], quotes: readonly Quote[]): Row[] {
  const actors = new Map(timeline.actors.map((a) => [a.id as string, a.name]));
  const docs = new Map(timeline.documents.map((d) => [d.id as string, d]));
  const source = (id: string) => {
    const d = docs.get(id);
    if (!d) return id;
    return [d.outlet, d.title, d.url].filter(Boolean).join(' — ');
  };
  const rows: Row[] = [];
  for (const e of events) {
    rows.push({
      kind: 'event',
      id: e.id,
      date: e.date.start ?? '',
      date_end: e.date.end ?? '',
      precision: e.date.precision,
      basis: e.date.basis,
      date_text: e.date.text ?? '',
      type: e.type,
      text: e.title,
      speaker: '',
      actors: e.actors.map((a) => actors.get(a) ?? a).join('; '),
      event: '',
      direct: '',
      sources: [...new Set(e.sources.map((s) => s.document as string))].map(source).join(' | '),
    });
  }
  for (const q of quotes) {
    rows.push({
      kind: 'quote',
      id: q.id,
      date: q.date.start ?? '',
      date_end: q.date.end ?? '',
      precision: q.date.precision,
      basis: q.date.basis,
      date_text: q.date.text ?? '',
      type: '',
      text: q.text,
      speaker: q.speaker ? (actors.get(q.speaker) ?? q.speaker) : '',
      actors: '',
      event: q.event ?? '',
      direct: q.direct ? 'yes' : 'no',
      sources: source(q.source.document),
    });
  }
  return rows;
}

export function toCsv(timeline: Timeline, events: readonly TimelineEvent[], quotes: readonly Quote[]): string {
  const rows = csvRows(timeline, events, quotes).map((row) =>
    CSV_COLUMNS.map((column) => neutraliseFormula(row[column])),
  );
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}
