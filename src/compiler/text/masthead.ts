/**
 * Finds the page's masthead: the outlet's name and section labels that scraped
 * pages print as short standalone lines around the headline ("Reuters", "AP News",
 * "MILENIO", "infobae", "La Jornada", "Política"). It looks only in the header (the
 * lines before the first real paragraph) and only at lines of one to four words
 * with no digits or sentence punctuation. It decides which of them names the
 * outlet: a name the page repeats in its furniture (a byline, a credit, a wire
 * dateline's "(Reuters)") wins; otherwise the first line next to the headline,
 * unless it is a common section word. It never takes the headline.
 */

/**
 * One to four words, each capitalised (or one lower-case brand word such as "infobae"). Figures only as a brand
 * joins them to letters ("tv24", "30noticias") or as a channel's number after its name ("KXRB 7 News"): a page
 * number ("A8") or a year is no masthead.
 */
const MASTHEAD_SHAPE =
  /^(?:\p{Lu}[\p{L}&'’.-]*|\p{Ll}[\p{L}]{2,30}|\p{L}{2,20}\p{N}{1,3}|\p{N}{1,3}\p{L}{3,20})(?:[ -](?:\p{Lu}[\p{L}&'’.-]*|\p{N}{1,3}(?= \p{Lu})|de|del|la|el|of|the|on|y|and)){0,3}$/u;

/** Section and navigation words that are never an outlet (compared normalised). */
const SECTIONS = new Set([
  'politics', 'politica', 'world', 'worldnews', 'news', 'noticias', 'business', 'economy', 'economia', 'mexico', 'americas',
  'nacion', 'nacional', 'seguridad', 'security', 'opinion', 'internacional', 'international', 'mundo', 'latest', 'home', 'inicio',
  'us', 'usnews', 'sports', 'deportes', 'estados', 'edicionimpresa', 'printedition', 'portada', 'local', 'metro', 'breaking',
  'breakingnews', 'ultimasnoticias', 'video', 'videos', 'envivo', 'live', 'analysis', 'analisis', 'exclusive', 'exclusiva',
  'share', 'guardar', 'save', 'justicia', 'sociedad', 'estados', 'region', 'regional', 'latinoamerica', 'latinamerica',
  // Genre labels and share-bar words printed where a masthead would be.
  'commentary', 'comentario', 'transcript', 'transcripts', 'transcripcion', 'summary', 'resumen', 'copy', 'copylink',
  'copiar', 'editorial', 'feature', 'features', 'explainer', 'column', 'columna', 'columnas', 'interview', 'entrevista',
  'reportaje', 'cronica', 'podcast', 'newsletter', 'obituary', 'obituario', 'factcheck', 'essay', 'ensayo',
]);

/** Account and support links a scraped header glues to the site name: "CBC News Sign In", "HUFFPOST Support HuffPost". */
const ACCOUNT_TAIL = /\s+(?:sign in|log in|login|subscribe|register|support \S+(?: \S+)?|iniciar sesi[oó]n|suscr[ií]bete|reg[ií]strate)$/iu;

/** The site name without the account links a header glues to it. */
export function withoutAccountLinks(text: string): string {
  return text.trim().replace(ACCOUNT_TAIL, '');
}

/** Words of roles and labels that follow a byline's name, not outlets. */
const ROLE = /\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|corresponsal|redactor[a]?|enviad[oa]|especial|colaborador[a]?)\b/iu;

export function normaliseName(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[^a-z0-9]/gu, '');
}

export function isMastheadShape(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 40 && MASTHEAD_SHAPE.test(t) && !ROLE.test(t);
}

export function isSectionWord(text: string): boolean {
  return SECTIONS.has(normaliseName(text));
}

/** The agency a wire dateline credits: "MEXICO CITY, Feb 28 (Reuters) -" → "Reuters", "MEXICO CITY (AP) —" → "AP". */
export function datelineAgency(text: string): string | null {
  const m = /^[\p{Lu}][\p{L}.'’ -]{1,40}(?:,[^()\n]{0,30})?\s*\((\p{Lu}[\p{L}&.]{1,20}(?: \p{Lu}[\p{L}&.]{1,20}){0,2})\)\s*[-–—]/u.exec(text.slice(0, 120));
  return m?.[1] ?? null;
}

/** The outlet after a byline's name: "By Jane Doe, Reuters", "Por Redacción | El Universal". */
export function bylineOutlet(text: string): string | null {
  const m = /^(?:by|por)\s+[^|,·•\n]{2,60}\s*[,|·•]\s*([^|,·•\n]{2,40})$/iu.exec(text.trim());
  const name = m?.[1]?.trim();
  return name && isMastheadShape(name) && !isSectionWord(name) ? name : null;
}

export interface MastheadLine {
  text: string;
  /** Whether it sits right next to the headline (the first masthead line of the header). */
  first: boolean;
  /** Whether it is the document's first line, where a one-word headline can sit too. */
  opensDocument?: boolean;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/**
 * The outlet among the masthead lines, given the page furniture text (all meta
 * and noise lines, the masthead lines included, and a dateline's agency): a name
 * found there twice is confirmed. Null when none fits.
 */
export function chooseOutlet(lines: readonly MastheadLine[], furniture: string): string | null {
  const seen = normaliseName(furniture);
  const usable = lines.filter((l) => !isSectionWord(l.text) && normaliseName(l.text).length >= 2);
  const confirmed = usable.find((l) => normaliseName(l.text).length >= 3 && occurrences(seen, normaliseName(l.text)) >= 2);
  if (confirmed) return confirmed.text.trim();
  // Unconfirmed, a lone word opening the page may be a one-word headline.
  const first = usable.find((l) => l.first && !(l.opensDocument && !/\s/u.test(l.text.trim())));
  return first ? first.text.trim() : null;
}
