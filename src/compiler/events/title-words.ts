/**
 * General English and Spanish word classes that shape an event title: words a
 * title may not end on, words that open a leading adverbial ("Meanwhile,",
 * "Por otra parte,"), and words a title is best cut before. Keys are folded
 * (lower case, no accents). No names, no dates.
 */
import { MONTHS, WEEKDAYS } from '../dates/lexicon';

/** Articles, prepositions, conjunctions, determiners and auxiliaries: a title never ends on one. */
const DANGLING = new Set([
  'the', 'a', 'an', 'of', 'to', 'with', 'by', 'from', 'for', 'at', 'in', 'on', 'about', 'against', 'into', 'onto', 'over',
  'under', 'between', 'among', 'than', 'as', 'via', 'per', 'during', 'amid', 'amidst', 'across', 'through', 'toward',
  'towards', 'without', 'within', 'after', 'before', 'since', 'until', 'despite', 'including', 'like', 'upon', 'off',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whether',
  'if', 'because', 'although', 'though', 'her', 'his', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those',
  'any', 'some', 'each', 'every', 'all', 'both', 'either', 'neither', 'no', 'not', 'such', 'other', 'another', 'more', 'most',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'can', 'must', 'did', 'does', 'do', 'shall', 'also', 'very', 'just', 'only', 'even', 'alias', 'aka',
  'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'con', 'por', 'para', 'en', 'sobre',
  'contra', 'entre', 'hacia', 'hasta', 'desde', 'sin', 'ante', 'tras', 'segun', 'durante', 'mediante', 'y', 'e', 'o', 'u',
  'ni', 'pero', 'sino', 'que', 'quien', 'quienes', 'cuyo', 'cuya', 'donde', 'cuando', 'mientras', 'porque', 'aunque',
  'si', 'su', 'sus', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'cualquier', 'todo', 'toda', 'todos',
  'todas', 'otro', 'otra', 'otros', 'otras', 'mas', 'muy', 'es', 'son', 'fue', 'fueron', 'era', 'eran', 'ha', 'han', 'habia',
  'habian', 'sera', 'seria', 'se', 'le', 'les', 'no', 'ya', 'tambien', 'como', 'nuestro', 'nuestra', 'mi', 'tu',
]);

export function isDangling(key: string): boolean {
  return DANGLING.has(key);
}

/** Words that open a date when a time word follows: "last | February", "el próximo | lunes". */
const DATE_OPENERS = new Set(['last', 'next', 'this', 'proximo', 'proxima', 'pasado', 'pasada']);

/** Ending a title after `key`, with `next` following, would cut a date in two ("…earlier transfers last"). */
export function cutsDate(key: string, next: string | undefined): boolean {
  return next !== undefined && DATE_OPENERS.has(key) && (MONTHS[next] !== undefined || WEEKDAYS[next] !== undefined || TIME_WORDS.has(next));
}

/** Words that open a leading adverbial or connective before its comma: "Meanwhile,", "In response,", "Además,". */
const OPENERS = new Set([
  'meanwhile', 'additionally', 'however', 'moreover', 'furthermore', 'also', 'still', 'instead', 'separately', 'likewise',
  'similarly', 'indeed', 'nonetheless', 'nevertheless', 'earlier', 'later', 'previously', 'recently', 'now', 'then',
  'today', 'yesterday', 'overnight', 'finally', 'first', 'second', 'third', 'besides', 'thus', 'therefore', 'hence',
  'in', 'on', 'at', 'after', 'before', 'during', 'despite', 'following', 'amid', 'amidst', 'since', 'with', 'without',
  'by', 'for', 'under', 'over', 'as', 'while', 'although', 'though', 'because', 'when', 'once', 'if', 'unlike', 'like',
  'according', 'beyond', 'throughout', 'within', 'upon', 'until', 'to', 'from', 'given', 'whereas', 'speaking', 'asked',
  'ademas', 'asimismo', 'igualmente', 'tambien', 'entretanto', 'luego', 'hoy', 'ayer', 'finalmente', 'recientemente',
  'previamente', 'posteriormente', 'paralelamente', 'mientras', 'aunque', 'cuando', 'al', 'despues', 'antes', 'segun',
  'por', 'en', 'tras', 'durante', 'desde', 'ante', 'con', 'pese', 'sin', 'sobre', 'para', 'entonces', 'incluso',
  'actualmente', 'anteriormente', 'igual', 'hace', 'este', 'esta', 'this', 'last', 'next', 'early', 'late', 'hours', 'days',
  'weeks', 'months', 'years', 'horas', 'dias', 'semanas', 'meses', 'anos', 'el', 'la', 'but', 'and', 'so', 'yet', 'y', 'pero',
]);

/** Openers that need a time word next ("This week,", "El lunes,"): alone they start a subject ("This stance…"). */
const NEEDS_TIME = new Set(['this', 'last', 'next', 'early', 'late', 'este', 'esta', 'el', 'la', 'hours', 'days', 'weeks', 'months', 'years', 'horas', 'dias', 'semanas', 'meses', 'anos']);

