import { describe, expect, it } from 'vitest';
import { chooseTitleBlock } from './title';

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

  it('keeps a first headline that is followed by a short standfirst', () => {
    expect(chooseTitleBlock(candidates(['Port of Valdora reopens after strikes', 'Dockers return', 'Body text here.']))).toBe(0);
  });
});
