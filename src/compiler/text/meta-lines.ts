/**
 * Recognises short blocks that describe the page rather than tell the story:
 * timestamps, bylines, "Source:" and "Original Source:" lines, site names and
 * navigation crumbs. They are kept as `meta` (they may carry the publication date
 * or the outlet) and left out of event extraction. Long blocks are never meta.
 */

import { EN_MONTH_PATTERN, ES_MONTH_PATTERN } from '../dates/lexicon';
import { writtenDay } from '../dates/written-day';

const TIMESTAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
/** A message's stamp with a two-digit year and its time: "[03.03.26 08:14]", "01/27/26 11:05 AM ET". */
const MESSAGE_STAMP = /^\[?\d{1,2}([./-])\d{1,2}\1\d{2},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\]?$/iu;
const LABELLED =
  /^(?:original source|source|sources|fuente|fuentes|fuente original|v[íi]a|date|fecha|autor|author|written by|escrito por|redacci[óo]n|cr[ée]ditos?|credits?)\s*:/iu;
/** "Published January 17, 2026", "Actualizado: 17/01/2026 10:30": a publication label followed by a date. */
const PUBLISHED_LABEL = /^(?:published|publicad[oa]|posted|updated|actualizad[oa]|last updated|fecha de publicaci[óo]n)\b[^\n\d]{0,40}\d/iu;
/**
 * "By Jane Doe", "by: Jane Doe", "Por Redacción | 17/01/2026", "Por Redacción tv24 | Ana Ruiz" (a desk and its brand):
 * a byline names people, not a sentence opener ("Por su parte").
 */
const BYLINE = /^(?:[Bb]y|[Pp]or|BY|POR):?\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}{2,}\p{N}{1,3}|de|del|la|y|and)){0,5}(?:\s*[,|·•—–-]\s*[^\n]{0,80})?$/u;
const BYLINE_NAME = /^(?:[Bb]y|[Pp]or|BY|POR)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|la|y|and)){1,5}$/u;
const SITE_NAME = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]{2,63}(?:\.[\p{L}\p{N}-]{2,63}){0,3}\.(?:com|net|org|news|info|mx|es|co|ar|cl|pe|ve|us|uk|tv|io|press|online|site|media)(?:\/[^\s]*)?$/iu;
const CRUMB = /^[\p{Lu}][\p{L}&'’-]*(?:\s*[›>|»/·•]\s*[\p{Lu}][\p{L}&'’ -]{0,30})+$/u;
/**
 * A trail of three or more steps between arrows, whose first step may be a site of a few words:
 * "Harbor Forums › Travel › Valdora". Only arrows: a bar after words is a page title's site suffix.
 */
