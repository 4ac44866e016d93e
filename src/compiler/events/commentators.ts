/**
 * People an article quotes for their view, not for what they did: analysts,
 * academics, specialists, correspondents, former officials asked for comment,
 * residents introduced by their age and people who run a venture of their own or
 * hold a post in a field at a firm ("said Jane Roe, an analyst at the Harbor Institute", "Security
 * analyst Juan Pérez said", "para el politólogo X", "Ana Ruiz, 54, who sells
 * fish", "X, who manages a warehouse", "X, head of rates strategy at Y"). Their remarks are commentary on the news, not happenings of it. Only
 * the words right around a name decide; a name with no such words is never one.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention, Sentence } from '../model';

/** Nouns for someone asked for a view, English and Spanish, as written (lower case). */
const COMMENTATOR_NOUNS = [
  'analyst', 'analysts', 'economist', 'professor', 'researcher', 'expert', 'scholar', 'academic', 'consultant', 'strategist',
  'historian', 'political scientist', 'pollster', 'fellow', 'resident', 'vendor', 'shopkeeper', 'commentator',
  'specialist', 'lawyer', 'correspondent', 'columnist', 'research', 'think tank', 'lecturer', 'owner', 'defen[cs]e attorney',
  'analista', 'abogad[oa]', 'corresponsal', 'columnista', 'economista', 'profesora?', 'investigadora?', 'expert[oa]', 'especialista', 'acad[ée]mic[oa]', 'polit[óo]log[oa]',
  'consultora?', 'internacionalista', 'historiadora?', 'encuestadora?', 'vecin[oa]', 'comerciante', 'habitante', 'residente',
  'exfuncionari[oa]', 'dueñ[oa]', 'propietari[oa]',
  'importer', 'exporter', 'grower', 'farmer', 'trucker', 'broker', 'student', 'estudiante', 'productor[a]?', 'agricultor[a]?', 'transportista',
  // Local officials and lawyers in court speak to a story's effects where they are, not as its happenings: "Sheriff X said",
  // "state Rep. X", "Assistant U.S. Attorney X told the court", "el vocero de Seguridad del Gobierno del Estado, X,".
  'sheriff', 'mayor', 'alcalde(?:sa)?', 'state rep\\.', 'state representative', 'state senator', 'u\\.s\\. attorney', 'prosecutor',
  'vocer[oa](?:\\s+de\\s+[\\p{L}]+)?\\s+del\\s+(?:gobierno\\s+del\\s+)?estado',
].join('|');

/** Roles a former or retired person held: "a retired Army colonel", "a former deputy foreign minister". */
const PAST_ROLES = 'official|officer|agent|diplomat|ambassador|colonel|general|admiral|commander|minister|secretary|director|chief|prosecutor|adviser|advisor|negotiator|envoy';
/** Places a resident asked for a view runs: "who runs a shelter", "quien dirige un albergue". */
const PLACES_RUN = 'shelter|shop|store|restaurant|stall|business|brokerage|clinic|farm|albergue|tienda|negocio|restaurante|puesto|cl[íi]nica|comedor|agencia aduanal';

/**
 * ", who manages a warehouse", ", quien administra una empresa": someone who runs a venture of their own; ", head of
 * currency strategy at Harbor Capital", ", vice president of cross-border operations at a broker", ", directora de análisis en Banco
 * Norte": a post in a field at a firm.
 */
const PRIVATE_ROLE = `(?:(?:an?|un|una)\\s+(?:[\\p{L}'’-]+\\s+){1,3})?(?:who|quien)\\s+(?:runs|manages|owns|operates|administra|maneja)\\s+(?:an?|un|una)\\s|(?:(?:an?|the|el|la)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:vice[ -]president|head|director|chief|manager|director[ae]?|jef[ea]|gerente|vicepresident[ea])\\s+(?:of|de)\\s+(?:[\\p{L}-]+\\s+){1,5}?(?:at|en)\\s`;