const TIME_WORDS = new Set([
  'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'spring', 'summer', 'fall', 'autumn', 'winter', 'later', 'earlier', 'after', 'before', 'ago',
  'semana', 'mes', 'ano', 'fin', 'manana', 'tarde', 'noche', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado',
  'domingo', 'despues', 'antes', 'pasado', 'pasada', 'primavera', 'verano', 'otono', 'invierno',
]);

/** Words of a written date besides its month and numbers: "Jan. 20", "el 3 de enero de 2026", "Monday, Jan. 5". */
const DATE_GLUE = new Set(['of', 'the', 'de', 'del', 'el']);

/**
 * A comma segment that is only a date ("Jan. 20", "2025", "el 3 de enero"): in "On her first day back, Feb. 9,
 * 2031, Ruiz signed…" it stands beside the adverbial, and the event's date says it already.
 */
function onlyDate(keys: readonly string[]): boolean {
  let named = false;
  for (const k of keys) {
    if (MONTHS[k] !== undefined || WEEKDAYS[k] !== undefined) named = true;
    else if (!/^\d{1,4}(?:st|nd|rd|th)?$/u.test(k) && !DATE_GLUE.has(k)) return false;
  }
  return named || (keys.length === 1 && /^(?:19|20)\d\d$/u.test(keys[0] ?? ''));
}

/** Whether a comma segment starting with these folded words is a leading adverbial, not a subject. */
export function opensAdverbial(keys: readonly string[]): boolean {
  const [first, second] = keys;
  if (first === undefined) return false;
  if (onlyDate(keys)) return true;
  if (keys.length === 1 && (first.endsWith('ly') || first.endsWith('mente'))) return true;
  // "A pesar de…" (despite); a bare "A" opens a subject ("A senior official, …").
  if (first === 'a') return second === 'pesar';
  if (!OPENERS.has(first)) return false;
  if (!NEEDS_TIME.has(first)) return true;
  return keys.slice(1, 4).some((k) => TIME_WORDS.has(k)) || (second !== undefined && /^\d/u.test(second));
}

/** Subordinators: a leading clause they open is background ("Although X said…, Y rejected"). */
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'because', 'since', 'when', 'once', 'if', 'as', 'aunque', 'mientras', 'porque', 'cuando', 'si']);

export function isSubordinator(key: string): boolean {
  return SUBORDINATORS.has(key);
}

/** "According to a report…", "Según el diario…": the opener names a source. */
export function isSourceOpener(keys: readonly string[]): boolean {
  return keys[0] === 'segun' || (keys[0] === 'according' && keys[1] === 'to') || (keys[0] === 'de' && keys[1] === 'acuerdo');
}

/** Words a title is best cut before: they open a relative, subordinate or purpose clause. */
const CLAUSE_OPENERS = new Set([
  'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'because', 'although',
  'though', 'as', 'amid', 'despite', 'following', 'citing', 'saying', 'adding', 'noting', 'including', 'according', 'unless',
  'until', 'que', 'quien', 'quienes', 'donde', 'cuando', 'mientras', 'porque', 'aunque', 'tras', 'pese', 'luego',
  'tras', 'segun', 'despues', 'antes', 'afirmando', 'senalando', 'agregando', 'anadiendo', 'incluyendo', 'aimed', 'designed',
  'intended', 'meant', 'seeking', 'aiming', 'so', 'but', 'pero', 'sino', 'thereby', 'leading', 'causing',
]);

export function opensClause(key: string): boolean {
  return CLAUSE_OPENERS.has(key);
}

const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'for', 'with', 'against', 'during', 'over', 'across', 'from', 'by', 'through', 'under', 'into', 'toward',
  'towards', 'about', 'without', 'within', 'between', 'among', 'to', 'en', 'con', 'por', 'para', 'durante', 'contra',
  'desde', 'sobre', 'entre', 'hacia', 'hasta', 'sin', 'ante', 'al',
]);

export function isPreposition(key: string): boolean {
  return PREPOSITIONS.has(key);
}

/** Words that govern a noun phrase naming a happening: "in the wake of the capture", "tras la captura". */
const GOVERNING = new Set([...PREPOSITIONS, 'of', 'de', 'del', 'despite', 'after', 'following', 'amid', 'amidst', 'tras', 'pese', 'before', 'since', 'a']);

export function governsNoun(key: string): boolean {
  return GOVERNING.has(key);
}

/**
 * Words after which a clause of its own starts, one that may hold the event when the words
 * before it are only its setting: "…tensions after X expressed", "…in which he ruled out".
 */
const SETTING_BREAKS = new Set(['after', 'when', 'because', 'since', 'while', 'whereas', 'where', 'although', 'though', 'that', 'tras', 'cuando', 'mientras', 'porque', 'donde', 'aunque']);

export function breaksSetting(key: string): boolean {
  return SETTING_BREAKS.has(key);
}

const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas']);

export function isArticle(key: string): boolean {
  return ARTICLES.has(key);
}

/** Pronouns a title may open with and that a resolved actor can stand in for. */
const PRONOUNS = new Set(['he', 'she', 'el', 'ella']);

export function isSubjectPronoun(key: string): boolean {
  return PRONOUNS.has(key);
}
