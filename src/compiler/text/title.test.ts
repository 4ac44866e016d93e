import { describe, expect, it } from 'vitest';
import { chooseTitleBlock, joinWrappedHeadline } from './title';

const candidates = (texts: string[], skip: number[] = []) => texts.map((text, index) => ({ index, text, skippable: skip.includes(index) }));

describe('choosing the title', () => {
  it('takes the first short line, skipping site names and crumbs', () => {
    expect(chooseTitleBlock(candidates(['AIWorldNewz.com', 'Mexico Rejects Intervention', 'Body text.'], [0]))).toBe(1);
  });

  it('prefers a repeated headline over a long lede scraped above it', () => {
    const lede = 'In the wake of reports alleging that officials instructed the army to act, Mexican officials have taken a strong stance, asserting that any intervention is out of the question. '.repeat(2);
    expect(chooseTitleBlock(candidates([lede, 'Mexico Denies Intervention Plans', 'Mexico Denies Intervention Plans', 'Body.']))).toBe(1);
  });

  it('skips a short masthead above a longer headline', () => {
    expect(chooseTitleBlock(candidates(['Lakeshore Tribune', 'Mayor Okafor Signs Water Deal With Utility', 'Body text.']))).toBe(1);
  });

  it('finds no title block when the text is one long paragraph', () => {
    expect(chooseTitleBlock(candidates(['word '.repeat(100)]))).toBeNull();
  });

  it('skips a site name and its section label above the headline', () => {
    expect(chooseTitleBlock(candidates(['Diario Norte', 'Seguridad', 'Trasladan a 40 reos a Valdora; "fue legal", dice Ruiz', 'Cuerpo del texto.']))).toBe(2);
  });

  it('skips a site tagline that sits above a menu of sections', () => {
    const page = ['Trusted data and news for busy traders', 'Home', 'World', 'Markets', 'Opinion', 'Port of Valdora reopens after a week of strikes', 'By Ana Ruiz', 'Body text.'];
    expect(chooseTitleBlock(candidates(page))).toBe(5);
  });

  it("keeps a transcript's headline above its show, network and notice lines", () => {
    const page = ['HALE TONIGHT: Ruiz and Brask Talk After Port Threat', 'Valdora One', 'HALE TONIGHT', 'Transcript', 'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.', 'TOM HALE, HOST: Good evening.'];
    expect(chooseTitleBlock(candidates(page))).toBe(0);
  });

  it('keeps a first headline that is followed by a short standfirst', () => {
    expect(chooseTitleBlock(candidates(['Port of Valdora reopens after strikes', 'Dockers return', 'Body text here.']))).toBe(0);
  });

  it('skips a site name of several words above an upper-case section label or a menu bar', () => {
    expect(chooseTitleBlock(candidates(['The Harbor on the Rocks', 'COMMENTARY', 'From Ports to Borders: The Legal Road to Strikes in Valdora', 'By Ana Ruiz', 'Body text.']))).toBe(2);
    expect(chooseTitleBlock(candidates(['El Heraldo de Valdora', 'Local | Norte | Policiaca | Deportes | Opinión', '“No habrá tropas”: responde Ruiz a Brask', 'Cuerpo del texto.']))).toBe(2);
    expect(chooseTitleBlock(candidates(['DIARIO DEL PUERTO', 'NORVIA | ESTRIA | VALDORA | OPINIÓN | DEPORTES', 'Norvia entrega a Estria a 37 presuntos contrabandistas', 'Cuerpo.']))).toBe(2);
  });

  it('keeps a short headline above a section line that is not page chrome', () => {
    expect(chooseTitleBlock(candidates(['Valdora Port Reopens Today', 'Dockers return', 'Body text here after the headline.']))).toBe(0);
  });

  it('skips a site name above a menu bar the cleaning already set aside', () => {
    const page = candidates(['El Heraldo de Valdora', 'Local | Norte | Policiaca | Deportes | Opinión', '“No habrá tropas”: responde Ruiz a Brask tras su discurso', 'Cuerpo del texto.'], [1]);
    expect(chooseTitleBlock(page)).toBe(2);
  });

  it("skips a site's tagline above its home navigation, set aside by the cleaning", () => {
    const page = candidates(['HarborCheck.org', 'A Project of the Valdora Press Institute', 'Home | Articles | Ask Us | Donate', 'No Evidence Ruiz Agreed to Strikes in Norvia', 'By Ana Ruiz', 'Body text.'], [0, 2]);
    expect(chooseTitleBlock(page)).toBe(3);
    // A share bar under a headline is not the site's navigation: the headline stays.
    const shared = candidates(['Port of Valdora reopens after strikes', 'Facebook | X | Email', 'Dockers return to work on Monday', 'Body text.'], [1]);
    expect(chooseTitleBlock(shared)).toBe(0);
  });
});

describe('a headline broken over lines', () => {
  it('joins a print headline whose lines go on in lower case, and mends a hyphen break', () => {
    expect(joinWrappedHeadline('Diputados castigan con cárcel\npresencia de agentes armados\nextranjeros sin permiso')).toBe('Diputados castigan con cárcel presencia de agentes armados extranjeros sin permiso');
    expect(joinWrappedHeadline('Valdora reabre el puer-\nto tras la huelga')).toBe('Valdora reabre el puerto tras la huelga');
  });

  it('keeps a title over a standfirst, a paragraph and a list as they are', () => {
    for (const text of ['Port reopens\nDockers Return To Work', 'The port reopened on Monday.\nDockers returned.', 'Ruiz and Brask,\nand others', 'one\ntwo\nthree\nfour\nfive']) {
      expect(joinWrappedHeadline(text)).toBe(text);
    }
  });
});