/** Private bodies whose people speak for a trade, not for a state: firms, trade associations, clubs. */
const PRIVATE_BODIES =
  'association|federation|chamber of commerce|guild|trade group|industry group|business council|clubs?|company|firm|suppliers?|makers?|manufacturers?|carriers?|exporters?|importers?|trade council|industry council|' +
  'asociaci[óo]n|federaci[óo]n|c[áa]mara de comercio|gremio|clubes|empresa|compañ[íi]a|proveedora?|fabricante|maquiladoras?|transportistas|exportadores|consejo empresarial|' +
  // "presidente del Consejo Coordinador de la Industria Fronteriza", "del Consejo de Cámaras Industriales": a council of a trade.
  'consejo coordinador|c[áa]maras industriales';

/**
 * ", president of the Harbor Brokers Association", ", who heads the Norvia operations of a seat-frame supplier",
 * ", presidente de la Federación de Clubes del Sur": someone who leads a private body speaks for a trade.
 */
const BODY_LEADER = `(?:(?:the|an?|el|la|un|una)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:president|presidente|presidenta|chair(?:man|woman)?|head|chief executive|general manager|gerente|director[a]?)\\s+(?:of|de|del)\\s+(?:[\\p{L}'’.-]+\\s+){0,5}?(?:${PRIVATE_BODIES})(?![\\p{L}])|(?:who|quien|que)\\s+(?:heads|leads|chairs|runs|presides over|encabeza|preside|dirige)\\s+(?:[\\p{L}'’.-]+\\s+){0,7}?(?:${PRIVATE_BODIES})(?![\\p{L}])`;

/** ", President and CEO of ANACM", ", chief executive of Harbor Freight": a firm's head, whatever the firm is called. */
const CHIEF_EXECUTIVE = '(?:(?:the\\s+)?(?:[\\p{L}-]+\\s+(?:and|&)\\s+)?(?:CEO|chief executive(?: officer)?)\\s+(?:of|at)\\s)';

