import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../model';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

const published = { year: 2031, month: 6, day: 9 };
const relative = (start: string) => ({ start, precision: 'day' as const, basis: 'relative' as const });

/** Mentions by a pronoun are found as pronouns, as the actor stage does. */
function statementDate(text: string, dates: [string, ReturnType<typeof relative>][], words: string[]): string | null | undefined {
  const { doc, mentions } = handDoc({ text, published, dates, actors: { ruiz: words } });
  const asFound: ActorMention[] = mentions.map((m) => (/^(?:she|he|ella|él)$/iu.test(doc.text.slice(m.start, m.end)) ? { ...m, via: 'pronoun' } : m));
  const events = extractEvents(doc, asFound);
  return events.find((e) => e.type === 'statement' && /said|dijo/u.test(doc.text.slice(e.start, e.end)))?.date.start;
}

describe('a saying that continues the occasion told just before', () => {
  it('takes the day of the sentence before when its subject is a pronoun for the person put on that day, in English and Spanish', () => {
    const en = 'On Friday, Governor Ana Ruiz came to Alden to open a command post. She said the state would work with anyone who helps.';
    expect(statementDate(en, [['On Friday', relative('2031-06-06')]], ['Ana Ruiz', 'She'])).toBe('2031-06-06');
    const es = 'El viernes, la gobernadora Ana Ruiz llegó a Alden para abrir un cuartel. Ella dijo que el estado trabajará con quien ayude.';
    expect(statementDate(es, [['El viernes', relative('2031-06-06')]], ['Ana Ruiz', 'Ella'])).toBe('2031-06-06');
  });

  it('keeps the publication day when the subject is a name, the day opens a span or qualifies another happening, or the paragraph changes', () => {
    const named = 'On Friday, Governor Ana Ruiz came to Alden to open a command post. Ruiz said the state would work with anyone who helps.';
    expect(statementDate(named, [['On Friday', relative('2031-06-06')]], ['Ana Ruiz', 'Ruiz'])).toBe('2031-06-09');
    const span = 'Ana Ruiz has softened her tone since the June 2 raid on the port. She said the state would work with anyone who helps.';
    expect(statementDate(span, [['June 2', relative('2031-06-02')]], ['Ana Ruiz', 'She'])).toBe('2031-06-09');
    const desde = 'Ana Ruiz ha moderado su tono desde el 2 de junio. Ella dijo que el estado trabajará con quien ayude.';
    expect(statementDate(desde, [['2 de junio', relative('2031-06-02')]], ['Ana Ruiz', 'Ella'])).toBe('2031-06-09');
    const apart = 'On Friday, Governor Ana Ruiz came to Alden to open a command post.\n\nShe said the state would work with anyone who helps.';
    expect(statementDate(apart, [['On Friday', relative('2031-06-06')]], ['Ana Ruiz', 'She'])).toBe('2031-06-09');
  });
});
