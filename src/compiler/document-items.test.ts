import { describe, expect, it } from 'vitest';
import type { Actor, ActorId } from '../schema/timeline';
import { actorTraits, changedActors, stillValid, type DocumentItems } from './document-items';

const actor = (id: string, kind: Actor['kind'], country: string | null): Actor => ({ id: id as ActorId, name: id, kind, aliases: [], country, origin: 'registry' });
const traitsOf = (actors: Actor[]): Map<ActorId, string> => new Map(actors.map((a) => [a.id, actorTraits(a)]));

const items = (canonical: string, actors: string[]): DocumentItems =>
  ({ canonical, relevance: [true], quotes: [], members: [{ actors: actors as ActorId[] }] }) as unknown as DocumentItems;

describe('document items kept between builds', () => {
  it('are given again when the canonical document and the actors they name are as they were', () => {
    const before = traitsOf([actor('lena-varga', 'person', 'AA'), actor('halden-gov', 'government', 'BB')]);
    const now = traitsOf([actor('lena-varga', 'person', 'AA'), actor('halden-gov', 'government', 'BB')]);
    expect(stillValid(items('a.txt', ['lena-varga']), 'a.txt', changedActors(before, now))).toBe(true);
  });

  it('are made again when the document became a duplicate of another (a new canonical)', () => {
    expect(stillValid(items('b.txt', ['lena-varga']), 'a.txt', new Set())).toBe(false);
  });

  it('are made again when an actor they name changed side or kind, or is gone', () => {
    const before = traitsOf([actor('lena-varga', 'person', 'AA'), actor('ruiz-sotelo', 'person', 'CC')]);
    const moved = traitsOf([actor('lena-varga', 'person', 'BB'), actor('ruiz-sotelo', 'person', 'CC')]);
    expect(stillValid(items('a.txt', ['lena-varga']), 'a.txt', changedActors(before, moved))).toBe(false);
    expect(stillValid(items('a.txt', ['ruiz-sotelo']), 'a.txt', changedActors(before, moved))).toBe(true);
    const gone = traitsOf([actor('lena-varga', 'person', 'AA')]);
    expect(stillValid(items('a.txt', ['ruiz-sotelo']), 'a.txt', changedActors(before, gone))).toBe(false);
    const renamedKind = traitsOf([actor('lena-varga', 'organization', 'AA'), actor('ruiz-sotelo', 'person', 'CC')]);
    expect(stillValid(items('a.txt', ['lena-varga']), 'a.txt', changedActors(before, renamedKind))).toBe(false);
  });
});
