import { describe, expect, it } from 'vitest';
import { actorSlug } from './actor-slug';

describe('actorSlug', () => {
  it('derives readable ids that do not depend on accents or normal form', () => {
    expect(actorSlug('Claudia Sheinbaum')).toBe('claudia-sheinbaum');
    expect(actorSlug('U.S. government')).toBe('u-s-government');
    expect(actorSlug('Ciro Go\u0301mez Leyva')).toBe(actorSlug('Ciro Gómez Leyva'));
  });

  it('never returns an empty id, and turns __proto__ into a plain word', () => {
    expect(actorSlug('__proto__')).toBe('proto');
    expect(actorSlug('***')).toBe('actor');
  });
});
