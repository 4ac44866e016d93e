/**
 * Given names, so that a capitalised pair before or after a speech verb reads as
 * a person ("said Camila Roe") and "he" can find "Omar García" even when no title
 * states a gender. Two sources: a short hand list of common English and Spanish
 * names whose gender is near-unambiguous (names used for both, Guadalupe, Jordan,
 * Alex, Rosario…, are left out on purpose: an unknown gender is better than a
 * wrong one), and the person-name lists of a well-kept library (Faker's English,
 * Spanish and Mexican Spanish locales), which know the thousands of names real
 * articles bring and no hand list holds, but state no gender. Keys are folded.
 */
import { en, es, es_MX } from '@faker-js/faker';
import { demonymCountry, isDomainWord, isNeverName, isOrganizationWord, isTitle } from './actor-lexicon';
import { foldKey } from './fold-text';
const FEMALE = `
ana andrea angela beatriz carmen carolina catalina claudia cristina daniela diana elena elizabeth elisa emily emma
esther eva fernanda gabriela gloria isabel jennifer jessica josefina juana julia karen karla laura leticia lilia lilly
lorena lucia luisa marcela margarita maria mariana marisol marta martha monica nancy natalia norma olga patricia paula
pilar raquel rebeca rocio rosa sandra sara sarah silvia sofia susana teresa valeria veronica victoria ximena yolanda
alicia adriana alejandra amanda anne anna barbara betty carol catherine christine deborah donna dorothy helen hillary
janet jane joan karoline kamala kristi linda lisa margaret mary melania michelle nikki kelly nancy rachel ruth samantha
sharon stephanie susan tulsi kristen kathleen katherine ivanka irma iliana ingrid xochitl citlalli
sonia alma araceli blanca brenda cecilia dolores estela fabiola graciela ines irene josefa lourdes lucero magdalena
mercedes miriam nora ofelia paola perla regina rosalinda tania vanessa viviana wendy yesenia zoe abigail alice amy
ann ashley carla cheryl christina cindy claire debbie denise diane elaine elise ellen erin gina grace heather heidi
ilhan jacqueline jill joanne jodi joyce judy julie kate kathy katie lauren lori lynn marcia maxine megan melissa mia rosemary
nicole pam pamela rashida rebecca rose sally sheila shirley stacey tammy tina valerie virginia
`;

const MALE = `
adan alberto alejandro alfonso alfredo alvaro andres antonio arturo carlos cesar ciro daniel david diego eduardo
emilio enrique ernesto esteban felipe fernando francisco gerardo gustavo hector hugo ignacio jaime javier jesus jorge
jose juan julio luis manuel marcelo marco marcos mario martin miguel nicolas omar oscar pablo pedro rafael ramon raul
ricardo roberto rodrigo rogelio salvador santiago sergio tomas vicente victor
adam alan andrew anthony benjamin bill bob brian charles chris christopher dan donald douglas edward eric frank gary
george greg harry henry jack james jason jeff jim joe john jonathan joseph josh justin keith kevin larry marco mark
matthew michael mike paul pete peter richard robert ronald ryan scott stephen steve steven thomas tim timothy tom
william marcelo gilberto hernan ivan leonel lazaro octavio porfirio rigoberto samuel saul teodoro ulises
agustin benito bernardo cristian cuauhtemoc edgar efrain fabian federico gabriel german gonzalo guillermo horacio
humberto joaquin lorenzo mauricio maximo nestor noe orlando patricio ramiro ruben sebastian silvano xavier aaron
albert arthur austin brandon bruce carl chuck craig dennis dick doug elon eugene gerald gregory harold howard jeffrey
jeremy jerry joel johnny jon kenneth kyle marcus marty mitch nathan neil nicholas patrick phil philip ralph randy ray
rick ron roy rudy russell sean ted todd tony travis troy vincent walter wayne dominic
`;

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/u).filter((w) => w.length > 0));
}

const FEMALE_NAMES = set(FEMALE);
const MALE_NAMES = set(MALE);

/**
 * Library names that are, far more often, a word at a sentence's start, a month, a
 * place or a body: "Will Mexico respond?", "Hope is not a plan", "Houston Police
 * said". The lexicon's own words (titles, never-names, bodies) are left out too.
 */
const NOT_GIVEN = set(`
will may june april august hope faith grace chase major justice king prince duke earl baron noble general
america asia florida georgia dakota montana alberta houston dallas austin paris london sydney lincoln madison
jordan israel india china roma savannah cleveland raleigh trenton leon monte sierra cruz reyes santos
river summer autumn winter dawn stone page star sun
`);

type Lists = { female?: readonly string[]; male?: readonly string[]; generic?: readonly string[] } | undefined;

function libraryNames(): Set<string> {
  const any = new Set<string>();
  const add = (names: readonly string[] | undefined): void => {
    for (const name of names ?? []) {
      // "Ana María": a two-word entry is two names the single-word entries hold already.
      if (/\s/u.test(name)) continue;
      const key = foldKey(name);
      if (NOT_GIVEN.has(key) || isTitle(key) || isNeverName(key) || isOrganizationWord(key) || isDomainWord(key) || demonymCountry(key) !== null) continue;
      any.add(key);
    }
  };
  for (const locale of [en, es, es_MX]) {
    const lists = locale.person?.first_name as Lists;
    add(lists?.female);
    add(lists?.male);
    add(lists?.generic);
  }
  return any;
}

/** Built on the first look-up: a process that extracts nothing (a fresh process's assembly) never folds the lists. */
let library: Set<string> | null = null;

/**
 * The gender a given name usually carries, or null when unknown or shared. Only the hand list
 * answers: the library files many names used for both under one gender ("Lindsey" as a woman's).
 */
export function givenNameGender(key: string): 'female' | 'male' | null {
  const f = FEMALE_NAMES.has(key);
  const m = MALE_NAMES.has(key);
  if (f === m) return null;
  return f ? 'female' : 'male';
}

/** Whether a folded word is a known given name, whatever gender it carries. */
export function isGivenName(key: string): boolean {
  return FEMALE_NAMES.has(key) || MALE_NAMES.has(key) || (library ??= libraryNames()).has(key);
}
