/**
 * Chooses the article's title. Front-matter or editor metadata wins. Otherwise it
 * is the first block that is not a site name, crumb or timestamp; but when that
 * block is a long paragraph (a lede scraped ahead of the headline) and a later
 * short line is a headline the page repeats, the headline is the title.
 */
import { duplicateKey } from './duplicates';
import { safeCut } from './safe-cut';

export interface TitleCandidate {
  index: number;
  text: string;
  /** Meta or noise blocks cannot be titles. */
  skippable: boolean;
}

const MAX_TITLE = 200;

export function isShortLine(text: string): boolean {
  return text.length <= MAX_TITLE && !/[\n]/.test(text);
}

const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/**
 * A site name or section ("Lakeshore Tribune", "Puerto Nieve") scraped above the
 * headline: at most three words, no sentence punctuation, followed by a longer
 * headline-like line.
 */
export function isMastheadBeforeHeadline(first: string, next: string): boolean {
  return (
    words(first) <= 3 &&
    !/[.!?:]$/u.test(first) &&
    isShortLine(next) &&
    words(next) > words(first) + 1 &&
    !/[.!?]$/u.test(next)
  );
}

/** A site menu entry or section label: at most three words, no sentence punctuation. */
function isMenuLine(text: string): boolean {
  return isShortLine(text) && words(text) <= 3 && !/[.!?:;,]/u.test(text);
}

/** A menu whose first entry is the site's home page. */
const HOME_FIRST = /^(?:home|inicio|portada|accueil|start)\s*[|·•]/iu;

/** A menu scraped as one line: three or more short entries between bars or dots ("Local | Juárez | Deportes"). */
function isMenuBar(text: string): boolean {
  if (!isShortLine(text) || /\d/u.test(text)) return false;
  const entries = text.split(/\s+[|·•]\s+/u);
  return entries.length >= 3 && entries.every((e) => words(e) <= 3 && !/[.!?:;,]/u.test(e));
}

/** A label line that can only be page chrome: a menu bar or an upper-case label ("COMMENTARY", "NEWS"). */
function isChromeLabel(text: string): boolean {
  return isMenuBar(text) || (isMenuLine(text) && /\p{Lu}{3}/u.test(text) && text === text.toUpperCase());
}

/** A longer site name ("War on the Rocks", "LA VOZ DE LA FRONTERA"): up to five words, no digits or punctuation. */
function isLongSiteName(text: string): boolean {
  return isShortLine(text) && words(text) <= 5 && /^\p{Lu}/u.test(text) && !/[\d.!?:;,|]/u.test(text);
}

/**
 * Page chrome above the headline: a site name followed by a section label ("Milenio",
 * "Policía"), or a tagline over a menu of three or more entries ("Exclusive news…",
 * "Home", "World", "Business"). A menu bar ("Local | Norte | Deportes") is a section
 * label too. A site name of four or five words needs a label only chrome can be (an
 * upper-case section, a menu bar).
 * The headline is the first line after it.
 */
function skipChrome(usable: readonly TitleCandidate[]): readonly TitleCandidate[] {
  let k = 0;
  for (let guard = 0; guard < usable.length; guard += 1) {
    const current = usable[k];
    if (!current) break;
    let run = 0;
    let chrome = false;
    for (let line = usable[k + 1]?.text; line !== undefined && (isMenuLine(line) || isMenuBar(line)); line = usable[k + 1 + run]?.text) {
      run += 1;
      chrome ||= isChromeLabel(line);
    }
    const next = usable[k + 1 + run];
    if (!next || !isShortLine(next.text) || words(next.text) <= 3) break;
    // The headline printed again below the chrome: the first one is the title.
    if (duplicateKey(next.text) === duplicateKey(current.text)) break;
    // A headline does not end with a full stop: a sentence after the labels (a TV
    // transcript's "THIS IS A RUSH TRANSCRIPT. …" under show, network and "Transcript")
    // is a notice, and the line above the labels was the headline.
    if (/\.$/u.test(next.text) && !/[.!?]$/u.test(current.text)) break;
    const siteName = isMenuLine(current.text) || (chrome && isLongSiteName(current.text));
    if ((siteName && run >= 1) || run >= 3) k += 1 + run;
    else break;
  }
  return k > 0 && k < usable.length ? usable.slice(k) : usable;
}

