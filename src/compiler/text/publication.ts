/**
 * Decides a document's publication date from every place that can state it.
 * Precedence, strongest first:
 *   1. metadata (front matter or data/sources): an editor or the page said so;
 *   2. a timestamp or "Published …" line in the page's meta blocks;
 *   3. the day a record's title states ("Transcript of the session held on
 *      Tuesday, May 4, 2027", a gazette's issue): the day of the words it
 *      records, which a dateline inside it (a signature's) may precede;
 *   4. a dateline opening the story ("Washington, January 17, 2026 -");
 *   5. a date in a "Source: … (2025-11-19)" line, which may be the source's date
 *      rather than this page's;
 *   6. the day in the page's web address (".../2027/03/09/port-reopens"), only when
 *      nothing in the page states one.
 * Within a rank the first in the text wins. A candidate naming another day gets a
 * `conflicting-publication-date` warning naming both. Only fully stated days count:
 * a month or a year is not a publication date, and nothing falls back to the clock.
 */
import type { CalendarDay } from '../model';
import { compareDays, formatDay, isValidDay } from '../dates/calendar';
import { writtenDay, writtenDaysIn } from '../dates/written-day';

export type PublicationSource = 'metadata' | 'timestamp' | 'dateline' | 'source line' | 'title' | 'web address';

export const PUBLICATION_RANK: Readonly<Record<PublicationSource, number>> = {
  metadata: 0,
  timestamp: 1,
  title: 2,
  dateline: 3,
  'source line': 4,
  'web address': 5,
};

export interface PublicationCandidate {
  day: CalendarDay;
  source: PublicationSource;
  /** Offset of the words, or null for metadata. */
  offset: number | null;
  text: string;
}

export interface PublicationConflict {
  chosen: PublicationCandidate;
  other: PublicationCandidate;
  message: string;
}

export function choosePublication(candidates: readonly PublicationCandidate[]): {
  published: PublicationCandidate | null;
  conflicts: PublicationConflict[];
} {
  const ordered = [...candidates].sort(
    (a, b) => PUBLICATION_RANK[a.source] - PUBLICATION_RANK[b.source] || (a.offset ?? -1) - (b.offset ?? -1),
  );
  const chosen = ordered[0] ?? null;
  const conflicts: PublicationConflict[] = [];
  if (!chosen) return { published: null, conflicts };
  const reported = new Set<string>();
  for (const other of ordered.slice(1)) {
    if (compareDays(other.day, chosen.day) === 0) continue;
    const key = formatDay(other.day);
    if (reported.has(key)) continue;
    reported.add(key);
    conflicts.push({
      chosen,
      other,
      message:
        `publication date ${formatDay(chosen.day)} (from the ${chosen.source}${chosen.text ? ` "${chosen.text}"` : ''}) ` +
        `conflicts with ${formatDay(other.day)} (from the ${other.source} "${other.text}"); using ${formatDay(chosen.day)}, ` +
        'because metadata > timestamp > title > dateline > source line',
    });
  }
  return { published: chosen, conflicts };
}

/** A day as a web address's path gives it: "/2027/03/09/", "/2027/3/9/", "/2027-03-09/". */
const URL_DAY = /\/((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?=[/._-]|$)/u;

/** The publication day a page's web address states in its path, or null. The host is never read. */
export function urlDay(url: string): PublicationCandidate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DAY.exec(path);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
  return isValidDay(day.year, day.month, day.day) ? { day, source: 'web address', offset: null, text: url } : null;
}

/** Titles of a record of what was said or decided: a transcript, a briefing, a session, a gazette's issue. */
const RECORD_TITLE =
  /(?<![\p{L}])(?:transcripts?|transcripci[óo]n|versi[óo]n estenogr[áa]fica|press (?:briefing|conference)|briefing|hearing|session|minutes|remarks|gazette|conferencia de prensa|conferencia matutina|mañanera|sesi[óo]n|audiencia|comparecencia|gaceta|acta|diario oficial|bolet[íi]n)(?![\p{L}])/iu;

/** The one full day a record's title states ("… session held on Tuesday, May 4, 2027"), or null. */
export function recordTitleDay(title: string, offset: number): PublicationCandidate | null {
  if (!RECORD_TITLE.test(title)) return null;
  const days = writtenDaysIn(title);
  const [first] = days;
  if (!first || days.some((d) => compareDays(d.day, first.day) !== 0)) return null;
  return { day: first.day, source: 'title', offset: offset + first.start, text: first.text };
}

