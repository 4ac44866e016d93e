/**
 * General language knowledge used to find people and organizations that are not
 * in the actor file: titles, words that make a name an organization, demonyms,
 * and capitalised words that are never names. Keys are folded (lower case, no
 * accents). No specific person belongs here.
 */

type Gender = 'female' | 'male' | null;

const TITLES_NEUTRAL = [
  'president', 'vice', 'prime', 'minister', 'secretary', 'undersecretary', 'attorney', 'general', 'gen', 'senator', 'sen',
  'representative', 'rep', 'governor', 'gov', 'mayor', 'ambassador', 'spokesperson', 'press', 'deputy', 'director', 'chief',
  'commissioner', 'judge', 'justice', 'prosecutor', 'lawyer', 'analyst', 'expert', 'professor', 'prof', 'dr', 'doctor',
  'researcher', 'economist', 'official', 'officer', 'adviser', 'advisor', 'aide', 'leader', 'chair', 'ceo', 'founder',
  'activist', 'journalist', 'reporter', 'columnist', 'anchor', 'host', 'writer', 'author', 'coach', 'captain', 'colonel',
  'col', 'lieutenant', 'lt', 'sergeant', 'commander', 'admiral', 'envoy', 'diplomat', 'candidate', 'lawmaker',
  'legislator', 'head', 'cofounder', 'chancellor', 'fellow', 'czar', 'zar', 'capo', 'narcotraficante', 'kingpin',
  'canciller', 'fiscal', 'portavoz', 'analista', 'periodista', 'activista', 'dirigente', 'lider', 'titular', 'juez',
  'general', 'comandante', 'coronel', 'cantante', 'ministro', 'presidente', 'senador', 'diputado', 'gobernador', 'alcalde',
  'embajador', 'vocero', 'director', 'jefe', 'abogado', 'experto', 'investigador', 'profesor', 'coordinador',
  'legislador', 'escritor', 'funcionario', 'mandatario', 'consejero', 'magistrado', 'comisionado', 'vicepresidente',
  'candidato', 'secretario', 'subsecretario', 'actor', 'don', 'senor', 'sr', 'mr', 'sir', 'lord', 'king', 'father',
  'treasurer', 'tesorero', 'negotiator', 'organizer', 'delegate', 'delegado', 'spokesman', 'chairman', 'congressman', 'councilman', 'obispo', 'papa', 'padre',
  'administrator', 'nominee', 'especialista', 'academico', 'politologo', 'internacionalista', 'economista', 'consultor',
  'exfuncionario', 'exsecretario', 'excanciller', 'exembajador', 'exgobernador', 'exdirector', 'exfiscal', 'expresidente',
  'scientist', 'strategist', 'historian', 'scholar', 'consultant', 'pollster', 'lecturer', 'sociologist', 'criminologist',
  'sociologo', 'criminologo', 'historiador', 'catedratico', 'representante', 'congresista',
  // A newsroom's colleague and a county's officer: "nuestro compañero X", "County Supervisor X".
  'supervisor', 'companero',
  // Military ranks and their grades ("Sgt. 1st Class", "Spc.", "el sargento primero").
  'sgt', 'spc', 'pfc', 'cpl', 'pvt', 'maj', 'capt', 'brig', 'cmdr', 'adm', 'corporal', 'class', 'sargento', 'cabo',
  'teniente', 'capitan', 'almirante',
];

const TITLES_FEMALE = [
  'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'actress', 'mrs', 'ms', 'miss', 'lady', 'queen', 'sister',
  'presidenta', 'secretaria', 'subsecretaria', 'ministra', 'senadora', 'diputada', 'gobernadora', 'alcaldesa',
  'embajadora', 'vocera', 'directora', 'jefa', 'jueza', 'abogada', 'experta', 'investigadora', 'profesora', 'doctora',
  'coordinadora', 'legisladora', 'escritora', 'funcionaria', 'mandataria', 'consejera', 'magistrada', 'comisionada',
  'vicepresidenta', 'candidata', 'tesorera', 'delegada', 'dona', 'senora', 'sra', 'actriz',
  'academica', 'politologa', 'consultora', 'exfuncionaria', 'exsecretaria', 'exembajadora', 'exgobernadora', 'exdirectora',
  'expresidenta', 'sociologa', 'criminologa', 'historiadora', 'catedratica', 'companera',
];

