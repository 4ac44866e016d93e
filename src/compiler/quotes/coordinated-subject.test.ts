import { describe, expect, it } from 'vitest';
import { portSpeakers, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();

function run(body: string) {
  return whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, registry);
}

describe('a speech verb joined by "and" to an earlier verb', () => {
  it('shares the subject of a long first predicate, and a paragraph that is only a quote goes on with it', () => {
    const r = run(
      'Speaking to the crews, Lucía Ferrer praised the dockers who have worked the night shift since last year and said their work was about to change.\n\n"For too long, we treated the port like a warehouse. It is not a warehouse."',
    );
    expect(r.reported).toEqual([['Lucía Ferrer', 'their work was about to change']]);
    expect(r.said).toEqual([['Lucía Ferrer', 'For too long, we treated the port like a warehouse. It is not a warehouse.']]);
  });

  it('shares the subject of a relative clause ("X, who has said … and earlier this month said")', () => {
    const r = run('The strike came after a call with Lucía Ferrer, who has repeatedly said that the cartels "run" the port and earlier this month said the board would "start hitting the cranes."');
    expect(r.said).toContainEqual(['Lucía Ferrer', 'start hitting the cranes.']);
  });

  it('shares the subject after a title, in Spanish', () => {
    expect(run('La ministra Lucía Ferrer pidió calma a los estibadores y dijo que el puerto presentará resultados antes del lunes.').reported).toEqual([
      ['Lucía Ferrer', 'el puerto presentará resultados antes del lunes'],
    ]);
  });

  it('takes no subject from the words after a quotation', () => {
    const r = run('When Óscar Beltrán said on the radio that the board would start "hitting the cranes," Lucía Ferrer took a day and then said calmly that she would wait.');
    expect(r.said).toEqual([['Óscar Beltrán', 'hitting the cranes']]);
  });
});
