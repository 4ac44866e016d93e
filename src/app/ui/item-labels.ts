import type { Actor, Timeline } from '../../schema/timeline';
import { timelineIndex } from '../store/select-visible';

export function actorName(t: Timeline, id: string | null): string | null {
  if (id === null) return null;
  return timelineIndex(t).actors.get(id)?.name ?? id;
}

export function actorOf(t: Timeline, id: string | null): Actor | undefined {
  return id === null ? undefined : timelineIndex(t).actors.get(id);
}

/**
 * Only http(s) URLs with a host become links, and never with a user name or
 * password (`https://trusted.example@evil.example/` imitates a trusted host),
 * matching the compiler's policy for timelines it did not write.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host !== '' && u.username === '' && u.password === '' ? u.href : null;
  } catch {
    return null;
  }
}

const regionNames = new Map<'en' | 'es', Intl.DisplayNames>();

/** A country code as a name in the reader's language ("MX" → "Mexico" / "México"). */
export function countryName(code: string, lang: 'en' | 'es', unknown: string): string {
  if (code === '') return unknown;
  try {
    let names = regionNames.get(lang);
    if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