const ARROW_CRUMB = /^[\p{Lu}][\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}(?:\s*[›»]\s*[\p{Lu}][\p{L}&'’ -]{0,30}){2,}$/u;
/**
 * A site's menu bar of three items or more, the first of several words: "El Paso | Las Cruces | Weather | Watch
 * Live", "EN VIVO | México | Mundo". Its items are places and sections, never the outlet (source-info.ts).
 */
const MENU_BAR = /^[\p{Lu}][\p{L}&'’-]*(?: [\p{Lu}][\p{L}&'’-]*){1,2}(?:\s*[|·•]\s*[\p{Lu}][\p{L}&'’ -]{0,30}){2,}$/u;
/** A desk's byline: "Redacción AN / ML", "Redacción Internacional". */
const DESK_BYLINE = /^redacci[óo]n(?: [\p{L}.]{1,20}){0,3}(?:\s*\/\s*[\p{L}.]{1,20}){0,2}$/iu;
const DATE_ONLY =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*,? |(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),? )?(?:\d{1,2}(?: de)? [\p{L}]{3,10}\.?(?: de)?,? \d{4}|[\p{L}]{3,10}\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?:\s*[,|·•-]?\s*(?:at |a las )?\d{1,2}[:.]\d{2}(?: ?(?:[ap]\.? ?m\.?|hrs?|h|horas))?(?: ?\(?[a-z]{2,5}\)?)?)?\s*$/iu;
/** "Home » Politics » <headline>", "Inicio > Nacional > …": a crumb trail, whatever its last segment. */
const HOME_CRUMB = /^(?:home|inicio|portada|news|noticias|start)\s*[›>»/|]\s*\S/iu;

/** The headline a crumb trail ends in ("Home » Politics » Port reopens after strike"), or null. */
export function crumbHeadline(text: string): string | null {
  const last = text.split(/\s[›>»/|]\s|\s*[›»]\s*/u).pop()?.trim() ?? '';
  return last.split(/\s+/u).length >= 4 && last !== text.trim() ? last : null;
}

/** Words a crumb or category line is made of: capitalised words, no sentence punctuation. */
const TITLE_WORDS = /^(?:[\p{Lu}][\p{L}&'’-]*\s+){1,6}/u;

const MONTH_WORD = `(?:${EN_MONTH_PATTERN}|${ES_MONTH_PATTERN}|ene|abr|ago|dic)`;
/** A fully stated day in any of the forms pages print: ISO, 03.02.2025, Jan. 13, 2026, 6 de enero de 2026, 13 Ene, 2026. */
const FULL_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}|${MONTH_WORD}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?: de)? ${MONTH_WORD}\\.?(?: de(?:l)?)?,? \\d{4})(?:(?![\\p{L}\\p{N}])|(?=\\d{1,2}[:.]\\d{2}(?!\\d)))`,
  'iu',
);
const WEEKDAY_WORD = /(?<![\p{L}])(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![\p{L}])|(?<![\p{L}])(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)(?![\p{L}])/giu;
/** What a timestamp line holds besides its date: times, zones, publication words, "3 hours ago", weekdays, a page number. */
const STAMP_PARTS: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:[ap]\.?\s?m\.?|hrs?\.?|h|horas))?(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}])(?:[ECMP][SD]?T|UTC|GMT|CET|CEST|Z)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:last updated|updated|published|posted|modified|actualizad[oa]|publicad[oa]|modificad[oa]|fecha|edici[óo]n impresa|print edition)(?![\p{L}])/giu,
  /(?<![\p{L}\p{N}])(?:\d{1,3}|an?|one) (?:hours?|minutes?|mins?|days?) ago(?![\p{L}])|(?<![\p{L}])hace \d{1,3} (?:horas?|minutos?|d[íi]as?)(?![\p{L}])/giu,
  WEEKDAY_WORD,
  /(?<![\p{L}])(?:p|pp|p[áa]g|page|p[áa]gina)\.? ?\d{1,4}(?![\p{N}])/giu,
  // A print page's number: section letter and page, "A8", "B12".
  /(?<![\p{L}\p{N}])[A-Z]\d{1,2}(?![\p{L}\p{N}])/gu,
  // "Updated ago": a relative time whose number the page failed to print.
  /(?<![\p{L}])ago(?![\p{L}])/giu,
  // A reading time: "4 min read", "lectura de 3 min", "5 minutos de lectura".
  /(?<![\p{L}\p{N}])\d{1,3}\s?min(?:ute)?s?\.? read(?![\p{L}])|(?<![\p{L}])lectura de \d{1,3}\s?min(?:utos?)?\.?|(?<![\p{L}\p{N}])\d{1,3}\s?min(?:utos?)?\.? de lectura(?![\p{L}])/giu,
  // A video page's count line: "28,417 views  Jan 30, 2026  #Port #Strike", "1,2 mil visualizaciones".
  /(?<![\p{L}\p{N}])[\d.,]+\s?(?:[KkMm]|mil)?\s(?:views|vistas|visualizaciones|reproducciones)(?![\p{L}])/gu,
  /(?<![\p{L}\p{N}])#[\p{L}\p{N}_]+/gu,
];
/** A signal that the line describes the page: any part above, or a crumb separator. */
const STAMP_SIGNAL = /[|/·•]|min read|lectura|views\b|vistas\b|visualizaciones|reproducciones|\d{1,2}[:.]\d{2}|ago\b|hace |updated|published|posted|actualizad|publicad|(?:^|\s)p[áa]?g?\.? ?\d|day\b|lunes|martes|rcoles|jueves|viernes|bado|domingo|impresa|edition/iu;

/**
 * A print page's running header ("A8 | THE DAILY HERALD | THURSDAY, MAY 7, 2026 | NATION & WORLD",
 * "EL DIARIO · Jueves 7 de mayo de 2026 · NACIONAL"): three or more fields set apart by bars,
 * bullets or wide gaps.
 */
function isPageHeader(text: string): boolean {
  return text.split(/\s*[|·•]\s*|\s{3,}/u).filter((f) => f.trim() !== '').length >= 3;
}
const MAX_HEADER_WORDS = 8;

/** Every field between bars or bullets is a label of at most three words. */
function shortFields(text: string): boolean {
  return text
    .split(/\s*[|·•]\s*/u)
    .filter((f) => /\p{L}/u.test(f))
    .every((f) => f.trim().split(/\s+/u).length <= 3);
}

/**
 * A short line holding a full date and otherwise only page furniture ("February 28,
 * 2025 3:14 PM CST Updated 3 hours ago", "Politics | Published Jan. 13, 2026",
 * "Ciudad de México / 03.02.2025 12:15:00", "Martes 6 de enero de 2026, p. 3"). What
 * is left after the date and those parts must be a few capitalised words (a place
 * or section), so a headline ending in a date is not a timestamp.
 */
export function isTimestampLine(text: string): boolean {
  if (text.length > 120) return false;
  const date = FULL_DATE.exec(text);
  if (!date) return false;
  let rest = text.slice(0, date.index) + ' ' + text.slice(date.index + date[0].length);
  const signal = STAMP_SIGNAL.test(rest);
  for (const part of STAMP_PARTS) rest = rest.replace(part, ' ');
  const words = rest.split(/[\s|/·•,;:()\-–—»>›]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return true;
  // A running header sets its outlet and section in capitals ("THE DAILY HERALD", "NATION & WORLD"), or
  // puts short labels between its bars ("Miércoles 7 de mayo de 2031 | Valdora | Norvia | Puerto Sur").
  const header = isPageHeader(text) && (words.every((w) => !/\p{Ll}/u.test(w)) || shortFields(rest));
  if (!signal || words.length > (header ? MAX_HEADER_WORDS : 4)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|del|la|las|los|el|at|on|a|en)$/u.test(w));
}

/**
 * "March 3, 2031 | Deputy Press Secretary Jane Roe", "3 de marzo de 2031 | Versión
 * estenográfica": a page's date line, the day first and then a bar or bullet and a
 * short label (who spoke, what the record is), with no sentence after it. Only the
 * page header is read this way (classify-blocks.ts): below the story, such a line
 * is a related item's.
 */
export function isDatedLabelLine(text: string): boolean {
  if (text.length > 160) return false;
  const date = FULL_DATE.exec(text);
  if (!date || text.slice(0, date.index).replace(WEEKDAY_WORD, '').replace(/[\s,]/gu, '') !== '') return false;
  const label = /^(?:\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*[|·•]\s*([^|·•]+)$/iu.exec(text.slice(date.index + date[0].length));
  const words = label?.[1]?.trim().split(/\s+/u) ?? [];
  return words.length >= 1 && words.length <= 12 && !/[.!?:;]$/u.test(label?.[1]?.trim() ?? '') && /^\p{Lu}/u.test(words[0] ?? '');
}

/**
 * A byline's name with its role and no "By": "Jane Roe · Reporter", "Ana Ruiz | Corresponsal", or the role alone on
 * its line under the name ("STAFF WRITER").
 */
const NAME_ROLE =
  /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|la|y)){1,4}\s*[·|,•—–-]\s*)?(?:senior |chief |staff |special |deputy )?(?:reporter|writer|correspondent|editor|contributor|columnist|corresponsal|reporter[oa]|redactor[a]?|enviad[oa] especial|colaborador[a]?)$/iu;

/** A social post's author line: "Jane Roe @janeroe.bsky.social · 2h", "@ana_ruiz · 5 min", "Ana Ruiz @anaruiz". */
const POST_AUTHOR = /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+)?@[\p{L}\p{N}_.-]{2,60}(?:\s*·\s*\d{1,3}\s?(?:s|m|min|h|d|w|sem)\.?)?$/u;

/** "by Tom Hale 9 Jan 2031 6:18 AM PST": a byline run straight into its timestamp, with no separator. */
function isDatedByline(text: string): boolean {
  const date = FULL_DATE.exec(text);
  if (!date || date.index === 0) return false;
  const name = text.slice(0, date.index).replace(/[\s,|·•—–-]+$/u, '');
  return BYLINE_NAME.test(name) && isTimestampLine(text.slice(date.index));
}

export function metaReason(blockText: string): string | null {
  const text = blockText.trim();
  if (text.length > 200) return null;
  if (TIMESTAMP.test(text) && (text.length <= 80 || TITLE_WORDS.test(text))) return 'timestamp';
  if (MESSAGE_STAMP.test(text)) return 'timestamp';
  if (LABELLED.test(text) || PUBLISHED_LABEL.test(text) || BYLINE.test(text) || isDatedByline(text) || (text.length <= 80 && (NAME_ROLE.test(text) || DESK_BYLINE.test(text)))) return 'source or byline';
  if (POST_AUTHOR.test(text)) return 'post author';
  if (SITE_NAME.test(text)) return 'site name';
  // writtenDay: a day stamped with its time zone only, "Jan 30, 2026 (JST)".
  if (DATE_ONLY.test(text) || isTimestampLine(text) || writtenDay(text)) return 'date line';
  if ((text.length <= 120 && (CRUMB.test(text) || ARROW_CRUMB.test(text))) || HOME_CRUMB.test(text)) return 'navigation crumb';
  if (text.length <= 120 && MENU_BAR.test(text)) return 'menu bar';
  return null;
}

export function isSourceLine(blockText: string): boolean {
  return /^(?:source|sources|fuente|fuentes)\s*:/iu.test(blockText.trim());
}

export function isPublishedLine(blockText: string): boolean {
  return /^(?:published|publicad[oa]|posted|fecha de publicaci[óo]n|date|fecha)\b/iu.test(blockText.trim());
}

/** The outlet an "Original Source: www.x.com" line, a "Source: Reuters" line or a site-name line names. */
export function outletFrom(blockText: string): string | null {
  const text = blockText.trim();
  const labelled = /^(?:original source|source|fuente|fuente original|v[íi]a)\s*:\s*(.{2,80})$/iu.exec(text);
  // A trailing "(2025-11-19)" is the source's date, not part of its name.
  const value = labelled?.[1]?.replace(/\s*\([^()]{0,40}\)\s*$/u, '').trim() ?? (SITE_NAME.test(text) ? text : null);
  if (!value) return null;
  if (SITE_NAME.test(value)) {
    return value.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/.*$/, '');
  }
  // "Source: Reuters" names an outlet; "Source: <a headline> (2025-11-19)" does not.
  if (value.split(/\s+/).length <= 4 && !/\d/.test(value)) return value;
  return null;
}

/** The first http(s) URL with a host in a meta line. */
export function urlFrom(blockText: string): string | null {
  const m = /https?:\/\/[^\s"'<>()]{3,500}/iu.exec(blockText);
  if (!m) return null;
  try {
    const url = new URL(m[0]);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}
