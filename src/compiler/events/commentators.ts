/**
 * People an article quotes for their view, not for what they did: analysts,
 * academics, former officials asked for comment and residents introduced by
 * their age ("said Jane Roe, an analyst at the Harbor Institute", "Security
 * analyst Juan Pérez said", "para el politólogo X", "Ana Ruiz, 54, who sells
 * fish"). Their remarks are commentary on the news, not happenings of it. Only
 * the words right around a name decide; a name with no such words is never one.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';

/** Nouns for someone asked for a view, English and Spanish, as written (lower case). */
const COMMENTATOR_NOUNS = [
  'analyst', 'analysts', 'economist', 'professor', 'researcher', 'expert', 'scholar', 'academic', 'consultant', 'strategist',
  'historian', 'political scientist', 'pollster', 'fellow', 'resident', 'vendor', 'shopkeeper', 'commentator',
  'analista', 'economista', 'profesora?', 'investigadora?', 'expert[oa]', 'especialista', 'acad[ée]mic[oa]', 'polit[óo]log[oa]',
  'consultora?', 'internacionalista', 'historiadora?', 'encuestadora?', 'vecin[oa]', 'comerciante', 'habitante', 'residente',
  'exfuncionari[oa]',
].join('|');

/** Roles a former or retired person held: "a retired Army colonel", "a former deputy foreign minister". */
const PAST_ROLES = 'official|officer|agent|diplomat|ambassador|colonel|general|admiral|commander|minister|secretary|director|chief|prosecutor|adviser|advisor|negotiator|envoy';
/** Places a resident asked for a view runs: "who runs a shelter", "quien dirige un albergue". */
const PLACES_RUN = 'shelter|shop|store|restaurant|stall|business|clinic|farm|albergue|tienda|negocio|restaurante|puesto|cl[íi]nica|comedor';

/** "Security analyst Juan Pérez", "el politólogo Juan Pérez", "Banorte economist Ana Ruiz": the noun ends the words before the name. */
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${COMMENTATOR_NOUNS})\\s+$`, 'iu');

/**
 * ", an analyst at…", ", a former senior DEA official", ", who studies organized crime", ", 54,",
 * ", investigador de la UNAM": an apposition right after the name.
 */
const APPOSITION_AFTER = new RegExp(
  `^\\s*,\\s*(?:\\d{2}\\s*,|(?:who|quien)\\s+(?:studies|teaches|researches|tracks|follows|estudia|investiga|retired|se (?:retir|jubil)[óo])\\b|(?:who|quien)\\s+(?:runs|owns|dirige|tiene)\\s+(?:an?|un|una)\\s+(?:${PLACES_RUN})(?![\\p{L}])|(?:[\\p{L}.'’-]+\\s+){0,4}?(?:${COMMENTATOR_NOUNS})(?![\\p{L}])|(?:an?\\s+)?(?:former|retired)\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?(?:${PAST_ROLES})s?(?![\\p{L}]))`,
  'iu',
);

/** How many characters before a name its title may take. */
const TITLE_REACH = 40;
/** How many characters after a name its apposition is read in. */
const APPOSITION_REACH = 90;

/** The actors of `mentions` that the text introduces as commentators (names and surnames, not pronouns or descriptions). */
export function commentatorsIn(text: string, mentions: readonly ActorMention[]): Set<ActorId> {
  const out = new Set<ActorId>();
  for (const m of mentions) {
    if ((m.via !== 'name' && m.via !== 'surname') || out.has(m.actor)) continue;
    const before = text.slice(Math.max(0, m.start - TITLE_REACH), m.start);
    const after = text.slice(m.end, m.end + APPOSITION_REACH);
    if (TITLE_BEFORE.test(before) || APPOSITION_AFTER.test(after)) out.add(m.actor);
  }
  return out;
}
