import { describe, expect, it } from 'vitest';
import { scanQuotes, type Range } from './quote-scanner';

function paragraphsOf(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return out;
}

function quotes(text: string): string[] {
  return scanQuotes(text, paragraphsOf(text)).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)).join(' | '));
}

describe('scanQuotes', () => {
  it('finds quotes in straight, curly and angle marks, double and single', () => {
    expect(quotes(`He said "one two" and “three four” and ‘five six’ and «siete ocho» and 'nine ten' done.`)).toEqual([
      'one two',
      'three four',
      'five six',
      'siete ocho',
      'nine ten',
    ]);
  });

  it('never opens a quote at an apostrophe', () => {
    const text = "Don't stop: Mexico's O'Brien, the ‘90s, '90s and rock ’n’ roll, rock 'n' roll, the leaders' meeting.";
    expect(quotes(text)).toEqual([]);
  });

  it('keeps a plural possessive inside a single-quoted span', () => {
    expect(quotes("She called it 'a waste of taxpayers' money,' he said.")).toEqual(['a waste of taxpayers\' money,']);
  });

  it('reports only the outermost of nested quotes', () => {
    expect(quotes('“He told me ‘never’ twice,” she said.')).toEqual(['He told me ‘never’ twice,']);
  });

  it('ends an unclosed quote at its paragraph instead of swallowing the document', () => {
    const text = 'She said “this never ends.\n\nA new paragraph with “a real quote” here.';
    const found = scanQuotes(text, paragraphsOf(text));
    expect(found.map((q) => [text.slice(q.start, q.end), q.closed])).toEqual([
      ['this never ends.', false],
      ['a real quote', true],
    ]);
  });

  it('continues a quote into the next paragraph when that paragraph opens with the same mark', () => {
    const text = '“First part of the quote.\n\n“Second part,” she said.';
    expect(quotes(text)).toEqual(['First part of the quote. | Second part,']);
  });

  it('drops a stray straight apostrophe but keeps the quotes after it', () => {
    expect(quotes("the 'thugs' and then said 'we will win,' he said")).toEqual(['we will win,']);
  });

  it('handles 1,000 nested quotes without blowing the stack', () => {
    const text = `${'“'.repeat(1000)}deep${'”'.repeat(1000)} said nobody.`;
    const found = scanQuotes(text, paragraphsOf(text));
    expect(found).toHaveLength(1);
    expect(found[0]?.closed).toBe(true);
  });

  it('scans a long line of alternating marks and spaces in one pass', () => {
    const text = '" \''.repeat(300_000);
    expect(() => scanQuotes(text, paragraphsOf(text))).not.toThrow();
  });
});
