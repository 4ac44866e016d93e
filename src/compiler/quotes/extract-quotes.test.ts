import { describe, expect, it } from 'vitest';
import { cleanText, registryFrom, whoSaidWhat } from '../fixtures/who-said-what';
import { findActorMentions } from '../actors/find-actor-mentions';
import { extractQuotes } from './extract-quotes';

const HEADLINE = 'Harbor talks stall after a week of strikes';
const registry = registryFrom(`
actors:
  - name: Lucía Ferrer
    kind: person
    gender: female
  - name: __proto__
    kind: person
  - name: constructor
    kind: organization
`);

function run(body: string) {
  return whoSaidWhat(`${HEADLINE}\n\n${body}\n`, registry);
}

describe('extractQuotes', () => {
  it('keeps partial quotes and drops scare quotes', () => {
    const r = run('Lucía Ferrer said the union would "never accept" the offer. Critics mocked the so-called "harbor miracle" and its "experts".');
    expect(r.said).toEqual([['Lucía Ferrer', 'never accept']]);
  });

  it('does not take the name of a plan or a report for speech', () => {
    const r = run('Lucía Ferrer said the union rejected a plan titled "Ports for the Future Now" and an operation called "Safe Harbor Shield".');
    expect(r.said).toEqual([]);
    // What she said is reported speech, names and all: one indirect quote, not three.
    expect(r.reported).toEqual([['Lucía Ferrer', 'the union rejected a plan titled "Ports for the Future Now" and an operation called "Safe Harbor Shield"']]);
  });

  it('never opens a quote at an apostrophe', () => {
    const r = run("Don't worry: Mexico's O'Brien played '90s rock 'n' roll at the workers' hall, and nobody's mood changed.");
    expect(r.quotes).toEqual([]);
  });

  it('does not let an unclosed quote swallow the rest of the document', () => {
    const r = run('A flyer said "Strike fund open\n\nLucía Ferrer said the fund would last "about six weeks, no more."');
    expect(r.said).toEqual([
      [null, 'Strike fund open'],
      ['Lucía Ferrer', 'about six weeks, no more.'],
    ]);
    expect(r.quoteDiagnostics.map((d) => [d.rule, d.line])).toContainEqual(['unclosed-quote', 3]);
  });

  it('joins a quote continued over paragraphs newspaper-style', () => {
    const r = run('Lucía Ferrer was blunt:\n\n"We waited a year.\n\n"We will not wait a day more," she said.');
    // The quote cites the file's exact words, so the re-opening mark stays in its text.
    expect(r.said).toEqual([['Lucía Ferrer', 'We waited a year.\n\n"We will not wait a day more']]);
  });

  it('reports one quote for 1,000 nested quotes', () => {
    const r = run(`Lucía Ferrer said ${'“'.repeat(1000)}deep words here${'”'.repeat(1000)}.`);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]?.speaker).toBe('lucia-ferrer');
  });

  it('counts the same words from the same speaker once, in NFC or NFD', () => {
    const nfc = '"Él no está aquí," Lucía Ferrer said.';
    const r = run(`${nfc}\n\n${nfc.normalize('NFD')} Then she left.`);
    expect(r.quotes).toHaveLength(1);
  });

  it('counts a repeated paragraph once', () => {
    const p = '"We will sail on Monday," Lucía Ferrer said.';
    expect(run(`${p}\n\n${p}`).quotes).toHaveLength(1);
  });

  it('attributes quotes to speakers named __proto__ and constructor without touching prototypes', () => {
    const r = run('"Hello there, my old friends," __proto__ said. "We build things that last," constructor said.');
    expect(r.said).toEqual([
      ['__proto__', 'Hello there, my old friends'],
      ['constructor', 'We build things that last'],
    ]);
    expect(Object.prototype).not.toHaveProperty('kind');
  });

  it('matches a speaker whose name holds bidi controls and zero-width characters', () => {
    const r = run('"The harbor stays open to all," said \u2067Lucía\u2069 Fe\u200brrer.');
    expect(r.said).toEqual([['Lucía Ferrer', 'The harbor stays open to all']]);
  });

  it('dates a quote at its story publication date as reported, or leaves it unknown', () => {
    const body = '"We will sail on Monday," Lucía Ferrer said.';
    const dated = cleanText(`${HEADLINE}\n\n${body}\n`, 'a.txt', { published: '2026-01-17' });
    const q = extractQuotes(dated, findActorMentions(dated, registry).mentions, registry).quotes[0];
    expect(q?.date).toEqual({ start: '2026-01-17', precision: 'day', basis: 'reported' });
    expect(run(body).quotes[0]?.date).toEqual({ start: null, precision: 'unknown', basis: 'reported' });
  });

  it('gives the sentence around the quote as its context and cites the exact words', () => {
    const r = run('It rained. Lucía Ferrer said the port was "closed for good." Nobody believed her.');
    const q = r.quotes[0];
    expect(q && r.doc.text.slice(q.context.start, q.context.end)).toBe('Lucía Ferrer said the port was "closed for good."');
    expect(q && r.doc.text.slice(q.start, q.end)).toBe('closed for good.');
  });

  it('takes no quotes from the headline', () => {
    const r = whoSaidWhat('Ferrer: "We will never give up the harbor"\n\nThe strike went on for a week.\n', registry);
    expect(r.quotes).toEqual([]);
  });
});

describe('extractQuotes on hostile input', () => {
  it('finishes on a 10 MB single line with an open quote', () => {
    const line = `Lucía Ferrer said "it is ${'very '.repeat(2_000_000)}long." Then it ended.`;
    const r = run(line);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]?.speaker).toBe('lucia-ferrer');
  });

  it('finishes on quote and whitespace patterns shaped for regex backtracking', () => {
    const patterns = [
      `"${' '.repeat(200_000)}`,
      `${'" '.repeat(100_000)}x`,
      `${"'a".repeat(100_000)}`,
      `${'“‘«'.repeat(50_000)}`,
      `${'a, '.repeat(100_000)}said "${'!'.repeat(100_000)}x`,
      `so-called ${'"a" '.repeat(50_000)}`,
      `${'He said: '.repeat(30_000)}"x y z"`,
      `Lucía Ferrer ${', , '.repeat(50_000)} said "ok then, fine, yes."`,
    ];
    for (const p of patterns) expect(() => run(p)).not.toThrow();
  });
});

describe('names in quotation marks', () => {
  it('does not take a programme, a group or a nickname in quotation marks for speech', () => {
    const r = run(
      'Lucía Ferrer, speaking on KQX\' "Harbor Week" on Sunday, said the port would reopen. ' +
        'Among those held was a leader of "Los Primos," a smuggling crew. Abel Ortiz, "El Primo", fue detenido. ' +
        'She tells "Morning Docks" she is "not worried."',
    );
    expect(r.said).toEqual([['Lucía Ferrer', 'not worried.']]);
  });

  it('keeps capitalised words that someone said', () => {
    const r = run('Lucía Ferrer said: "Never Again." Later she said the offer was "Dead On Arrival".');
    expect(r.said).toEqual([
      ['Lucía Ferrer', 'Never Again.'],
      ['Lucía Ferrer', 'Dead On Arrival'],
    ]);
  });
});
