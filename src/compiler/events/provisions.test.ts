import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../schema/timeline';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';
import { isProvision } from './provisions';

function events(text: string, actors: Record<string, string[]> = {}, dates: [string, DateValue][] = []): { type: string; date: string | null }[] {
  const { doc, mentions } = handDoc({ text, actors, dates });
  return extractEvents(doc, mentions).map((e) => ({ type: e.type, date: e.date.start }));
}

const actors = { ports: ['Ministry of Ports'], olmos: ['Vera Olmos'] };

describe("a bill's provisions", () => {
  it('recognises what a bill or its report requires, in English and Spanish', () => {
    expect(isProvision('This bill requires the Ministry of Ports to report to the Assembly on the transfers.')).toBe(true);
    expect(isProvision('Specifically, the report must describe the extraditions of the last year.')).toBe(true);
    expect(isProvision('La iniciativa obliga al Ministerio de Puertos a informar cada mes.')).toBe(true);
    expect(isProvision('The bill passed the Assembly on Tuesday.')).toBe(false);
    expect(isProvision('The bill requires a report every month, its sponsor Vera Olmos said.')).toBe(false);
  });

  it('makes no event of the reports, briefings and transfers a bill requires, but keeps a dated happening it names', () => {
    expect(events('This bill requires the Ministry of Ports to report to the Assembly on the transfer of prisoners.', actors)).toEqual([]);
    expect(events('The bill also directs the Ministry of Ports to brief the Assembly on options for strikes against smugglers.', actors)).toEqual([]);
    const named = events(
      'This bill requires the Assembly to report on the smugglers that the Ministry of Ports designated as terrorist organizations on February 20, 2029.',
      actors,
      [['February 20, 2029', { start: '2029-02-20', precision: 'day', basis: 'stated' }]],
    );
    expect(named.map((e) => e.date)).toEqual(['2029-02-20']);
  });
});
