/**
 * A person's name written in capitals ("JANE ROE-LUNA, HOST:" in a broadcast
 * transcript's labels, a byline in capitals) is shown as names are written: the page's
 * own spelling when it also writes the name in small letters, else each word with a
 * capital and the rest small ("Jane Roe-Luna"), and the particles of Spanish, Portuguese
 * and Dutch names small ("Juan de la Rosa").
 */

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'da', 'do', 'dos', 'das', 'van', 'von', 'der']);

/** Whether a name has letters and none of them small. */
export function isShouted(name: string): boolean {
  return /\p{L}/u.test(name) && !/\p{Ll}/u.test(name);
}

function capitalised(word: string): string {
  // "ROE-LUNA" and "O'NEIL": each part after a hyphen or an apostrophe starts with a capital.
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/** "JUAN DE LA ROSA" → "Juan de la Rosa"; a name with small letters is returned as it is. */
export function nameCase(name: string): string {
  if (!isShouted(name)) return name;
  return name
    .split(/(\s+)/u)
    .map((word, i) => (/^\s+$/u.test(word) ? word : i > 0 && PARTICLES.has(word.toLowerCase()) ? word.toLowerCase() : capitalised(word)))
    .join('');
}