/** "Security analyst Juan Pérez", "el politólogo Juan Pérez", "Banorte economist Ana Ruiz": the noun ends the words before the name. */
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${COMMENTATOR_NOUNS})\\s+$`, 'iu');
/** "el investigador lagunero Juan Pérez", "el abogado penalista norteño Juan Pérez": one or two Spanish adjectives after the noun (case-sensitive). */
const ADJECTIVE_TITLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${COMMENTATOR_NOUNS})(?:\\s+\\p{Ll}[\\p{Ll}-]{2,}){1,2}\\s+$`, 'u');
/** "el especialista en seguridad nacional Juan Pérez": or a field in lower case after the noun does (case-sensitive, so no name is a field). */
const FIELD_TITLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${COMMENTATOR_NOUNS})\\s+(?:in|on|en|de)(?:\\s+\\p{Ll}[\\p{L}-]*){1,3}\\s+$`, 'u');

/**
 * ", an analyst at…", ", a former senior DEA official", ", who studies organized crime", ", 54,",
 * ", investigador de la UNAM": an apposition right after the name.
 */
const APPOSITION_AFTER = new RegExp(
  `^\\s*,\\s*(?:\\d{2}\\s*,|(?:who|quien)\\s+(?:studies|teaches|lectures|researches|tracks|follows|estudia|investiga|retired|se (?:retir|jubil)[óo])\\b|(?:(?:an?|un|una)\\s+(?:[\\p{L}'’-]+\\s+){1,3})?(?:who|quien)\\s+(?:runs|owns|has (?:run|owned)|ran|works (?:at|in)|dirige|tiene|ha dirigido|atiende|trabaja en)\\s+(?:an?|un|una)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${PLACES_RUN})(?![\\p{L}])|(?:[\\p{L}.'’-]+\\s+){0,4}?(?:${COMMENTATOR_NOUNS})(?![\\p{L}])|${BODY_LEADER}|${CHIEF_EXECUTIVE}|(?:an?\\s+)?(?:former|retired)\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?(?:${PAST_ROLES})s?(?![\\p{L}])|${PRIVATE_ROLE})`,
  'iu',
);

/** "Retired Army Col. Juan Pérez", "el general retirado Juan Pérez": a retired officer asked for a view. */
const RETIRED_BEFORE = /(?<![\p{L}])(?:retired\s+(?:[\p{L}.]+\s+){0,3}|retirad[oa]\s+)$/iu;
/** "His attorney, Juan Pérez,", "El abogado de Ana Ruiz en Tijuana, Juan Pérez": someone's counsel speaks for a client, not as news. */
const COUNSEL_BEFORE = /(?<![\p{L}])(?:his|her|their|its|su|sus|el|la)\s+(?:defen[cs]e\s+)?(?:attorney|lawyer|counsel|abogad[oa](?:\s+defensora?)?)(?:\s+(?:de|del|for|in|en)\s+[^,;.]{1,50}?)?,\s*$/iu;

/**
 * "la economista de una casa de bolsa regional, X", "el presidente de la Asociación de Vinateros local, X", "the
 * chief economist at a regional brokerage, X": a description ending in a comma, then the name set off by it.
 */
const DESCRIBED_BEFORE = new RegExp(`(?<![\\p{L}])(?:(?:${COMMENTATOR_NOUNS})(?![\\p{L}])|${BODY_LEADER})[^,;:.!?"“”«»]{0,70},\\s*$`, 'iu');
/** "el académico de la Universidad de Costa Alta X": the body the commentator works at, right before the name. */
const BODY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${COMMENTATOR_NOUNS})\\s+(?:de|del|of|at)\\s+(?:(?:la|el|the)\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:de|del|of|la|the)\\s+)*){1,8}$`, 'u');

/** How many characters before a name its title may take. */
const TITLE_REACH = 60;
/** How many characters before a name a description set off by a comma may take. */
const DESCRIPTION_REACH = 130;
/** How many characters after a name its apposition is read in. */
const APPOSITION_REACH = 90;

const RETIRED_WORD = /retir/iu;

/** The last text and mentions asked about, and the answer: the events stage and the document's last filter ask the same. */
let lastAsked: { text: string; mentions: readonly ActorMention[]; commentators: ReadonlySet<ActorId> } | null = null;

/** The actors of `mentions` that the text introduces as commentators (names and surnames, not pronouns or descriptions). */
export function commentatorsIn(text: string, mentions: readonly ActorMention[]): ReadonlySet<ActorId> {
  if (lastAsked && lastAsked.text === text && lastAsked.mentions === mentions) return lastAsked.commentators;
  const out = new Set<ActorId>();
  for (const m of mentions) {
    if ((m.via !== 'name' && m.via !== 'surname') || out.has(m.actor)) continue;
    const before = text.slice(Math.max(0, m.start - TITLE_REACH), m.start);
    const after = text.slice(m.end, m.end + APPOSITION_REACH);
    const described = text.slice(Math.max(0, m.start - DESCRIPTION_REACH), m.start);
    // Each pattern tries every place of its window; cheap tests of what some need come first: a comma closing the
    // words before (DESCRIBED_BEFORE, COUNSEL_BEFORE) or opening those after (APPOSITION_AFTER), "retir".
    if ((described.trimEnd().endsWith(',') && DESCRIBED_BEFORE.test(described)) || BODY_BEFORE.test(described)) {
      out.add(m.actor);
      continue;
    }
    if (
      TITLE_BEFORE.test(before) ||
      ADJECTIVE_TITLE_BEFORE.test(before) ||
      FIELD_TITLE_BEFORE.test(before) ||
      (RETIRED_WORD.test(before) && RETIRED_BEFORE.test(before)) ||
      (before.trimEnd().endsWith(',') && COUNSEL_BEFORE.test(before)) ||
      (after.trimStart().startsWith(',') && APPOSITION_AFTER.test(after))
    )
      out.add(m.actor);
  }
  lastAsked = { text, mentions, commentators: out };
  return out;
}

/** "Para el especialista X, …", "For X, …", "According to X", "Según X": the sentence gives the view of the one named next. */
const VIEW_BEFORE = /(?:^|[,;:(]\s*|\s)(?:para|for|seg[úu]n|according to|in the view of|en opini[óo]n de|a juicio de)\s+(?:(?:el|la|the)\s+)?(?:[\p{L}-]+\s+){0,5}$/iu;
/** '"…," said X', '"…," X said', 'X added', 'X believes': a verb of saying or of a view right beside the name. */
const SPEECH_VERBS = 'said|says|told|tells|added|adds|noted|explained|wrote|thinks|believes|cree|piensa|considera|dijo|dice|afirm[óo]|señal[óo]|explic[óo]|agreg[óo]|añadi[óo]|sostuvo|asegur[óo]|coment[óo]|escribi[óo]';
const SPEECH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS})\\s+(?:(?:el|la|the)\\s+)?$`, 'iu');
/** The verb may follow the name's apposition: "X, a senior economist at Y, said". */
const SPEECH_AFTER = new RegExp(`^(?:\\s*,[^.;:"“”«»]{1,120}?,)?\\s*(?:${SPEECH_VERBS})(?![\\p{L}])`, 'iu');

