/**
 * Maps the filtered view to TimelineJS3's JSON format, so a newsroom can move to
 * that tool: id → unique_id, calendar dates → {year, month, day}, the approximate
 * date's own words → display_date, the speaker lane (quotes) or event type
 * (events) → group.
 *
 * TimelineJS renders headline and text as HTML, so every piece of document text is
 * HTML-escaped here, and only http(s) source URLs become links.
 *
 * Undated items: TimelineJS cannot place a slide without a year, so undated events
 * and quotes are not slides; they are listed (escaped) in the title slide's text
 * under "Undated", so the file still holds every event.
 */
import type { DateValue, Quote, Timeline, TimelineEvent } from '../../schema/timeline';

export interface TjsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TjsSlide {
  unique_id: string;
  start_date: TjsDate;
  end_date?: TjsDate;
  display_date?: string;
  text: { headline: string; text: string };
  group: string;
}

export interface TjsTimeline {
  title: { unique_id: string; text: { headline: string; text: string } };
  events: TjsSlide[];
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    // No credentials: `https://trusted.example@evil.example/` imitates a trusted host.
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.host && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

export function tjsDate(calendar: string): TjsDate {
  const [y, m, d] = calendar.split('-').map(Number);
  const date: TjsDate = { year: y ?? 0 };
  if (m !== undefined) date.month = m;
  if (d !== undefined) date.day = d;
  return date;
}

/** The approximate date's words, for anything that is not a day stated in full. */
export function displayDate(date: DateValue): string | undefined {
  const approximate = date.precision !== 'day' || date.basis !== 'stated';
  if (!approximate) return undefined;
  if (date.text) return date.text;
  if (date.start === null) return undefined;
  return date.end ? `${date.start} – ${date.end}` : date.start;
}

export interface TjsLabels {
  undated: string;
  unattributed: string;
  sources: string;
  eventType: (type: TimelineEvent['type']) => string;
}

function sourcesHtml(timeline: Timeline, documentIds: readonly string[], label: string): string {
  const docs = new Map(timeline.documents.map((d) => [d.id as string, d]));
  const items = [...new Set(documentIds)].map((id) => {
    const doc = docs.get(id);
    if (!doc) return '';
    const name = escapeHtml(doc.outlet ? `${doc.outlet}: ${doc.title}` : doc.title);
    const url = safeHttpUrl(doc.url);
    return url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${name}</a>` : name;
  });
  const list = items.filter(Boolean);
  return list.length ? `<p>${escapeHtml(label)}: ${list.join('; ')}</p>` : '';
}

function slideDates(slide: TjsSlide, date: DateValue): TjsSlide {
  if (date.end) slide.end_date = tjsDate(date.end);
  const display = displayDate(date);
  if (display !== undefined) slide.display_date = display;
  return slide;
}

export function toTimelineJs(
  timeline: Timeline,
  events: readonly TimelineEvent[],
  quotes: readonly Quote[],
  labels: TjsLabels,
): TjsTimeline {
  const actors = new Map(timeline.actors.map((a) => [a.id as string, a.name]));
  const slides: TjsSlide[] = [];
  const undated: string[] = [];
  for (const e of events) {
    const text = (e.summary ? `<p>${escapeHtml(e.summary)}</p>` : '') + sourcesHtml(timeline, e.sources.map((s) => s.document), labels.sources);
    if (e.date.start === null) {
      undated.push(`<li>${escapeHtml(e.title)}</li>`);
      continue;
    }
    slides.push(
      slideDates(
        { unique_id: e.id, start_date: tjsDate(e.date.start), text: { headline: escapeHtml(e.title), text }, group: labels.eventType(e.type) },
        e.date,
      ),
    );
  }
  for (const q of quotes) {
    const speaker = (q.speaker && actors.get(q.speaker)) || labels.unattributed;
    const headline = escapeHtml(`${speaker}: “${q.text}”`);
    if (q.date.start === null) {
      undated.push(`<li>${headline}</li>`);
      continue;
    }
    slides.push(
      slideDates(
        {
          unique_id: q.id,
          start_date: tjsDate(q.date.start),
          text: { headline, text: sourcesHtml(timeline, [q.source.document], labels.sources) },
          group: speaker,
        },
        q.date,
      ),
    );
  }
  const intro = escapeHtml(timeline.description);
  const undatedHtml = undated.length ? `<p>${escapeHtml(labels.undated)}:</p><ul>${undated.join('')}</ul>` : '';
  return {
    title: { unique_id: 'title', text: { headline: escapeHtml(timeline.title), text: `<p>${intro}</p>${undatedHtml}` } },
    events: slides,
  };
}
