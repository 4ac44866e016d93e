/**
 * Matching of actor names and aliases against the words of a document. Phrases
 * are compared word by word on folded keys (case, accents, NFC/NFD and invisible
 * characters do not matter) and on the punctuation between words ("U.S." is not
 * "us"). Capitalisation still carries meaning: an acronym ("PRI", "US") must be
 * written in capitals, and a proper name must be capitalised ("Rose" the
 * surname, not "rose" the flower). Descriptions with lower-case words ("the
 * Mexican president") match in any case. Longest phrase wins.
 */
import type { ActorId } from '../../schema/timeline';
import { phraseParts, type WordToken } from './word-tokens';

type CaseRule = 'any' | 'capital' | 'exact';

export interface AliasEntry {
  /** null: a phrase that is known not to be an actor ("Mexico City"); it only blocks shorter matches. */
  actor: ActorId | null;
  keys: string[];
  folded: string[];
  separators: string[];
  rules: CaseRule[];
  via: 'name' | 'alias' | 'surname';
  /** A person's name may hold a quoted nickname between its first two words. */
  nickname: boolean;
  /**
   * A several-word alias of a person ("the Mexican president", "Secretary of
   * State"): followed by a capitalised name it is that name's title, not a mention.
   */
  titleLike: boolean;
  /** Has a lower-case word: matches in any case. */
  description: boolean;
}

export interface AliasIndex {
  byFirst: Map<string, AliasEntry[]>;
}

const FUNCTION_WORDS = new Set(['the', 'of', 'de', 'del', 'la', 'el', 'los', 'las', 'for', 'and', 'y', 'da', 'do', 'dos', 'van', 'von', 'der']);
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;
const ARTICLE = new Set(['the', 'el', 'la', 'los', 'las']);

function isAcronym(folded: string): boolean {
  return !HAS_LOWER.test(folded) && (folded.match(LETTERS)?.length ?? 0) >= 2;
}

export function aliasEntry(
  phrase: string,
  actor: ActorId | null,
  via: AliasEntry['via'],
  person = false,
): AliasEntry | null {
  const { keys, folded, separators } = phraseParts(phrase);
  if (keys.length === 0) return null;
  const description = folded.some((f, i) => !FUNCTION_WORDS.has(keys[i] ?? '') && !isAcronym(f) && HAS_LOWER.test(f.charAt(0)));
  const rules = folded.map((f, i): CaseRule => {
    if (isAcronym(f) || (keys.length === 1 && f.length === 1)) return 'exact';
    if (description || FUNCTION_WORDS.has(keys[i] ?? '')) return 'any';
    return 'capital';
  });
  return {
    actor,
    keys,
    folded,
    separators,
    rules,
    via,
    nickname: person && via === 'name' && keys.length >= 2,
    titleLike: person && via === 'alias' && keys.length >= 2,
    description,
  };
}

/** The entry, plus its article-less variant ("The Meridian Institute" → "Meridian Institute"). */
export function aliasEntries(phrase: string, actor: ActorId | null, via: AliasEntry['via'], person = false): AliasEntry[] {
  const entry = aliasEntry(phrase, actor, via, person);
  if (!entry) return [];
  const out = [entry];
  const second = entry.folded[1];
  if (!entry.description && entry.keys.length >= 2 && ARTICLE.has(entry.keys[0] ?? '') && second !== undefined && /^\p{Lu}/u.test(second)) {
    out.push({
      ...entry,
      keys: entry.keys.slice(1),
      folded: entry.folded.slice(1),
      separators: entry.separators.slice(1),
      rules: entry.rules.slice(1),
    });
  }
  return out;
}

export function buildAliasIndex(entries: readonly AliasEntry[]): AliasIndex {
  const byFirst = new Map<string, AliasEntry[]>();
  for (const e of entries) {
    const first = e.keys[0];
    if (first === undefined) continue;
    const list = byFirst.get(first);
    if (list) list.push(e);
    else byFirst.set(first, [e]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirst };
}

function caseOk(rule: CaseRule, expected: string, token: WordToken): boolean {
  if (rule === 'any') return true;
  if (rule === 'exact') return token.folded === expected;
  return token.capitalized;
}

const QUOTE_ONLY = /^ ?['"\u2018\u201c\u00ab] ?$/u;

export interface AliasMatch {
  entry: AliasEntry;
  /** Index of the last token of the match. */
  last: number;
}

/**
 * The longest entry matching at token `i`. `separators[j]` is the folded text
 * between token j-1 and token j.
 */
export function matchAt(index: AliasIndex, tokens: readonly WordToken[], separators: readonly string[], i: number): AliasMatch | null {
  const first = tokens[i];
  if (!first) return null;
  const candidates = index.byFirst.get(first.key);
  if (!candidates) return null;
  for (const entry of candidates) {
    const last = matchEntry(entry, tokens, separators, i);
    if (last === -1) continue;
    const after = tokens[last + 1];
    if (entry.titleLike && after?.capitalized && separators[last + 1] === ' ') return null;
    return { entry, last };
  }
  return null;
}

function matchEntry(entry: AliasEntry, tokens: readonly WordToken[], separators: readonly string[], i: number): number {
  let t = i;
  let afterNickname = -1;
  for (let k = 0; k < entry.keys.length; k += 1) {
    const token = tokens[t];
    if (!token) return -1;
    if (k > 0) {
      const sep = separators[t] ?? '';
      const sepOk = t === afterNickname ? QUOTE_ONLY.test(closerToStraight(sep)) : sep === entry.separators[k - 1];
      if (!(token.key === entry.keys[k] && sepOk)) {
        // "Marcus 'Mac' Odell": a quoted nickname after the first name.
        const after = tokens[t + 1];
        if (
          entry.nickname && k === 1 && afterNickname === -1 && after !== undefined && token.capitalized &&
          QUOTE_ONLY.test(sep) && after.key === entry.keys[1]
        ) {
          afterNickname = t + 1;
          t += 1;
          k -= 1;
          continue;
        }
        return -1;
      }
    } else if (token.key !== entry.keys[0]) return -1;
    if (!caseOk(entry.rules[k] ?? 'any', entry.folded[k] ?? '', token)) return -1;
    t += 1;
  }
  return t - 1;
}

function closerToStraight(sep: string): string {
  return sep.replace(/[\u2019\u201d\u00bb]/gu, "'");
}
