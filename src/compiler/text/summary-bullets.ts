/**
 * Recognises a story's summary box: "Key takeaways", "What to know", "Puntos
 * clave" and the bullets under it, printed above the article. The bullets retell
 * the story in short (often with a day or a speaker left out), so an event or a
 * quote read from them would double, or misdate, what the article tells below.
 * Only a box in the header counts: once a paragraph of prose has started, a
 * bulleted list is part of the article.
 */

/** Markdown or bold wrapping around a heading line: "**Key takeaways**", "## Puntos clave", "Highlights:". */
const HEADING_WRAP = /^[#*_\s]+|[*_:\s]+$/gu;

const SUMMARY_HEADING =
  /^(?:key (?:takeaways|points|facts)|takeaways|highlights|at a glance|what (?:you need )?to know|the (?:short|quick) version|in (?:brief|short)|tl;?dr|summary|puntos clave|claves|lo (?:que (?:debes|necesitas|hay que) saber|esencial|m[áa]s destacado)|en (?:resumen|breve|corto)|resumen)$/iu;

/** A list entry: a bullet or "1." / "1)". */
const BULLET = /^(?:[-*•·]|\d{1,2}[.)])\s+\S/u;
/** A paragraph of prose, after which the header is over: long, or a sentence of more than twelve words. */
function isProse(text: string): boolean {
  return text.length > 150 || (/[.!?"”»]$/u.test(text) && text.split(/\s+/u).length > 12);
}

interface SummaryDraft {
  text: string;
  role: string;
  reason?: string;
}

export function isSummaryHeading(text: string): boolean {
  const bare = text.trim().replace(HEADING_WRAP, '');
  return bare.length <= 40 && SUMMARY_HEADING.test(bare);
}

/** Marks a header's summary heading and the bullets right after it as noise, when at least one bullet follows. */
export function markSummaryBullets(drafts: SummaryDraft[]): void {
  for (let i = 0; i < drafts.length; i += 1) {
    const d = drafts[i];
    if (!d || d.role !== 'content') continue;
    const text = d.text.trim();
    if (isSummaryHeading(text)) {
      let k = i + 1;
      while (k < drafts.length && drafts[k]?.role === 'content' && BULLET.test(drafts[k]?.text.trim() ?? '')) k += 1;
      if (k === i + 1) continue;
      for (let j = i; j < k; j += 1) {
        const item = drafts[j];
        if (!item) continue;
        item.role = 'noise';
        item.reason = j === i ? 'summary heading' : 'summary bullet';
      }
      i = k - 1;
      continue;
    }
    if (!BULLET.test(text) && isProse(text)) return;
  }
}
