import { describe, expect, it } from 'vitest';
import { handoutModel } from './handout-model';
import { testTimeline as t } from '../export/fixtures/test-timeline';

describe('print handout', () => {
  const model = handoutModel(t, t.events, t.quotes);

  it('lists events and loose quotes in time order, undated last', () => {
    expect(model.entries.map((e) => (e.kind === 'event' ? e.event.id : e.quote.id))).toEqual(['e2', 'q2', 'e1', 'e3']);
  });

  it('keeps each quote with its event', () => {
    const call = model.entries.find((e) => e.kind === 'event' && e.event.id === 'e1');
    expect(call?.kind === 'event' && call.quotes.map((q) => q.quote.id)).toEqual(['q1']);
  });

  it('numbers sources in order of first citation', () => {
    expect(model.sources.map((s) => `${s.n}:${s.document.id}`)).toEqual(['1:d1', '2:d2']);
    expect(model.entries[0]?.sources).toEqual([1, 2]);
  });
});
