/**
 * Shorter forms of a speaker's name for a narrow lane column (the detail panel
 * open, the presentation's large type). A person keeps the surname and loses the
 * given names to initials, then the initials: "Ana Ruiz Solís" gives "A. Ruiz
 * Solís" and "Ruiz Solís" when the registry lists "Ruiz Solís" as an alias, else
 * "A. R. Solís" and "Solís" (the text cannot tell a second given name from a first
 * surname). An organisation keeps what follows its "of" / "de" when the registry
 * lists that as an alias ("Government of Norvia" gives "Norvia"), then falls back to an acronym it is known
 * by ("PRI"). The full name stays the lane's accessible name and tooltip.
 */
import type { Actor } from '../../schema/timeline';

/** Lower-case words that belong to the surname after them ("de la Fuente", "van Dijk"). */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'y', 'e', 'bin', 'al']);
const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,6}$/u;
/** Words that join an organisation's head word to what it belongs to ("of", "de", "del"). */
const OF = new Set(['of', 'de', 'del', 'do', 'da', 'di']);

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter((w) => w !== '');
}

/** How many of the last words of `name` are the surname. */
function surnameLength(name: readonly string[], aliases: readonly string[]): number {
  let best = 0;
  for (const alias of aliases) {
    const a = words(alias);
    if (a.length === 0 || a.length >= name.length || !/^\p{Lu}/u.test(a[0] ?? '')) continue;
    const tail = name.slice(name.length - a.length);
    if (tail.every((w, i) => w === a[i]) && a.length > best) best = a.length;
  }
  if (best > 0) return best;
  let n = 1;
  while (n < name.length - 1 && PARTICLES.has(name[name.length - n - 1]?.toLowerCase() ?? '')) n++;
  return n;
}

const initial = (word: string) => `${Array.from(word)[0] ?? ''}.`;

/** Shorter forms of the actor's name, longest first (without the full name itself). */
export function shortNames(actor: Pick<Actor, 'name' | 'aliases' | 'kind'>): string[] {
  const name = words(actor.name);
  const out: string[] = [];
  const add = (form: string) => {
    if (form !== '' && form !== actor.name && !out.includes(form)) out.push(form);
  };
  if (actor.kind === 'person') {
    if (name.length < 2) return out;
    const n = surnameLength(name, actor.aliases);
    const given = name.slice(0, name.length - n);
    const surname = name.slice(name.length - n).join(' ');
    add(`${given.map(initial).join(' ')} ${surname}`);
    add(surname);
    return out;
  }
  // What follows the name's "of" / "de", when the registry knows the actor by it too.
  const of = name.findIndex((w) => OF.has(w.toLowerCase()));
  if (of > 0) {
    for (let from = of + 1; from < name.length; from++) {
      const tail = name.slice(from).join(' ');
      if (actor.aliases.includes(tail)) {
        add(tail);
        break;
      }
    }
  }
  const acronyms = actor.aliases.filter((a) => ACRONYM.test(a)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  if (acronyms[0] !== undefined) add(acronyms[0]);
  return out;
}

/** The longest of `name` and its short forms that fits `room` px (the shortest when none does). */
export function fitName(name: string, forms: readonly string[], room: number, width: (text: string) => number): string {
  for (const form of [name, ...forms]) if (width(form) <= room) return form;
  return forms[forms.length - 1] ?? name;
}