/** Happenings made of talk, which a commentator only ever remarks on. */
const TALK = new Set(['call', 'meeting', 'interview']);

interface CommentaryDraft {
  type: string;
  ownDate: boolean;
  /** The sentence's start and the trigger's span. */
  start: number;
  trigger: [number, number];
  subject: ActorId | null;
  actors: ActorId[];
  sentences: number[];
}

/**
 * Which events are a commentator's commentary rather than happenings: their undated statements; an undated call,
 * meeting or interview that names only commentators; and any undated happening that names only commentators and
 * is told only in sentences where a commentator speaks or gives a view ('"Three transfers in a year is unheard
 * of," Brask said'). A commentator who was arrested, in a sentence of their own, still makes an event.
 */
export function commentaryFilter<D extends CommentaryDraft>(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  drafts: readonly D[],
): (d: D) => boolean {
  const commentators = commentatorsIn(text, mentions);
  const speaking = new Set<number>();
  for (const d of drafts) if (d.type === 'statement' && d.subject !== null && commentators.has(d.subject)) for (const n of d.sentences) speaking.add(n);
  for (const m of mentions) {
    const sentence = sentences[m.sentence];
    if (!sentence || !commentators.has(m.actor)) continue;
    const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
    if (VIEW_BEFORE.test(before) || SPEECH_BEFORE.test(before) || SPEECH_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 140)))) speaking.add(m.sentence);
  }
  const onlyCommentators = (d: D): boolean => d.actors.length > 0 && d.actors.every((a) => commentators.has(a));
  return (d) =>
    // '"The pattern since last year is threat, talks, exemption," she said': a commentator's own words tell no happening.
    !(onlyCommentators(d) && d.sentences.every((n) => speaking.has(n)) && insideQuotes(text, d.start, d.trigger[0])) &&
    (d.ownDate ||
    !(
      (d.type === 'statement' && d.subject !== null && commentators.has(d.subject)) ||
      (TALK.has(d.type) && onlyCommentators(d)) ||
      (onlyCommentators(d) && d.sentences.every((n) => speaking.has(n)))
    ));
}

/** Whether `at` lies inside a quotation opened earlier in its sentence (curly, angle or straight marks). */
function insideQuotes(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  let open = 0;
  let straight = 0;
  for (const c of before) {
    if (c === '“' || c === '«') open += 1;
    else if ((c === '”' || c === '»') && open > 0) open -= 1;
    else if (c === '"') straight += 1;
  }
  return open > 0 || straight % 2 === 1;
}
