import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../schema/timeline';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

const relative = (start: string): DateValue => ({ start, precision: 'day', basis: 'relative' });

function events(text: string, actors: Record<string, string[]>, dates: [string, DateValue][] = []) {
  const { doc, mentions } = handDoc({ text, dates, actors });
  return extractEvents(doc, mentions).map((e) => ({ type: e.type, date: e.date.start, actors: e.actors }));
}

describe('happenings told in a Spanish "después de que" clause', () => {
  it('reads what someone said or did in the subjunctive after "después de que" / "luego de que" as a happening on its own day', () => {
    const said = events(
      'La réplica llegó después de que el ministro Tadeo Rivas dijera el domingo, a bordo de su avión, que el puerto "será nuestro".',
      { rivas: ['Tadeo Rivas'] },
      [['el domingo', relative('2031-05-04')]],
    );
    expect(said).toContainEqual({ type: 'statement', date: '2031-05-04', actors: ['rivas'] });
    const threatened = events('La protesta creció luego de que la gobernadora Alba Quiroga amenazara con cerrar la frontera.', { quiroga: ['Alba Quiroga'] });
    expect(threatened.map((e) => e.type)).toContain('threat');
  });

  it('keeps the saying in a "luego de que" clause beside the main clause\'s happening', () => {
    const both = events(
      'La gobernadora Alba Quiroga rechazó ayer el cierre del puerto, luego de que el diario El Faro publicara que el ministro Tadeo Rivas lo ordenó.',
      { quiroga: ['Alba Quiroga'], faro: ['El Faro'], rivas: ['Tadeo Rivas'] },
    );
    expect(both.map((e) => e.type).sort()).toEqual(['rejection', 'statement']);
  });

  it('does not read the same verb form as a happening in a wish or a condition', () => {
    expect(events('Si el ministro Tadeo Rivas dijera que el puerto es suyo, nadie le creería.', { rivas: ['Tadeo Rivas'] })).toEqual([]);
    // The demand is the only happening: the announcement asked for is not one.
    expect(events('La diputada Irene Salas pidió que el ministro Tadeo Rivas anunciara su renuncia.', { salas: ['Irene Salas'], rivas: ['Tadeo Rivas'] }).map((e) => e.type)).toEqual(['statement']);
  });
});