/**
 * Index of the title block among the candidates, or null when none fits. `underSiteName`: a site name above was
 * set aside, so a tagline of a few words over a section label ("Global news in brief" / "Peace and Security") is
 * the site's too, and the headline comes after them.
 */
export function chooseTitleBlock(candidates: readonly TitleCandidate[], underSiteName = false): number | null {
  const usable = skipChrome(candidates.filter((c) => !c.skippable));
  const first = usable[0];
  if (!first) return null;
  const second = usable[1];
  if (second && isMastheadBeforeHeadline(first.text, second.text)) return chooseTitleBlock(candidates.filter((c) => c !== first), true);
  const third = usable[2];
  if (underSiteName && second && third && isLongSiteName(first.text) && isMenuLine(second.text) && isShortLine(third.text) && words(third.text) > words(first.text) + 1) {
    return chooseTitleBlock(candidates.filter((c) => c !== first), true);
  }
  // "El Heraldo de Valdora" over a menu bar the cleaning set aside, then the headline.
  const between = second === undefined ? [] : candidates.filter((c) => c.skippable && c.index > first.index && c.index < second.index && isMenuBar(c.text));
  if (second && between.length > 0 && isLongSiteName(first.text) && words(second.text) > words(first.text)) return chooseTitleBlock(candidates.filter((c) => c !== first));
  // A site's navigation ("Home | Articles | Donate") comes below its name and tagline and above the story: a
  // tagline over it ("A project of the Valdora Press Institute") is the site's, and the headline follows.
  if (second && isShortLine(second.text) && words(second.text) > 3 && between.some((c) => HOME_FIRST.test(c.text))) {
    return chooseTitleBlock(candidates.filter((c) => c !== first), true);
  }
  if (isShortLine(first.text)) return first.index;
  const counts = new Map<string, number>();
  for (const c of usable) {
    if (!isShortLine(c.text)) continue;
    const key = duplicateKey(c.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const c of usable.slice(1, 8)) {
    if (isShortLine(c.text) && !/[.:]$/.test(c.text) && (counts.get(duplicateKey(c.text)) ?? 0) > 1) return c.index;
  }
  return null;
}

/**
 * A headline a print page or its OCR broke over lines ("Diputados castigan con cárcel" / "presencia de agentes
 * armados" / "extranjeros sin permiso") as one line, or the block as it was. Only two to four short lines with no
 * end punctuation, each after the first going on in lower case (or after a hyphen's break): a title over its
 * standfirst starts each in capitals and is not joined.
 */
export function joinWrappedHeadline(text: string): string {
  const lines = text.split(/\r?\n/u).map((l) => l.trim());
  if (lines.length < 2 || lines.length > 4) return text;
  if (lines.some((l) => l.length === 0 || l.length > 60 || /[.!?:;,]$/u.test(l))) return text;
  if (!lines.slice(1).every((l) => /^\p{Ll}/u.test(l))) return text;
  let joined = lines[0] ?? '';
  for (const line of lines.slice(1)) joined = /\p{L}-$/u.test(joined) ? `${joined.slice(0, -1)}${line}` : `${joined} ${line}`;
  return joined.length <= MAX_TITLE ? joined : text;
}

/** A title from the first sentence of a long first paragraph, cut at a word. */
export function titleFromText(text: string): string {
  const firstSentence = /^[^.!?]{10,200}[.!?]/u.exec(text)?.[0] ?? text;
  if (firstSentence.length <= 140) return firstSentence.trim();
  const cut = safeCut(firstSentence, 140);
  const space = cut.lastIndexOf(' ');
  return `${(space > 60 ? cut.slice(0, space) : cut).trim()}…`;
}