const MALE_TITLES = new Set([
  'spokesman', 'chairman', 'congressman', 'councilman', 'actor', 'mr', 'sir', 'lord', 'king', 'father', 'don', 'senor', 'sr',
  'ministro', 'presidente', 'senador', 'diputado', 'gobernador', 'alcalde', 'embajador', 'vocero', 'abogado', 'experto',
  'investigador', 'profesor', 'coordinador', 'legislador', 'escritor', 'funcionario', 'mandatario', 'consejero',
  'magistrado', 'comisionado', 'vicepresidente', 'candidato', 'secretario', 'subsecretario', 'padre', 'obispo', 'companero',
]);

const TITLE_WORDS = new Set([...TITLES_NEUTRAL, ...TITLES_FEMALE]);
const FEMALE_TITLES = new Set(TITLES_FEMALE);

export function isTitle(key: string): boolean {
  return TITLE_WORDS.has(key);
}

/** The gender a title word states ("spokeswoman", "la secretaria"), else null. */
export function titleGender(key: string, article: string | undefined): Gender {
  if (FEMALE_TITLES.has(key)) return 'female';
  if (MALE_TITLES.has(key)) return 'male';
  if (article === 'la') return 'female';
  if (article === 'el') return 'male';
  return null;
}

/** Words of a ministry or office after a title: "Secretary of Homeland Security", "secretaria de Seguridad". */
const DOMAIN_WORDS = new Set([
  'state', 'defense', 'defence', 'homeland', 'security', 'justice', 'treasury', 'interior', 'health', 'education', 'energy',
  'commerce', 'labor', 'labour', 'agriculture', 'foreign', 'affairs', 'relations', 'war', 'finance', 'economy', 'trade',
  'seguridad', 'hacienda', 'gobernacion', 'defensa', 'marina', 'salud', 'educacion', 'economia', 'relaciones',
  'exteriores', 'energia', 'trabajo', 'bienestar', 'ciudadana', 'publica', 'nacional', 'estado', 'general', 'house', 'white',
  'national', 'federal', 'republica', 'senate', 'senado', 'congress', 'congreso', 'press', 'sindical', 'union', 'party', 'opposition', 'oposicion',
  'comercial',
]);

export function isDomainWord(key: string): boolean {
  return DOMAIN_WORDS.has(key);
}

const ORG_WORDS = new Set([
  'foundation', 'institute', 'party', 'agency', 'ministry', 'department', 'council', 'commission', 'bank', 'university',
  'association', 'committee', 'office', 'court', 'army', 'police', 'guard', 'company', 'corporation', 'corp', 'inc', 'group',
  'center', 'centre', 'union', 'federation', 'network', 'organization', 'organisation', 'senate', 'congress', 'tribunal',
  'secretariat', 'cartel', 'administration', 'news', 'times', 'post', 'journal', 'press', 'herald', 'tribune', 'gazette',
  'secretaria', 'fundacion', 'instituto', 'partido', 'agencia', 'ministerio', 'departamento', 'consejo', 'comision', 'banco',
  'universidad', 'asociacion', 'comite', 'oficina', 'corte', 'ejercito', 'policia', 'guardia', 'empresa', 'grupo', 'centro',
  'federacion', 'red', 'organizacion', 'camara', 'senado', 'congreso', 'fiscalia', 'cartel', 'diario', 'periodico',
  'gabinete', 'procuraduria', 'armada', 'cabinet', 'confederacion', 'confederation', 'camaras', 'chamber',
]);

export function isOrganizationWord(key: string): boolean {
  return ORG_WORDS.has(key);
}

