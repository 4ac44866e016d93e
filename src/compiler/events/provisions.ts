/**
 * A bill's or a report's provisions: "This bill requires the Department of State to report to Congress…",
 * "Specifically, the report must describe…", "La iniciativa obliga a la Secretaría a informar…". A legislative
 * summary tells what a text would make happen, in the present or with "must"/"shall": its reports, briefings and
 * transfers are not happenings, and the sentence has no event (the bill's own introduction or vote is told
 * elsewhere, in the past). A sentence that attributes the words to someone ("…, the sponsor said") is left alone.
 */

/** "Specifically, ", "En concreto, ": a summary's lead-in before the subject. */
const LEAD_IN = '(?:(?:specifically|in particular|among other things|en concreto|en particular|entre otras cosas),?\\s+)?';
/** The text itself: "This bill", "The measure", "the report", "El proyecto de ley". */
const SUBJECT =
  '(?:this|the|such|that|esta|este|la|el)\\s+(?:bill|act|measure|legislation|resolution|amendment|report|briefing|iniciativa|proyecto(?:\\s+de\\s+(?:ley|decreto))?|ley|reforma|propuesta|dictamen|informe)';
/** A present-tense verb of provision, or a modal of obligation. */
const PROVIDES =
  '(?:(?:also|further|tambi[ée]n)\\s+)?(?:requires?|directs?|must|shall|mandates?|prohibits?|bars?|authori[sz]es?|establishes?|amends?|calls\\s+for|obliga|establece|prev[ée]|contempla|ordena|deber[áa]|exige|proh[íi]be|faculta)';

const PROVISION = new RegExp(`^\\s*${LEAD_IN}${SUBJECT}\\s+${PROVIDES}(?![\\p{L}])`, 'iu');

/** Words that report someone saying it: then the sentence is a statement, read as usual. */
const ATTRIBUTED = /(?<![\p{L}])(?:said|says|told|according to|dijo|afirm[óo]|explic[óo]|seg[úu]n|de acuerdo con)(?![\p{L}])/iu;

export function isProvision(sentence: string): boolean {
  return PROVISION.test(sentence) && !ATTRIBUTED.test(sentence);
}
