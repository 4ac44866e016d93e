/**
 * Recognises the heading of a "related articles" block, in any of the languages
 * scraped pages come in, and decides how the items after it split into separate
 * stories: each paragraph is its own story, and a short headline-like line joins
 * the paragraph that follows it (a list of bare headlines is a list of stories). It never merges two full paragraphs into one
 * story, because each item is a different article with its own date context.
 */

const RELATED_HEADING: RegExp = new RegExp(
  '^(?:' +
    [
      'related(?: articles| stories| news| coverage| content| posts| reading)?',
      'more (?:from|on|about|news|stories|articles)(?: [\\p{L}\\p{N} .]{1,40})?',
      'more recent coverage',
      'more (?:[\\p{L}-]+ ){1,3}(?:coverage|news|stories)',
      'read (?:more|also|next)',
      'see also',
      'you (?:may|might) also (?:like|be interested in)',
      'recommended(?: for you| stories| articles)?',
      'also read',
      'further reading',
      'top stories',
      'latest(?: news| stories)?',
      'art[íi]culos relacionados',
      'notas relacionadas',
      'noticias relacionadas',
      'contenido relacionado',
      'relacionad[oa]s',
      'te puede interesar',
      'te recomendamos',
      'recomendamos',
      'temas relacionados',
      'suggested topics',
      'explore more(?: on these topics)?',
      'most (?:viewed|read|popular)',
      'trending(?: now| stories)?',
      'archivado en',
      'lo m[áa]s visto',
      'tambi[ée]n te puede interesar',
      'puede interesarte',
      'lee tambi[ée]n',
      'leer m[áa]s',
      'm[áa]s noticias(?: (?:de|sobre) [\\p{L}\\p{N} .]{1,40})?',
      'm[áa]s sobre(?: [\\p{L}\\p{N} .]{1,40})?',
      'm[áa]s de(?: [\\p{L}\\p{N} .]{1,40})?',
      'lo m[áa]s le[íi]do',
      'ver tambi[ée]n',
      'связанные (?:статьи|материалы|новости)',
      'читайте также',
      'похожие (?:статьи|материалы|новости)',
      'articles? li[ée]s',
      '[àa] lire aussi',
      'verwandte artikel',
      'mat[ée]rias relacionadas',
      'leia tamb[ée]m',
      'in case you missed it',
      "don[’']t miss",
      'no te (?:lo )?pierdas',
      'keywords',
      'palabras clave',
    ].join('|') +
    ')[\\s:.…»>→-]*$',
  'iu',
);

export function isRelatedHeading(blockText: string): boolean {
  const text = blockText.trim();
  return text.length <= 60 && RELATED_HEADING.test(text);
}

/** A line that reads like a headline: short, no final period, starts with a capital or digit. */
export function isHeadlineLike(blockText: string): boolean {
  const text = blockText.trim().replace(/^(?:[-*•·]|\d{1,2}[.)])\s+/u, '');
  if (text.length === 0 || text.length > 160) return false;
  if (/[.;:,]$/.test(text)) return false;
  if (text.split(/\s+/).length > 24) return false;
  return /^[\p{Lu}\p{N}"“'‘«¿¡]/u.test(text);
}

/**
 * Whether an item of a related block is a story paragraph (a summary with body
 * text) rather than a bare link: a long block, or a sentence of eight words or more
 * ending in a full stop. A related block with none is a list of links.
 */
export function isStoryParagraph(blockText: string): boolean {
  const text = blockText.trim();
  if (text.length > 200) return true;
  // "¿Qué es el delito de traición a la patria?": one question is a headline, not a summary.
  if (/\?["”’»]?$/u.test(text) && !/[.!?…]["”’»]?\s+\S/u.test(text)) return false;
  return /[.!?…]["”’»]?$/u.test(text) && text.split(/\s+/u).length >= 8;
}

/**
 * Assigns story numbers (1..n) to the items of a related block, given the texts
 * of its content blocks in order. Headline-like lines attach to the next item.
 */
export function assignRelatedStories(itemTexts: readonly string[], firstStory: number): number[] {
  const stories: number[] = [];
  let story = firstStory - 1;
  let pendingHeadline = false;
  for (const text of itemTexts) {
    // A headline joins the paragraph after it; a headline after a headline is a new item.
    if (pendingHeadline && !isHeadlineLike(text)) {
      stories.push(story);
      pendingHeadline = isHeadlineLike(text);
      continue;
    }
    story += 1;
    stories.push(story);
    pendingHeadline = isHeadlineLike(text);
  }
  return stories;
}
