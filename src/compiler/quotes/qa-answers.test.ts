import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Marta Quiroga
    kind: person
    gender: female
  - name: Harbor Weekly
    kind: media
`);

const said = saidIn(registry, ['Transcript: the harbor minister on the strike']);

describe('lettered transcript turns', () => {
  it('gives each answer of a transcript to the interviewee named in the introduction, and each question to no one', () => {
    const body = [
      'The following is a transcript of an interview with Marta Quiroga, the harbor minister, conducted by Harbor Weekly.',
      'Q: Minister, will the port reopen?',
      'A: Not this week. We need the unions at the table first.',
      'Q: And the navy?',
      'A: The navy stays out of it.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      [null, 'Minister, will the port reopen?'],
      ['Marta Quiroga', 'Not this week. We need the unions at the table first.'],
      [null, 'And the navy?'],
      ['Marta Quiroga', 'The navy stays out of it.'],
    ]);
  });

  it('reads Spanish transcripts (P: / R:) and bold labels', () => {
    const body = ['Esta es la entrevista con la ministra Marta Quiroga.', '**P:** ¿Reabrirá el puerto?', '**R:** No esta semana.'].join('\n\n');
    expect(said(body)).toEqual([
      [null, '¿Reabrirá el puerto?'],
      ['Marta Quiroga', 'No esta semana.'],
    ]);
  });

  it('keeps the answers without a speaker when the introduction names no interviewee', () => {
    const body = ['Readers sent us their questions.', 'Q: Will the port reopen?', 'A: Not this week.'].join('\n\n');
    expect(said(body)).toEqual([
      [null, 'Will the port reopen?'],
      [null, 'Not this week.'],
    ]);
  });

  it('does not read an "A:" line with no question before it as an answer', () => {
    const body = ['Marta Quiroga listed the options in an interview with Harbor Weekly.', 'A: close the port. B: keep it open.'].join('\n\n');
    expect(said(body)).toEqual([]);
  });
});
