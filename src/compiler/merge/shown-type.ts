/**
 * The type a merged event is shown with, once its reports are merged: the merge files reports by the type their
 * trigger gave (an interview's words merge as an interview's, a remark as a remark), but a reader takes the type
 * for what happened. Two readings change here, after the merge, so that no merge moves:
 * - what was said at a press conference, a briefing or a mañanera is a public statement (CAMEO 010), not an
 *   interview given to someone;
 * - a remark with no date of its own whose every report tells of a call ("Ruiz wrote on X that the conversation
 *   had been cordial", '"It was a very good call," Hale said') is that call as its article reports it, dated as
 *   reported; a remark dated by its own words stays a statement (the call may have been the day before), and so
 *   does one that sets the call after or before something else ("the call came a day after Hale said…").
 */
import type { EventType } from '../../schema/timeline';
import type { EventMember } from './corpus-items';
import { hasOwnDate } from './date-interval';

/** A briefing's words, as the interview lexicon finds them: a press or news conference, a briefing, a mañanera. */
const BRIEFING = /^(?:press conference|news conference|(?:press )?briefing|conferencia de prensa|rueda de prensa|conferencia matutina|ma[ñn]anera)$/iu;

/** A call named as a noun after a determiner ("the 40-minute call", "una gran conversación"), not a call for something. */
const CALL_TOLD =
  /(?<![\p{L}])(?:the|this|that|a|an|their|our|her|his|its|la|una|esa|esta|nuestra|su)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:call|conversation|llamada|conversaci[oó]n)(?![\p{L}])(?!\s+(?:for|to|de atenci[oó]n)(?![\p{L}]))/iu;
/** "The call came a day after X said…", "their next call": another happening than the remark tells of, or a plan. */
const CALL_ELSEWHERE = /(?<![\p{L}])(?:after|before|followed|following|since|next|upcoming|wake-up|despu[eé]s|antes|tras|desde|pr[oó]xim[oa]s?)(?![\p{L}])/iu;

/** The report's trigger words name a briefing. */
function isBriefing(m: EventMember): boolean {
  if (!m.trigger) return false;
  return BRIEFING.test(m.source.text.slice(m.trigger[0] - m.source.start, m.trigger[1] - m.source.start));
}

/** The report is a plain remark with no date of its own whose sentence tells of a call. */
function tellsCall(m: EventMember): boolean {
  return m.type === 'statement' && m.cameo === '010' && !hasOwnDate(m.date) && CALL_TOLD.test(m.source.text) && !CALL_ELSEWHERE.test(m.source.text);
}

/** The type and CAMEO code to show for a merged event whose reports gave `typed` (see above). */
export function shownType(typed: Pick<EventMember, 'type' | 'cameo'>, told: readonly EventMember[]): { type: EventType; cameo: string } {
  if (typed.type === 'interview' && told.every((m) => m.type !== 'interview' || isBriefing(m))) return { type: 'statement', cameo: typed.cameo };
  if (typed.type === 'statement' && told.length > 0 && told.every(tellsCall)) return { type: 'call', cameo: '041' };
  return { type: typed.type, cameo: typed.cameo };
}
