/**
 * Speech that makes no statement of anyone: words of a source the article will
 * not name ("the person said", "one of them said", "an official, speaking on
 * background, said", "según una fuente que pidió el anonimato"). A reader's
 * timeline lists who said what; an unnamed voice is the article's material, not
 * such an item. (A refrain, "has said again and again", is one: the gold lists it
 * as an undated statement.) Only the words around the speech verb decide; a
 * sentence that dates its happening keeps it (extract-events.ts).
 */

/** The article says it keeps its source unnamed. */
const ANONYMITY =
  /(?<![\p{L}])(?:on condition of anonymity|on (?:the )?condition (?:that )?(?:he|she|they) not be (?:named|identified)|speaking on background|on background|(?:asked|asking|requested|requesting) not to be (?:named|identified)|(?:asked|asking|requested|requesting) anonymity|bajo (?:condici[óo]n de )?anonimato|(?:pidi[óo]|pidieron|solicit[óo]) (?:el )?anonimato|(?:pidi[óo]|pidieron|solicit[óo]) no ser (?:identificad|nombrad|citad)[oa]s?|pidi[óo] omitir su nombre)(?![\p{L}])/iu;

/** An unnamed speaker right before the verb, perhaps with an aside: "the person said", "one of them, a trucker, said" (case-sensitive: "De la Fuente" is a name). */
const UNNAMED_BEFORE =
  /(?<![\p{L}])(?:[Tt]he (?:person|source)|[Oo]ne of them|[Oo]ne of the (?:officials|sources|people|men|women)|(?:[Aa]n?) (?:person|source|official|aide|diplomat)|[Aa]n? (?:senior|administration|government|[Ww]hite [Hh]ouse|U\.S\.|American|Mexican)\s+(?:[\p{L}.]+\s+){0,2}(?:official|source|aide|diplomat)|[Pp]eople familiar with [^,.;]{1,60}|[Aa] person familiar with [^,.;]{1,60}|(?:la|una) fuente|[Uu]n funcionario|[Uu]na funcionaria|[Uu]no de ellos|[Uu]na de ellas)\s*(?:,[^,.;"“”«»]{1,80},)?\s*$/u;

/** An unnamed speaker right after an inverted verb: '"…," said the person'. */
const UNNAMED_AFTER = /^\s+(?:the (?:person|source)|one of them|la fuente|uno de ellos|una de ellas)(?![\p{L}])/u;

/**
 * Whether the speech verb at [start, end) of the sentence [from, to) tells an unnamed source's words.
 * `named`: whether an actor is named before the verb in its clause (then a word of anonymity is about someone else).
 */
export function unsourcedSpeech(text: string, from: number, to: number, start: number, end: number, named: boolean): boolean {
  const before = text.slice(Math.max(from, start - 120), start);
  const after = text.slice(end, Math.min(to, end + 60));
  return UNNAMED_BEFORE.test(before) || UNNAMED_AFTER.test(after) || (!named && ANONYMITY.test(text.slice(from, to)));
}
