/**
 * Recognises the lists that cite rather than tell: a "Notes" / "Fuentes" section
 * of footnotes, a "Sources: …; …; …" line, a podcast's "Mentioned on the
 * episode" list and its chapter timestamps. Their dates are the dates of the
 * documents cited (a statement of January 5, a hearing of February 4), and an
 * event read from them would stand in for the article's own account. They are
 * page furniture; the blocks after such a heading count only while they keep
 * the shape of list entries, so prose that follows is read again.
 */

/** Markdown or bold wrapping around a heading line: "## Notes", "**Fuentes**", "Notes:". */
const HEADING_WRAP = /^[#*_\s]+|[*_:\s]+$/gu;

/** Headings of sections that list cited works or an episode's parts, English and Spanish. */
const REFERENCE_HEADING =
  /^(?:(?:foot|end)?notes|sources|references|bibliography|works cited|further reading|chapters|episode chapters|timestamps|show notes|(?:mentioned|discussed|referenced) (?:on|in) (?:the|this) (?:podcast|episode|show|program|programme)|in this episode|notas(?: al pie)?|fuentes(?: consultadas)?|referencias|bibliograf[íi]a|cap[íi]tulos|lecturas recomendadas|para saber m[áa]s|(?:mencionad[oa]s?|citad[oa]s?) en (?:el|este) (?:p[óo]dcast|episodio|programa))$/iu;

/** The start of a list entry: a bullet, "[3]", "3." or a "(09:30)" / "09:30 –" chapter mark. */
const ENTRY_START = /^(?:[-*•·]\s|\[\d{1,3}\]\s?|\d{1,3}[.)]\s|\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s)/u;

/** "Sources: …" / "Fuentes: …" with several entries: a source list of any length. */
const SOURCES_LINE = /^(?:sources|references|fuentes|referencias)\s*:\s*\S/iu;

/** "[3] Presidencia, conferencia de prensa, 5 de enero de 2027.": one footnote, on its own. */
const FOOTNOTE = /^\[\d{1,3}\]\s?\S/u;
const MAX_FOOTNOTE = 400;

/** A block of one chapter line or more, each opening with a clock time: "(00:00) Introduction". */
function isChapterList(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length >= 2 && lines.every((l) => /^\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*[-–—]?\s*\S/u.test(l));
}

export function isReferenceHeading(text: string): boolean {
  const bare = text.trim().replace(HEADING_WRAP, '');
  return bare.length <= 60 && REFERENCE_HEADING.test(bare);
}

/** Why a block on its own is a citing list ("list of sources", "footnote", "chapter list"), or null. */
export function referenceReason(text: string): string | null {
  const trimmed = text.trim();
  if (SOURCES_LINE.test(trimmed) && trimmed.includes(';')) return 'list of sources';
  if (trimmed.length <= MAX_FOOTNOTE && FOOTNOTE.test(trimmed)) return 'footnote';
  if (isChapterList(trimmed)) return 'chapter list';
  return null;
}

interface ListDraft {
  text: string;
  role: string;
  reason?: string;
}

/**
 * Marks citing lists as noise: blocks that are one on their own, and after a
 * reference heading the heading itself and the list entries that follow it.
 */
export function markReferenceLists(drafts: ListDraft[]): void {
  let inSection = false;
  for (const d of drafts) {
    // A short "Sources: …; …" line is not the page's own source line: its dates are the cited works'.
    if (d.role === 'meta' && referenceReason(d.text) === 'list of sources') {
      d.role = 'noise';
      d.reason = 'list of sources';
      continue;
    }
    if (d.role !== 'content') continue;
    if (isReferenceHeading(d.text)) {
      d.role = 'noise';
      d.reason = 'reference-list heading';
      inSection = true;
      continue;
    }
    const own = referenceReason(d.text);
    if (own) {
      d.role = 'noise';
      d.reason = own;
      continue;
    }
    if (inSection && ENTRY_START.test(d.text.trim())) {
      d.role = 'noise';
      d.reason = 'reference-list entry';
      continue;
    }
    inSection = false;
  }
}
