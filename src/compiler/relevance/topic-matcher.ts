/**
 * Relevance: an event is on topic when its sentence, or the story it comes
 * from, uses one of the project's topic terms. Terms match at the start of a
 * word, ignoring case and accents, so "cartel" also finds "cárteles". Off-topic
 * events are kept and marked `relevant: false`; with no terms all are relevant.
 */

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export type TopicMatcher = (text: string) => boolean;

export function topicMatcher(terms: readonly string[]): TopicMatcher {
  const folded = [...new Set(terms.map(fold).map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (folded.length === 0) return () => true;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${folded.map((t) => escape(t).replace(/\s+/gu, '\\s+')).join('|')})`, 'u');
  return (text) => re.test(fold(text));
}
