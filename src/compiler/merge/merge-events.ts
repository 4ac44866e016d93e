/**
 * Merge stage: the same happening reported by several articles (or several
 * related items) becomes one event citing every source. Two reports merge when
 * they have the same type, share an actor and have compatible dates: a day
 * inside the other's week or month (a year only with near-identical wording).
 * Undated reports merge only on strong evidence: two shared actors and similar
 * wording, or the same sentence in a duplicate article; an article never reports
 * a happening dated after its own publication. Types that name one happening in
 * different words merge: a statement, rejection or threat are all said; an
 * operation and a policy (a deployment) only on the same day with two shared
 * actors. The merged event keeps the most specific type. Reports from one story
 * never merge here (the events stage already collapsed those that should).
 * A date that opens a stretch ("since February", "results since October 2024") is
 * not a happening's date, so a day inside it does not make two reports one. A call
 * or meeting with no date at all never joins a dated one on the people alone: the
 * same two people talk many times. The merged date is the most precise own date.
 * `sourceCount` counts independent documents: a duplicate counts as its original.
 * Articles name the same side differently ("Roe", "Washington", "la Casa Blanca"), so
 * each actor's country counts too: a one-off of the same day between the same two
 * countries is one happening (a government named alone stands for its people who took
 * part that day), and so is an undated capture or transfer between them told
 * soon after the dated one. A call heard as "talks", a capture told as an arrest and a
 * remark told through its interview merge only on the same stated day (and so do a person's measure and
 * their own remark on it, "Roe announced the duties" / "Roe said he would raise the duties", also when one is told with no date
 * of its own in a story of the other's day), or when one sentence
 * tells both and dates only one of them. What a call settled that day ("the two agreed to set
 * up a group") joins the call, and a cabinet or ministry stands for its country's side.
 * An article with no date at all that names a day without its year ("in a March 9 raid") tells the
 * happening of that month and day, when the rules for reports of that day agree. A capture or
 * transfer of a person dated only by its year is the one of that person dated within that year (a
 * designation naming an actor of the one dated within its year, too: a group is listed once; and a
 * measure dated by its year stating the rate of a measure of its person dated within it),
 * and a transfer told through one side stating the count (ten or more) its reports state most is it.
 * A person is captured or handed over once: "the capture of X" with no date of its own, naming only
 * the person it befell, is the capture of X dated in the months before its publication, whatever
 * type it was given; a capture told only in passing ("after the capture of X") joins such an event
 * as one more source and is no event on its own, and so does a capture that names only people the
 * dated one took ("forces took X out of the capital"). A report that fits several events joins the one
 * most stories tell (an undated call or meeting: the nearest in time). A report dated only by its
 * article that the sentence sets in the past ("a week after X said", "la víspera", "el discurso de X")
 * is the one happening of its kind naming its people in the fortnight before, if only one fits.
 * A deed (not a remark) told in a story of the day another article dates it to, naming one of its
 * actors and no person it lacks, is it; so is a leader's news conference told in a story of the day another
 * article dates it to (a leader holds one a day).
 * Rules are named in comments (CONTAINS, SAME-DAY, YEAR-WORDING, NAMED-YEAR, ONE-OFF-OF-ITS-YEAR, LISTED-IN-ITS-YEAR, RATE-OF-ITS-YEAR, SPAN, SINCE,
 * UNDATED-PAIR, PUBLISHED-THAT-DAY, TOLD-THAT-DAY, CONFERENCE-THAT-DAY, PUBLISHED-NEXT-DAY, RECURRING, ONCE-PER-PERSON, ONCE-PER-TARGET, DESIGNATED-ONCE, SAME-DAY-SIDES, SAME-DAY-SIDE-WITHIN,
 * RECENT-ONE-OFF, SIDES-WITHIN, SAME-COUNT, FORCE, CALL-OR-TALKS, CALL-TOLD, SAID-IN-INTERVIEW, OWN-POLICY-SAID, AGREED-ON-CALL, ANNOUNCED-COUNT, YEAR-LESS-DAY, STORY-COPY, STORY-CALL, SAME-QUOTE, SAME-SENTENCE, TOLD-TARGET, TAKEN-ONLY, MOST-TOLD, MOST-PRECISE, RECENT-MENTION) and tested by
 * those names. Reports with no date at all are placed last, when the clusters they may join
 * hold every dated and publication-dated report.
 */
import type { EventMember, CorpusEvent } from './corpus-items';
import { addReport, fileUnder, findHome, mergeState, newCluster, prepareReport, sortReports, type Prepared } from './merge-search';
import { onlyInPassing, toCorpusEvent } from './to-corpus-event';

/** `seen`, if given, is told every report in merge order with what was worked out of it (stored for the next build: stored-merge.ts). */
export function mergeEvents(all: readonly EventMember[], seen?: (m: EventMember, prepared: Prepared) => void): CorpusEvent[] {
  const ordered = sortReports(all);
  const state = mergeState(ordered.length);
  ordered.forEach((m, n) => {
    const prepared = prepareReport(m);
    seen?.(m, prepared);
    const home = findHome(state, n, prepared) ?? newCluster(state);
    addReport(state, home, prepared.probe);
    fileUnder(state, home.at, prepared);
  });
  return state.clusters.map((c) => toCorpusEvent(c.members)).filter((e) => !onlyInPassing(e));
}
