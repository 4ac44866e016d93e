import { describe, expect, it } from 'vitest';
import type { Actor, ActorId, DocumentId } from '../schema/timeline';
import { prepareContext } from './compile';
import { actorTraits, changedActors, documentItems, stillValid, type DocumentItems } from './document-items';
import { contentId } from './emit/content-id';
import { extractDocument, slimExtraction } from './extract-document';

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

describe('quote ids', () => {
  const source = { id: 'halden-post/vote.txt' as DocumentId, path: 'halden-post/vote.txt', format: 'txt' as const, bodyStart: 0, meta: { published: '2031-04-02' }, diagnostics: [] };
  const text =
    'Quell sets a date for the vote\n\nHalden, April 2, 2031 - Senator Irma Quell said on Tuesday that the vote would be held next week.\n\n"We will hold the vote next week, whatever the council decides," Quell told reporters in Halden.\n\n"Nobody will delay it again," she said.\n';
  const context = prepareContext({ actors: { path: 'actors.yaml', text: 'actors:\n  - name: Irma Quell\n    aliases: [Quell]\n    country: null\n    kind: person\n' }, project: null, curation: null });

  it('are worked out once with the extraction, as the same id assembly would make from the quote\'s place', () => {
    const slim = slimExtraction(extractDocument({ ...source, text }, context));
    expect(slim.quotes.length).toBeGreaterThan(0);
    for (const q of slim.quotes) expect(q.id).toBe(contentId('q', [source.id, q.start, q.end]));
  });

  it('are read from the extraction rather than hashed again, and hashed when an input has none', () => {
    const slim = slimExtraction(extractDocument({ ...source, text }, context));
    const stored = { ...slim, quotes: slim.quotes.map((q) => ({ ...q, id: `stored-${q.start}` })) };
    expect(documentItems(stored, stored.id, [], () => undefined).quotes.map((q) => q.id)).toEqual(slim.quotes.map((q) => `stored-${q.start}`));
    const bare = { ...slim, quotes: slim.quotes.map(({ id: _id, ...q }) => q) };
    expect(documentItems(bare, bare.id, [], () => undefined).quotes.map((q) => q.id)).toEqual(slim.quotes.map((q) => q.id));
  });
});
