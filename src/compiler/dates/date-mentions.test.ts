import { describe, expect, it } from 'vitest';
import { findDateMentions } from './date-mentions';

/** The stretches of `text` that hold a digit or a month name, as the dates stage hands them to chrono. */
function rangesOf(text: string, parts: readonly string[]): { start: number; end: number }[] {
  return parts.map((part) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length }));
}

describe('reading month-name dates only where a digit or a month name is', () => {
  it('finds the same dates, at the same places, as reading the whole text (English)', () => {
    const text = 'Talks went on Friday.\u0000Ana Ferro met Luis Pardo on March 4, 2026 in Velda.\u0000They spoke again last week.\u0000A vote is set for June.';
    const ranges = rangesOf(text, ['Ana Ferro met Luis Pardo on March 4, 2026 in Velda.', 'A vote is set for June.']);
    const found = findDateMentions(text, 100, 'en', ranges);
    expect(found).toEqual(findDateMentions(text, 100, 'en'));
    const day = found.find((f) => f.kind === 'day');
    expect(day && text.slice(day.start - 100, day.end - 100)).toBe('March 4, 2026');
    expect(found.map((f) => f.kind)).toEqual(['weekday', 'day', 'relative', 'month']);
  });

  it('finds the same dates, at the same places, as reading the whole text (Spanish)', () => {
    const text = 'El lunes hubo reunión.\u0000Marta Gil llamó a Tomás Vera el 12 de febrero de 2026.\u0000Volvieron a hablar ayer.';
    const ranges = rangesOf(text, ['Marta Gil llamó a Tomás Vera el 12 de febrero de 2026.']);
    const found = findDateMentions(text, 0, 'es', ranges);
    expect(found).toEqual(findDateMentions(text, 0, 'es'));
    const day = found.find((f) => f.kind === 'day');
    expect(day && text.slice(day.start, day.end)).toBe('12 de febrero de 2026');
  });

  it('finds no month-name date outside the ranges it is given', () => {
    const text = 'Ana Ferro met Luis Pardo on March 4, 2026.';
    expect(findDateMentions(text, 0, 'en', []).some((f) => f.kind === 'day')).toBe(false);
  });
});
