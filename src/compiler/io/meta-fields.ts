/**
 * Validates the metadata an editor can give a document (front matter or
 * data/sources): title, url, outlet, published, language. Each bad value is
 * dropped with a diagnostic at its own line; unknown keys are reported as info so
 * a typo ("publised") does not pass unnoticed.
 */
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic, type SourceDocument } from '../model';
import { parseMetaDate } from './calendar-date';
import { checkSourceUrl } from './safe-url';

export type DocumentMeta = SourceDocument['meta'];

export interface MetaEntry {
  key: string;
  value: unknown;
  position: { line: number; column: number };
}

const KNOWN = new Set(['title', 'url', 'outlet', 'published', 'language']);
const MAX_FIELD = 1000;

/** Primary language subtag ("es-MX" → "es"), or null when it is not a language tag. */
export function normalizeLanguage(value: string): string | null {
  const match = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$/.exec(value);
  return match?.[1]?.toLowerCase() ?? null;
}

export function readMetaFields(entries: MetaEntry[], file: string, origin: string): { meta: DocumentMeta; diagnostics: Diagnostic[] } {
  const meta: DocumentMeta = {};
  const diagnostics: Diagnostic[] = [];
  for (const { key, value, position } of entries) {
    const drop = (reason: string): void => {
      diagnostics.push(diagnostic('warning', 'invalid-metadata', `${origin}: "${key}" ignored: ${reason}.`, file, position));
    };
    if (!KNOWN.has(key)) {
      diagnostics.push(diagnostic('info', 'unknown-metadata-key', `${origin}: unknown key "${key.slice(0, 60)}" ignored (known: title, url, outlet, published, language).`, file, position));
      continue;
    }
    if (value === null || value === undefined || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number') {
      drop('expected text');
      continue;
    }
    const text = String(value).trim();
    if (text.length > MAX_FIELD) {
      drop(`longer than ${MAX_FIELD} characters`);
      continue;
    }
    switch (key) {
      case 'title':
        meta.title = text;
        break;
      case 'outlet':
        meta.outlet = text;
        break;
      case 'published': {
        const day = parseMetaDate(text);
        if (day) meta.published = day;
        else drop('expected a real calendar day, as YYYY-MM-DD or written out ("March 5, 2026")');
        break;
      }
      case 'language': {
        const language = normalizeLanguage(text);
        if (language) meta.language = language;
        else drop('expected a language code such as "en" or "es"');
        break;
      }
      case 'url': {
        const checked = checkSourceUrl(text);
        if (!checked.ok) drop(`${checked.reason}; only http(s) links with a host are kept`);
        else {
          meta.url = checked.url;
          if (checked.warning) diagnostics.push(diagnostic('warning', 'look-alike-url', `${origin}: ${checked.warning}.`, file, position));
        }
        break;
      }
    }
  }
  return { meta, diagnostics };
}
