import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const said = saidIn(portSpeakers(`
  - name: Sam Reyes
    kind: person
    gender: male
`));

describe('attributeQuote: speakers named in less common places', () => {
  it('gives the words of a passive speech verb to its agent, each quote to the agent named before it', () => {
    expect(said('The second call was described by Beltrán as "very productive" and by Ferrer as "excellent."')).toEqual([
      ['Óscar Beltrán', 'very productive'],
      ['Lucía Ferrer', 'excellent.'],
    ]);
    expect(said('La segunda llamada fue calificada por Beltrán como "muy productiva" y por Ferrer como "excelente".')).toEqual([
      ['Óscar Beltrán', 'muy productiva'],
      ['Lucía Ferrer', 'excelente'],
    ]);
  });

  it('reads a name, an aside with initials and the verb after a quote as its attribution', () => {
    expect(said('"It is a relationship between two strong-willed people," Sam Reyes, the U.S. ambassador to Norland, told me.')).toEqual([
      ['Sam Reyes', 'It is a relationship between two strong-willed people'],
    ]);
    expect(said('"Es una relación entre dos personas de carácter fuerte", Sam Reyes, el embajador de EE.UU. en Norlandia, me dijo.')).toEqual([
      ['Sam Reyes', 'Es una relación entre dos personas de carácter fuerte'],
    ]);
  });

  it('reads "has repeated that" as a speech verb', () => {
    expect(said('Ferrer has repeated that the port "does not accept" foreign cranes.')).toEqual([['Lucía Ferrer', 'does not accept']]);
    expect(said('Ferrer ha repetido que el puerto "no acepta" grúas extranjeras.')).toEqual([['Lucía Ferrer', 'no acepta']]);
  });

  it('gives the words of "X, the secretary of the Treasury" to X, not to an earlier secretary', () => {
    expect(said('El secretario de Puertos, Óscar Beltrán, visitó la obra.\n\n"La obra va bien", afirmó el secretario del Tesoro, Sam Reyes, según un comunicado.')).toEqual([
      ['Sam Reyes', 'La obra va bien'],
    ]);
    expect(said('Port Secretary Óscar Beltrán visited the works.\n\n"The works are going well," said the secretary of the Treasury, Sam Reyes.')).toEqual([
      ['Sam Reyes', 'The works are going well'],
    ]);
  });

  it('gives a quote standing alone and signed after a dash to the name that signs it', () => {
    expect(said('> "The port is not a protectorate. We are partners, but nobody decides for us." – Lucía Ferrer, 13 January 2026')).toEqual([
      ['Lucía Ferrer', 'The port is not a protectorate. We are partners, but nobody decides for us.'],
    ]);
    expect(said('«El puerto no es un protectorado. Somos socios, pero nadie decide por nosotros». —Lucía Ferrer, 13 de enero de 2026')).toEqual([
      ['Lucía Ferrer', 'El puerto no es un protectorado. Somos socios, pero nadie decide por nosotros'],
    ]);
  });
});