/** Capitalised words that never start or make up a person's name. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'as', 'after', 'before', 'when', 'while', 'if', 'although',
  'however', 'meanwhile', 'according', 'former', 'then', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they',
  'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'there', 'here', 'what', 'who', 'why', 'how',
  'where', 'yes', 'no', 'not', 'also', 'still', 'so', 'for', 'from', 'with', 'by', 'of', 'to', 'despite', 'during',
  'since', 'until', 'because', 'both', 'all', 'some', 'many', 'most', 'other', 'another', 'each', 'every', 'such', 'more',
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'en', 'con', 'por', 'para', 'segun', 'pero', 'y', 'o', 'sin', 'tras',
  'ante', 'desde', 'hacia', 'hasta', 'entre', 'sobre', 'contra', 'durante', 'mediante', 'among', 'amid', 'between', 'through',
  'throughout', 'within', 'toward', 'towards', 'against', 'across', 'into', 'este', 'esta', 'ese', 'esa', 'estos', 'estas', 'aunque', 'mientras', 'cuando', 'si', 'al', 'del', 'lo', 'le',
  'su', 'sus', 'ella', 'ellos', 'ellas', 'nosotros', 'que', 'como', 'donde', 'ademas', 'tambien', 'ya', 'hoy', 'ayer',
  'later', 'earlier', 'now', 'instead', 'finally', 'recently', 'previously', 'separately', 'additionally', 'moreover',
  'furthermore', 'nonetheless', 'nevertheless', 'afterwards', 'soon', 'again', 'indeed', 'first', 'second', 'last', 'next',
  'luego', 'despues', 'antes', 'ahora', 'entonces', 'finalmente', 'asimismo', 'recientemente', 'posteriormente',
  'ex', 'today', 'yesterday', 'tomorrow', 'sources', 'source', 'critics', 'officials', 'experts', 'analysts', 'residents',
  'original', 'related', 'read', 'more', 'share', 'click', 'subscribe', 'breaking', 'update', 'updated', 'photo', 'video',
  'mexican', 'american', 'u', 's', 'us', 'new', 'north', 'south', 'east', 'west', 'central', 'latin', 'united', 'states',
  'city', 'county', 'street', 'avenue', 'border', 'republic', 'republica', 'estado', 'estados', 'unidos', 'ciudad',
  'dear', 'hello', 'thanks', 'please', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'enero', 'febrero', 'marzo', 'abril',
  'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'god', 'dios', 'christmas', 'easter', 'navidad',
  // Buildings and places, which an apposition can follow ("en Palacio Nacional, la mandataria"):
  'palacio', 'palace', 'casa', 'capitol', 'capitolio', 'plaza', 'torre', 'tower', 'airport', 'aeropuerto', 'embassy',
  'embajada', 'consulate', 'consulado', 'penal', 'prison', 'prision', 'stadium', 'estadio', 'hotel', 'hospital',
]);

export function isNeverName(key: string): boolean {
  return NOT_NAME.has(key);
}

/** Particles inside names: "Andrés López de la Cruz", "Ludwig van Beethoven". */
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'van', 'von', 'der', 'da', 'di', 'do', 'dos', 'bin', 'al', 'le', 'du']);

export function isNameParticle(key: string): boolean {
  return NAME_PARTICLES.has(key);
}

