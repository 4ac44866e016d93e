import { describe, expect, it } from 'vitest';
import { portSpeakers, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();

describe('quotedInTurn', () => {
  it("gives a host's turn to the host but not the words the host quotes from someone else in it", () => {
    const show = [
      'Harbor Tonight, hosted by Jane Roe',
      'JANE ROE, HARBOR NEWS HOST: Good evening. Tonight, the strike at the port. My guest is Marek Odon, who ran the port for ten years.',
      'MAREK ODON, FORMER PORT DIRECTOR: Thank you, Jane. The strike will end when the board pays.',
      'ROE: But you heard the board. "Not one cent more." That is not ambiguous.',
      'ODON: It is ambiguous on purpose. The pressure worked.',
    ].join('\n\n');
    const { said } = whoSaidWhat(`${show}\n`, registry);
    expect(said).toContainEqual(['Jane Roe', 'But you heard the board. "Not one cent more." That is not ambiguous.']);
    expect(said).toContainEqual([null, 'Not one cent more.']);
  });
});