/** A dateline's place before the date: "Washington, " or "CIUDAD DE MÉXICO, ". */
const PLACE_NAME = "(?:\\p{Lu}[\\p{L}.'’-]*|de|del|la|las|los|el)(?:[ -](?:\\p{Lu}[\\p{L}.'’-]*|de|del|la|las|los|el)){0,5}(?: \\([\\p{L} .]{1,30}\\))?";
/** "Washington, " or, with a state or province after it, "CULIACÁN, Sin., " / "Austin, Texas, ". */
const PLACE = `${PLACE_NAME}(?:,\\s*${PLACE_NAME})?,\\s*$`;
/** A line that is only a place and a date: "Ciudad de México, a 21 de enero de 2026", "Victoria, Tamaulipas, a …" (a bulletin's dateline). */
const PLACE_LINE = new RegExp(`^\\s*${PLACE_NAME}(?:,\\s*${PLACE_NAME})?,\\s*(?:a\\s+)?$`, 'u');
const PLACE_AT_START = new RegExp(`^${PLACE}`, 'u');
const PLACE_AFTER_SENTENCE = new RegExp(`[.!?]["”’]?\\s+${PLACE}`, 'u');
/** "NOGALES, Ariz. — (Feb. 11) Inside…": a place and a dash at the block start, then the date in parentheses. */
const PLACE_DASH_PAREN = new RegExp(`^\\s*${PLACE_NAME}(?:,\\s*${PLACE_NAME})?\\s*[-–—]\\s*\\($`, 'u');
/** "Cd. de Norvia (30 enero 2027).-": a place, then the date in parentheses and the dash after them. */
const PLACE_PAREN = new RegExp(`^\\s*${PLACE_NAME}(?:,\\s*${PLACE_NAME})?\\s*\\($`, 'u');
/** "…2027).-", "…2027, 4:12 PM EST) --": the parenthesis may hold the time of day after the date. */
const PAREN_TAIL = /^(?:,?\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\)\s*(?:\.-|[-–—])/iu;
/** "LAW360 (", "Law360 (": a news service's name, letters and digits, before the dated parenthesis. */
const SERVICE_PAREN = /^\s*\p{Lu}[\p{L}\p{N}]{1,20}\s*\($/u;
/** "Puerto Nieve, Son.– 13 de enero.–": a place set off by a dash rather than a comma. */
const PLACE_DASH = new RegExp(`^\\s*${PLACE_NAME}(?:,\\s*${PLACE_NAME})?\\s*[–—-]\\s*$`, 'u');
const DASH_TAIL = /^[.,]?\s*(?:[-–—]|\.-)/u;
/** "Ciudad de México, 9 de enero. La presidenta…": a full stop after the date, then the story. */
const PERIOD_TAIL = /^\.\s+\p{Lu}/u;
/** "Valdora, 4 ene (Agencia Norte) La presidenta…": a wire credit in parentheses, then the story with no dash. */
const CREDIT_TAIL = /^\s*\(\p{Lu}[\p{L} .]{1,30}\)\s+\p{Lu}/u;
/**
 * What follows a dateline's date: a dash, ".-", or a colon, maybe after a wire credit in parentheses, whose name may
 * join two with a hyphen ("21 de enero (ABC-Informa).-").
 */
const DATELINE_TAIL = /^[.,]?\s*(?:\(\s*\p{L}[\p{L} .]{0,30}(?:-\p{L}[\p{L} .]{0,30})?\)\s*)?(?:[-–—]|\.-|:\s)/u;

/** Whether the date at [start, end) of a block opens a dateline (at the block start or after a sentence). */
export function isDateline(blockText: string, dateStartInBlock: number, dateEndInBlock: number): boolean {
  // Room for a wire credit between the date and the dash: "Jan 5 (Reuters) -".
  const after = blockText.slice(dateEndInBlock, dateEndInBlock + 40);
  if (blockText[dateEndInBlock] === ')' && dateStartInBlock <= 80 && PLACE_DASH_PAREN.test(blockText.slice(0, dateStartInBlock))) return true;
  const opening = dateStartInBlock <= 80 ? blockText.slice(0, dateStartInBlock) : null;
  // The date's words may end with the closing parenthesis ("March 9, 2031, 4:12 PM EST)").
  const close = blockText[dateEndInBlock - 1] === ')' ? dateEndInBlock - 1 : dateEndInBlock;
  if (opening !== null && (PLACE_PAREN.test(opening) || SERVICE_PAREN.test(opening)) && PAREN_TAIL.test(blockText.slice(close, close + 24))) return true;
  if (opening !== null && (PERIOD_TAIL.test(after) || CREDIT_TAIL.test(after)) && PLACE_AT_START.test(opening)) return true;
  if (/^\s*\.?\s*$/u.test(blockText.slice(dateEndInBlock)) && PLACE_LINE.test(blockText.slice(0, dateStartInBlock))) return true;
  if (!DATELINE_TAIL.test(after)) return false;
  if (dateStartInBlock === 0) return true;
  const windowStart = Math.max(0, dateStartInBlock - 80);
  const before = blockText.slice(windowStart, dateStartInBlock);
  // Not "MEXICO CITY, MEXICO - JANUARY 04: Demonstrators…", a photo agency's caption.
  if (windowStart === 0 && (PLACE_AT_START.test(before) || (PLACE_DASH.test(before) && DASH_TAIL.test(after)))) return true;
  return PLACE_AFTER_SENTENCE.test(before);
}

/** The pieces of a header line of page furniture: "Mexicali · Miércoles 11 de febrero de 2026 · No. 25,814", "Transcripts | Mar. 04, 2026 5:00 PM ET | …". */
const FURNITURE_SEPARATOR = /\s[·|•]\s/u;

/**
 * Whether the date at [start, end) of a block is a whole piece of a header line of furniture (a print masthead's
 * place, day, issue and price; a site's section, time stamp and ticker), set off by "·", "|" or "•": the page's own
 * day. The piece must be that day and nothing else (a weekday, a time of day and a zone at most): "Date created:
 * January 4, 2026" (a photo's) or "Minister meets envoy | Jan 5, 2026" (a related item) is not.
 */
export function isHeaderStamp(blockText: string, dateStartInBlock: number, dateEndInBlock: number): boolean {
  if (!FURNITURE_SEPARATOR.test(blockText) || blockText.includes('\n')) return false;
  let from = 0;
  for (const piece of blockText.split(FURNITURE_SEPARATOR)) {
    const at = blockText.indexOf(piece, from);
    from = at + piece.length;
    if (at <= dateStartInBlock && dateEndInBlock <= from) return writtenDay(piece) !== null;
  }
  return false;
}