const DEMONYMS = new Map<string, string>([
  ['mexican', 'MX'], ['mexicano', 'MX'], ['mexicana', 'MX'], ['american', 'US'], ['estadounidense', 'US'],
  ['venezuelan', 'VE'], ['venezolano', 'VE'], ['venezolana', 'VE'], ['colombian', 'CO'], ['colombiano', 'CO'],
  ['colombiana', 'CO'], ['canadian', 'CA'], ['canadiense', 'CA'], ['cuban', 'CU'], ['cubano', 'CU'], ['cubana', 'CU'],
  ['guatemalan', 'GT'], ['guatemalteco', 'GT'], ['guatemalteca', 'GT'], ['honduran', 'HN'], ['hondureno', 'HN'],
  ['hondurena', 'HN'], ['salvadoran', 'SV'], ['salvadoreno', 'SV'], ['salvadorena', 'SV'], ['brazilian', 'BR'],
  ['brasileno', 'BR'], ['brasilena', 'BR'], ['argentine', 'AR'], ['argentinian', 'AR'], ['argentino', 'AR'],
  ['argentina', 'AR'], ['chilean', 'CL'], ['chileno', 'CL'], ['chilena', 'CL'], ['peruvian', 'PE'], ['peruano', 'PE'],
  ['peruana', 'PE'], ['spanish', 'ES'], ['espanol', 'ES'], ['espanola', 'ES'], ['british', 'GB'], ['britanico', 'GB'],
  ['britanica', 'GB'], ['chinese', 'CN'], ['chino', 'CN'], ['china', 'CN'], ['russian', 'RU'], ['ruso', 'RU'],
  ['rusa', 'RU'], ['french', 'FR'], ['frances', 'FR'], ['francesa', 'FR'], ['german', 'DE'], ['aleman', 'DE'],
  ['alemana', 'DE'], ['ecuadorian', 'EC'], ['ecuatoriano', 'EC'], ['ecuatoriana', 'EC'], ['bolivian', 'BO'],
  ['boliviano', 'BO'], ['boliviana', 'BO'], ['panamanian', 'PA'], ['panameno', 'PA'], ['panamena', 'PA'],
  ['nicaraguan', 'NI'], ['nicaraguense', 'NI'], ['haitian', 'HT'], ['haitiano', 'HT'], ['haitiana', 'HT'],
  ['ukrainian', 'UA'], ['ucraniano', 'UA'], ['ucraniana', 'UA'], ['israeli', 'IL'], ['israeli', 'IL'], ['iranian', 'IR'],
  ['irani', 'IR'], ['japanese', 'JP'], ['japones', 'JP'], ['japonesa', 'JP'], ['italian', 'IT'], ['italiano', 'IT'],
  ['italiana', 'IT'], ['mexico', 'MX'], ['venezuela', 'VE'], ['colombia', 'CO'], ['canada', 'CA'], ['cuba', 'CU'],
  ['brazil', 'BR'], ['brasil', 'BR'], ['chile', 'CL'], ['peru', 'PE'], ['spain', 'ES'], ['espana', 'ES'], ['britain', 'GB'],
  ['russia', 'RU'], ['rusia', 'RU'], ['france', 'FR'], ['germany', 'DE'], ['alemania', 'DE'], ['japan', 'JP'], ['japon', 'JP'],
  ['ukraine', 'UA'], ['ucrania', 'UA'], ['iran', 'IR'], ['italy', 'IT'], ['italia', 'IT'], ['ecuador', 'EC'], ['bolivia', 'BO'],
  ['panama', 'PA'], ['nicaragua', 'NI'], ['honduras', 'HN'], ['guatemala', 'GT'], ['haiti', 'HT'],
]);

/** ISO country code for a demonym ("Mexican", "mexicana") or a country named as a possessor ("Mexico's"). */
export function demonymCountry(key: string): string | null {
  return DEMONYMS.get(key) ?? null;
}

/** Plural people nouns: "U.S. officials", "los diputados de Morena". */
const ROLE_PLURALS = new Set([
  'officials', 'sources', 'authorities', 'agents', 'lawmakers', 'senators', 'diplomats', 'forces', 'troops', 'officers',
  'analysts', 'experts', 'legislators', 'spokespeople', 'leaders', 'representatives', 'ministers', 'members', 'staff',
  'funcionarios', 'fuentes', 'autoridades', 'agentes', 'legisladores', 'senadores', 'diputados', 'diputadas',
  'diplomaticos', 'fuerzas', 'tropas', 'analistas', 'expertos', 'lideres', 'miembros', 'integrantes', 'militares',
]);

/** A word naming people by role ("official", "spokesman", "diputados"): after an actor's name it makes the name a modifier. */
export function isRoleNoun(key: string): boolean {
  return TITLE_WORDS.has(key) || ROLE_PLURALS.has(key);
}
