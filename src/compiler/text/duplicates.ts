/**
 * Keys for finding paragraphs and headlines that a scraped page repeats, in order
 * or out of it. Two blocks are the same when they match after Unicode NFC
 * normalisation, case folding, and collapsing whitespace and quote styles; the
 * first occurrence is kept and the later ones are marked duplicate.
 */

export function duplicateKey(text: string): string {
  const sample = text.length > 5000 ? `${text.slice(0, 2500)}\u0000${text.slice(-2500)}\u0000${text.length}` : text;
  return sample
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b′]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»″]/gu, '"')
    .replace(/[\s\u00a0\u200b]+/gu, ' ')
    .replace(/[\s.…]+$/u, '')
    .trim();
}
