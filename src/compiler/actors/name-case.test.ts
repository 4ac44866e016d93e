import { describe, expect, it } from 'vitest';
import { portSpeakers, whoSaidWhat } from '../fixtures/who-said-what';
import { isShouted, nameCase } from './name-case';

describe('names written in capitals', () => {
  it('writes each word with a capital, hyphenated parts and apostrophes too', () => {
    expect(nameCase('JANE ROE-LUNA')).toBe('Jane Roe-Luna');
    expect(nameCase("MAEVE O'NEIL")).toBe("Maeve O'Neil");
  });

  it('keeps the particles of Spanish names small, but not as the first word', () => {
    expect(nameCase('JUAN DE LA ROSA')).toBe('Juan de la Rosa');
    expect(nameCase('DE LA ROSA')).toBe('De la Rosa');
  });

  it('leaves a name with small letters as the page wrote it', () => {
    expect(nameCase('Ana McKenna')).toBe('Ana McKenna');
    expect(isShouted('Ana McKenna')).toBe(false);
    expect(isShouted('ANA MCKENNA')).toBe(true);
  });
});

describe('a transcript whose speakers are first named in capitals', () => {
  it('shows the host and the guest as the page spells them, not as their labels shout them', () => {
    const show = [
      'Harbor Tonight',
      "JANE ROE-LUNA, HOST: Good evening, and welcome to Harbor Tonight. I'm Jane Roe-Luna. Tonight, the strike at the port.",
      'MAREK DE LA ODON, FORMER PORT DIRECTOR: The strike will end when the board pays.',
      'ROE-LUNA: Will the board pay, Marek de la Odon?',
      'DE LA ODON: It has no choice. The pressure worked.',
    ].join('\n\n');
    const { said, discovered } = whoSaidWhat(`${show}\n`, portSpeakers());
    expect(said.map(([speaker]) => speaker)).toEqual(['Jane Roe-Luna', 'Marek de la Odon', 'Jane Roe-Luna', 'Marek de la Odon']);
    expect(discovered.map((a) => a.name).sort()).toEqual(['Jane Roe-Luna', 'Marek de la Odon']);
  });
});
