/**
 * Cuts a string at a UTF-16 index without splitting a surrogate pair: an emoji or
 * other astral character at the cut is dropped whole, so a lone surrogate can
 * never reach the output (it would not survive a round-trip through UTF-8).
 */
export function safeCut(text: string, end: number): string {
  if (end <= 0) return '';
  if (end >= text.length) return text;
  const last = text.charCodeAt(end - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, end - 1) : text.slice(0, end);
}
