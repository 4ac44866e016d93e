import { describe, expect, it } from 'vitest';
import { portSpeakers, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();

const transcript = [
  'The Harbor Hour, Episode 12 — Transcript',
  'JANE ROE: Welcome back. I am Jane Roe. My guest is Lucía Ferrer, who ran the port authority for ten years.',
  'LUCÍA FERRER: Thank you, Jane.',
  'JANE ROE: Why did the strike end?',
  'LUCÍA FERRER: Because the board delivered. The pressure worked.',
].join('\n\n');

describe('transcriptLines', () => {
  it("gives each guest line of a transcript with named speakers to that guest, and not the host's questions", () => {
    const { said } = whoSaidWhat(`${transcript}\n`, registry);
    expect(said).toEqual([
      ['Lucía Ferrer', 'Thank you, Jane.'],
      ['Lucía Ferrer', 'Because the board delivered. The pressure worked.'],
    ]);
  });

  it('does not read one capitalised label as a transcript', () => {
    const { said } = whoSaidWhat('Harbor talks stall\n\nUPDATE: The board met again on Monday.\n\nFerrer visited the port.\n', registry);
    expect(said).toEqual([]);
  });
});
