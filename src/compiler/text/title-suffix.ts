/**
 * A page's <title> often ends with its site: "Port reopens after strikes | Harbor News",
 * "Puerto reabre – HN – 21/01/2031". When the trailing part is the document's outlet
 * (or its web address's name), or a date after it, it is the site's and not the
 * headline's, and is left out of the title. A part that is not the outlet stays: a
 * headline's own dash ("Ruiz - the view from the port") is not cut on a guess.
 */
import { foldedWords } from '../actors/fold-text';

/** " | ", " - ", " – ", " — " between two parts of a title. */
const SEPARATOR = /\s+[|\-–—]\s+/gu;
const DATE_PART = /^[\d\s/.\-]+$/u;
const MIN_HEAD_WORDS = 3;

const WEB_SUFFIX = /\.(?:com|net|org|es|mx|ca|co|uk|fr|de)$/iu;

/** A name as its folded words, and as one string of them. */
interface SiteName {
  words: string[];
  whole: string;
}

function siteName(text: string): SiteName {
  const words = foldedWords(text.replace(WEB_SUFFIX, ''));
  return { words, whole: words.join('') };
}

/** The names a site goes by here: its outlet, and its web address's name ("globalnews" of www.globalnews.ca). */
function siteNames(outlet: string | null, url: string | null): SiteName[] {
  const names: SiteName[] = [];
  if (outlet) names.push(siteName(outlet));
  if (url) {
    try {
      const labels = new URL(url).hostname.replace(/^www\./u, '').split('.');
      const name = labels.length > 1 ? labels.slice(0, -1).join('') : labels[0];
      if (name) names.push(siteName(name));
    } catch {
      // Not a URL: no name from it.
    }
  }
  return names.filter((n) => n.whole.length >= 2);
}

const startsWithWords = (long: readonly string[], short: readonly string[]): boolean => short.length > 0 && short.every((w, i) => long[i] === w);

/** "Harbornews.com" or "HARBOR NEWS" is the outlet Harbor News; "Harbor News Latest" starts with it; "Harbor" is its first word. */
function isSite(part: string, names: readonly SiteName[]): boolean {
  const p = siteName(part);
  if (p.whole.length < 2) return false;
  return names.some((n) => p.whole === n.whole || startsWithWords(p.words, n.words) || (p.whole.length >= 3 && startsWithWords(n.words, p.words)));
}

/** The title's last part after a separator, and what comes before it when that is a headline of a few words at least. */
function lastPart(title: string): { head: string; tail: string; bar: boolean } | null {
  const separators = [...title.matchAll(SEPARATOR)];
  const last = separators[separators.length - 1];
  if (!last || last.index === undefined) return null;
  const head = title.slice(0, last.index).trim();
  if (head.split(/\s+/u).filter(Boolean).length < MIN_HEAD_WORDS) return null;
  return { head, tail: title.slice(last.index + last[0].length).trim(), bar: last[0].includes('|') };
}

export function withoutSiteSuffix(title: string, outlet: string | null, url: string | null): string {
  const names = siteNames(outlet, url);
  if (names.length === 0) return title;
  let current = title;
  let cutSite = false;
  for (let part = lastPart(current); part; part = lastPart(current)) {
    if (isSite(part.tail, names)) cutSite = true;
    else if (!DATE_PART.test(part.tail)) break;
    current = part.head;
  }
  // A date is cut only together with the site it follows.
  return cutSite ? current : title;
}

/** A section a page title may end in, which names no site: "… | News", "… - Opinión". */
const SECTION = /^(?:news|noticias|opini[oó]n|opinion|video|v[ií]deos?|live|en vivo|latest|[úu]ltima hora|world|mundo|politics|pol[ií]tica)$/iu;

/** A site's name: one to three words, each capitalised ("La Silla Rota", "Harbor News"), no digits or sentence marks. */
const SITE_WORDS = /^\p{Lu}[\p{L}.'’&-]*(?: (?:\p{Lu}[\p{L}.'’&-]*|de|del|la|el|the|of)){0,3}$/u;

/** A headline in sentence case: at least two of its longer words begin in lower case. */
const sentenceCase = (head: string): boolean => head.split(/\s+/u).filter((w) => /^\p{Ll}\p{L}{3,}/u.test(w)).length >= 2;

/**
 * A page title's site when nothing else names the outlet: the part after its last bar ("Port reopens after
 * strikes | Harbor News"), or after a dash when the headline is in sentence case and the part in title case
 * ("Valdora envía a 37 presos al norte - Diario del Puerto"), so an English title-case headline's own dash
 * is not taken for a site. A section's name ("| News") is cut but names no outlet.
 */
export function siteSuffix(title: string): { title: string; outlet: string | null } | null {
  const part = lastPart(title);
  // A site's words are capitalised (SITE_WORDS), so the part is never in sentence case itself.
  if (!part || !SITE_WORDS.test(part.tail) || (!part.bar && !sentenceCase(part.head))) return null;
  return { title: part.head, outlet: SECTION.test(part.tail) ? null : part.tail };
}
