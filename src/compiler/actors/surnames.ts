/**
 * The short forms a person is called by once named in full: "Ines Brask" →
 * "Brask"; "Luis Ortega Vidal" → "Ortega Vidal", "Vidal" and "Ortega" (the first
 * surname in Spanish names). Only used within the document that named them.
 */
import { isNameParticle, isNeverName, isTitle } from './actor-lexicon';
import { wordTokens } from './word-tokens';

export function surnamesOf(name: string): string[] {
  const all = wordTokens(name, 0, name.length);
  // "O'Neill": an elided particle joins the word after it.
  const tokens = all
    .map((t, k) => {
      const prev = all[k - 1];
      return prev && name.slice(prev.end, t.start).replace('\u2019', "'") === "'" && prev.folded.length <= 2 ? { ...t, start: prev.start } : t;
    })
    .filter((t, k) => !isNameParticle(t.key) && t.folded.length > 1 && !(all[k + 1] && name.slice(t.end, all[k + 1]?.start).replace('\u2019', "'") === "'" && t.folded.length <= 2));
  const out: string[] = [];
  const n = tokens.length;
  const lastT = tokens[n - 1];
  const prevT = tokens[n - 2];
  if (n >= 2 && lastT) out.push(name.slice(lastT.start, lastT.end));
  // "Juan Pablo de la Vega" → "de la Vega": the particles are part of the surname, or "De la Vega dijo" reads as "of Vega".
  const at = all.findIndex((t) => t.start === lastT?.start);
  let from = at;
  while (from > 1 && isNameParticle(all[from - 1]?.key ?? '')) from -= 1;
  if (n >= 2 && lastT && from < at) out.push(name.slice(all[from]?.start ?? lastT.start, lastT.end));
  if (n >= 3 && lastT && prevT) {
    out.push(name.slice(prevT.start, lastT.end));
    out.push(name.slice(prevT.start, prevT.end));
  }
  return out.filter((s) => {
    const key = s.toLowerCase();
    return !isNeverName(key) && !isTitle(key);
  });
}
