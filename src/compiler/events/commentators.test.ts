import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import type { DateValue } from '../../schema/timeline';
import { commentatorsIn } from './commentators';
import { extractEvents } from './extract-events';

function events(text: string, actors: Record<string, string[]>) {
  const { doc, mentions } = handDoc({ text, dates: [], actors });
  return extractEvents(doc, mentions).map((e) => [e.type, e.actors[0] ?? null]);
}

describe('commentary is no event', () => {
  it('makes no event of a remark by someone introduced as an analyst, in English and Spanish', () => {
    expect(events('"The port deal buys time," said Vera Olmos, chief economist at Harbor Capital.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('Security analyst Vera Olmos said the transfers were a bargaining chip.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('Para el politólogo Ivo Brask, la maniobra beneficia al puerto, explicó.', { brask: ['Ivo Brask'] })).toEqual([]);
  });

  it('makes no event of an undated remark by a local official or a lawyer in court, in English and Spanish', () => {
    expect(events('In Lowry County, Sheriff Ivo Brask said the checkpoints had slowed his deputies.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"Nothing changed on the docks," said state Representative Vera Olmos, a Democrat.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('Harbor City Mayor Vera Olmos said the bridge closures were costing the market.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('Federal prosecutor Tom Hale told the court the sailor could vanish at sea.', { hale: ['Tom Hale'] })).toEqual([]);
    expect(events('El vocero de Seguridad del Gobierno del Estado, Ivo Brask, pidió no difundir rumores.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('El vocero de la Presidencia, Ivo Brask, dijo que el puerto reabrirá.', { brask: ['Ivo Brask'] })).not.toEqual([]);
  });

  it('makes no event of a remark by a former official or a resident introduced by age', () => {
    expect(events('"This is unheard of in the port," said Ivo Brask, a former customs official.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"We want quiet," said Brask, 54, wiping down her counter.', { brask: ['Brask'] })).toEqual([]);
  });

  it('makes no event of a remark by a retired officer, a former minister or someone introduced by a past career or a shop they run', () => {
    expect(events('Ivo Brask, a retired Army colonel who served on the border, told the Harbor Weekly that the gangs were split.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"You cannot bomb your way out," said Ivo Brask, a former Norvian deputy foreign minister.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"She pays while she talks," said Tom Hale, who retired from the Foreign Service in 2029.', { hale: ['Tom Hale'] })).toEqual([]);
    expect(events('Vera Olmos, who runs a shelter for migrants near the crossing, said violence had not eased.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('Vera Olmos, quien dirige un albergue para migrantes, dijo que la violencia no ha cedido.', { olmos: ['Vera Olmos'] })).toEqual([]);
  });

  it('makes no event of a remark by someone whose description ends before their name, in English and Spanish', () => {
    expect(events('La economista jefa de una casa de bolsa regional, Vera Olmos, dijo que el mensaje no ayuda al muelle.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('El presidente de la Asociación de Vinateros local, Ivo Brask, consideró que el mensaje no ayuda.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('Según el académico de la Universidad de Portalba Ivo Brask, el mensaje no ayuda al muelle.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('The chief economist at a regional brokerage, Vera Olmos, said the message did not help the port.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('The port minister, Vera Olmos, said the message did not help the port.', { olmos: ['Vera Olmos'] })).not.toEqual([]);
  });

  it('makes no event of a remark by a lawyer with two adjectives or a vice president of a field at a firm, in Spanish and English', () => {
    expect(events('Para el abogado penalista norteño Ivo Brask, radicado en Portalba, los envíos masivos rodean el proceso de extradición.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"Everything that does not qualify would get hit," said Vera Olmos, vice president of cross-border operations at a freight broker in Portalba.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('«Todo lo que no califique pagará», dijo Vera Olmos, vicepresidenta de operaciones aduanales en una transportista de Portalba.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('"Everything that does not qualify will pay," said Vera Olmos, the port minister.', { olmos: ['Vera Olmos'] })).not.toEqual([]);
  });

  it('makes no event of a call, meeting or interview told only in a commentator\'s remark', () => {
    expect(events('Para Vera Olmos, economista en jefe de Banco Norte, el tono de la llamada es una buena noticia para los mercados.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('For Vera Olmos, an analyst at Harbor Capital, the meeting was a relief for markets.', { olmos: ['Vera Olmos'] })).toEqual([]);
  });

  it('makes no event of a remark by a specialist, a lawyer, a correspondent or someone who runs a business', () => {
    expect(events('"The tone is new," said Ivo Brask, a port specialist at Alden University.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"The tone is new," said Ivo Brask, head of Norvia research at an advisory firm.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"It worked, for now," said Vera Olmos, a trade lawyer in the capital.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('Our Norvia correspondent Vera Olmos says the tone is notable.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('La corresponsal Vera Olmos dijo que el tono es notable.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('"Three hundred," said Brask, who has run a customs brokerage here for 20 years.', { brask: ['Brask'] })).toEqual([]);
    expect(events('"Trescientos", dijo Brask, quien ha dirigido una pequeña tienda en el puerto.', { brask: ['Brask'] })).toEqual([]);
  });

  it('makes no event of a remark by someone who runs a venture of their own or holds a post in a field at a firm', () => {
    expect(events('"Every day in line costs us," said Ivo Brask, who manages a cold-storage depot by the bridge.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('Vera Olmos, quien administra una empresa de transporte, dijo que los cruces van lentos.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('"Markets read the call as a truce," says Vera Olmos, head of Norvian rates strategy at Harbor Capital.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('"El mercado respiró", dijo Ivo Brask, director de análisis económico en Banco Norte.', { brask: ['Ivo Brask'] })).toEqual([]);
  });

  it('makes no event of a remark by a lecturer, an owner, or a commentator whose Spanish title has an adjective', () => {
    expect(events('"Everyone asked if they were next," says Vera Olmos, a lecturer in port history at Alden College.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('Ivo Brask, a bakery owner from the old quarter, said sales had dropped.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"No es casualidad", afirmó el investigador norteño Ivo Brask, de la Universidad del Puerto.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('Para la abogada penalista Vera Olmos, los traslados rompen el debido proceso.', { olmos: ['Vera Olmos'] })).toEqual([]);
  });

  it('makes no event of a happening a commentator only mentions while speaking or giving a view', () => {
    const en = 'Ivo Brask, a former customs official, follows the port.\n\n"Three mass transfers in a year is unheard of," Brask said.';
    expect(events(en, { brask: ['Ivo Brask', 'Brask'] })).toEqual([]);
    const es = 'Para el especialista en seguridad portuaria Ivo Brask, los traslados y la negociación forman parte del mismo pacto.';
    expect(events(es, { brask: ['Ivo Brask'] })).toEqual([]);
  });

  it('makes no event of a remark by someone who leads a trade association, a club or a firm, in English and Spanish', () => {
    expect(events('"The trucks feel it first," said Vera Olmos, president of the Alden Customs Brokers Association.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('"We cannot keep building plants here," said Ivo Brask, who heads the Norvia operations of a seat-frame supplier.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"Aquí la gente tiene miedo", explicó Ivo Brask, presidente de la Federación de Clubes Norteños del Puerto.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('Defense attorney Vera Olmos said her client would fight the charges.', { olmos: ['Vera Olmos'] })).toEqual([]);
  });

  it('makes no event of a remark by a retired officer, a client\'s counsel, an importer or a student named by a title before the name', () => {
    expect(events('Retired Army Col. Ivo Brask, who served on the border, said any strike would be "a different animal."', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('His attorney, Ivo Brask, told reporters his client was "a businessman."', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('El abogado de Tomás Reyes en Alden, Ivo Brask, sostuvo que la entrega fue "apresurada".', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('Produce importer Vera Olmos said the cartons were not covered.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('"Mi familia sigue cada palabra", dijo la estudiante Vera Olmos.', { olmos: ['Vera Olmos'] })).toEqual([]);
  });

  it('makes no event of a happening a commentator only names in a belief ("Brask believes the operation changed the tone")', () => {
    const text = '"The tone is new," said Ivo Brask, a professor at Alden University. Brask believes the operation changed the tone of both calls.';
    expect(events(text, { brask: ['Ivo Brask', 'Brask'] })).toEqual([]);
    const es = '"El tono es nuevo", dijo Ivo Brask, profesor de la Universidad de Alden. Brask cree que la operación cambió el tono de ambas llamadas.';
    expect(events(es, { brask: ['Ivo Brask', 'Brask'] })).toEqual([]);
  });

  it('makes no event of a happening a commentator names in her own quoted words, even with a date', () => {
    const text = 'Vera Olmos, a senior economist at Harbor Capital, said the tariff looked like leverage. "Since last year the threat comes first, then talks," she said.';
    const year: DateValue = { start: '2029', precision: 'year', basis: 'relative' };
    const { doc, mentions } = handDoc({ text, dates: [['Since last year', year]], actors: { olmos: ['Vera Olmos', 'she'] } });
    expect(extractEvents(doc, mentions)).toEqual([]);
    // An official's quoted words are still read.
    const official = text.replace('a senior economist at Harbor Capital', 'the trade minister');
    const minister = handDoc({ text: official, dates: [['Since last year', year]], actors: { olmos: ['Vera Olmos', 'she'] } });
    expect(extractEvents(minister.doc, minister.mentions).map((e) => e.type)).toContain('threat');
  });

  it('keeps the statements of officials and lawmakers, and what a commentator did', () => {
    expect(events('"The port reopens Monday," said Vera Olmos, president of the Norvian Senate.', { olmos: ['Vera Olmos'] })).toEqual([['statement', 'olmos']]);
    expect(events('"El puerto abre el lunes", dijo Ivo Brask, presidente de la Cámara de Diputados.', { brask: ['Ivo Brask'] })).toEqual([['statement', 'brask']]);
    expect(events('"The port stays open," said Attorney General Ivo Brask.', { brask: ['Ivo Brask'] })).toEqual([['statement', 'brask']]);
    expect(events('The attorney general, Ivo Brask, said the port stays open.', { brask: ['Ivo Brask'] })).toEqual([['statement', 'brask']]);
    expect(events('"The port stays open," said Vera Olmos, the harbor minister.', { olmos: ['Vera Olmos'] })).toEqual([['statement', 'olmos']]);
    expect(events('Senator Ivo Brask said the port must stay open.', { brask: ['Ivo Brask'] })).toEqual([['statement', 'brask']]);
    expect(events('Vera Olmos, who heads the port police, said the seizure was the largest this year.', { olmos: ['Vera Olmos'] })).toEqual([['statement', 'olmos']]);
    expect(events('"The crossing reopens Monday," said Ivo Brask, who directs customs operations for the Norvian government.', { brask: ['Ivo Brask'] })).toEqual([['statement', 'brask']]);
    expect(events('Security analyst Vera Olmos was arrested at the port.', { olmos: ['Vera Olmos'] }).map(([type]) => type)).toEqual(['arrest-extradition']);
  });
  it('makes no event of a remark by the head of a trade council, a firm\'s chief executive or someone who serves in a shop', () => {
    expect(events('"Every rumor moves our order books," said Vera Olmos, president of the Lakeshore Trade Council, which represents 90 suppliers.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(events('"Cada llamada baja la tensión", dijo Ivo Brask, presidente del Consejo Coordinador de la Industria Portuaria.', { brask: ['Ivo Brask'] })).toEqual([]);
    expect(events('"The call is what our members need," said Tom Hale, President and CEO of NORPAC.', { hale: ['Tom Hale'] })).toEqual([]);
    expect(events('"Aquí ya estamos acostumbrados", comentó Vera Olmos, quien atiende una tienda de ropa frente al puerto.', { olmos: ['Vera Olmos'] })).toEqual([]);
    // The head of a public body still speaks as news.
    expect(events('"The port stays open," said Tom Hale, president of the Norvian Port Authority.', { hale: ['Tom Hale'] })).not.toEqual([]);
  });

  it('reads the comma around a description across any white space: a no-break space, a tab, a line break', () => {
    const actors = { olmos: ['Vera Olmos'] };
    expect(events('"The port deal buys time," said the chief economist at Harbor Capital,\u00a0Vera Olmos.', actors)).toEqual([]);
    expect(events('"The port deal buys time," said Vera Olmos \t,\u00a0a former customs official.', actors)).toEqual([]);
    expect(events('"We want quiet," said his lawyer,\u2003Vera Olmos.', actors)).toEqual([]);
    expect(events('Vera Olmos\u00a0, who runs a shelter for migrants near the crossing, said violence had not eased.', actors)).toEqual([]);
  });

  it('answers for the mentions it is given, not for the last ones asked about in the same text', () => {
    const text = 'Security analyst Vera Olmos met Senator Ivo Brask.';
    const both = handDoc({ text, actors: { olmos: ['Vera Olmos'], brask: ['Ivo Brask'] } }).mentions;
    expect([...commentatorsIn(text, both)]).toEqual(['olmos']);
    expect([...commentatorsIn(text, both.filter((m) => m.actor === 'brask'))]).toEqual([]);
    expect([...commentatorsIn(text, both)]).toEqual(['olmos']);
  });
});
