import { describe, expect, it } from 'vitest';
import { classifyBody, loadTimeline, resolveDataUrl } from './load-timeline';

const good = JSON.stringify({ schemaVersion: 1, title: 'T', description: '', documents: [], actors: [], events: [{ id: 'bad' }], quotes: [], story: [], diagnostics: [] });

function fakeFetch(status: number, body: string, contentType = 'application/json'): typeof fetch {
  return (async () => new Response(body, { status, headers: { 'content-type': contentType } })) as typeof fetch;
}

describe('loading a timeline', () => {
  it('loads a valid file and counts the invalid events it skipped', async () => {
    const r = await loadTimeline('http://x/timeline.json', { fetch: fakeFetch(200, good) });
    expect(r.ok && r.skipped).toEqual({ events: 1, quotes: 0 });
  });

  it('reports the HTTP status of a failed response', async () => {
    expect(await loadTimeline('http://x/t.json', { fetch: fakeFetch(404, 'nope') })).toEqual({ ok: false, error: { kind: 'http', status: 404, url: '/t.json' } });
    expect(await loadTimeline('http://x/t.json', { fetch: fakeFetch(500, 'err') })).toMatchObject({ error: { kind: 'http', status: 500 } });
  });

  it('tells an HTML page, truncated JSON, a wrong shape and a newer schema apart', () => {
    expect(classifyBody('<!doctype html><html></html>', 'text/html', '/t')).toMatchObject({ error: { kind: 'html' } });
    expect(classifyBody('<html>', 'application/json', '/t')).toMatchObject({ error: { kind: 'html' } });
    expect(classifyBody(good.slice(0, 40), 'application/json', '/t')).toMatchObject({ error: { kind: 'truncated' } });
    expect(classifyBody('hello', 'application/json', '/t')).toMatchObject({ error: { kind: 'not-json' } });
    expect(classifyBody('{"schemaVersion":1}', 'application/json', '/t')).toMatchObject({ error: { kind: 'wrong-shape' } });
    expect(classifyBody('{"schemaVersion":99}', 'application/json', '/t')).toMatchObject({ error: { kind: 'newer-version', found: 99 } });
    expect(classifyBody('[]', 'application/json', '/t')).toMatchObject({ error: { kind: 'wrong-shape' } });
  });

  it('gives up on a stalled response after the timeout', async () => {
    const stalled = ((_: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    expect(await loadTimeline('http://x/t.json', { fetch: stalled, timeoutMs: 20 })).toEqual({ ok: false, error: { kind: 'timeout', seconds: 0 } });
  });

  it('says offline when the network fails and the browser is offline', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await loadTimeline('http://x/t.json', { fetch: failing, online: () => false })).toEqual({ ok: false, error: { kind: 'offline' } });
    expect(await loadTimeline('http://x/t.json', { fetch: failing, online: () => true })).toEqual({ ok: false, error: { kind: 'network' } });
  });

  it('keeps a quote whose event was invalid, unlinked, and reads a bad top-level field as a wrong shape', () => {
    const span = { document: 'd', start: 0, end: 1 };
    const date = { start: '2031-03-14', precision: 'day', basis: 'stated' };
    const event = { id: 'e1', type: 'call', cameo: '040', title: 'A call', relevant: true, date, actors: [], sources: [{ ...span, text: 'x' }], sourceCount: 1 };
    const quote = (id: string, ev: string) => ({ id, speaker: null, text: 'Words', direct: true, date, event: ev, source: span, extra: 'dropped' });
    const file = { schemaVersion: 1, title: 'T', description: '', documents: [], actors: [], story: [], diagnostics: [] };
    const r = classifyBody(JSON.stringify({ ...file, events: [event, { ...event, id: 'e2', sourceCount: 0 }], quotes: [quote('q1', 'e1'), quote('q2', 'e2')] }), null, '/t');
    if (!r.ok) throw new Error('expected the file to load');
    expect(r.skipped).toEqual({ events: 1, quotes: 0 });
    expect(r.timeline.quotes.map((q) => [q.id, q.event])).toEqual([['q1', 'e1'], ['q2', null]]);
    expect(r.timeline.quotes[0]).not.toHaveProperty('extra');
    expect(classifyBody(JSON.stringify({ ...file, title: 3, events: [event], quotes: [] }), null, '/t')).toMatchObject({ error: { kind: 'wrong-shape', detail: expect.stringContaining('title') } });
  });

  it('resolves only same-origin data paths', () => {
    expect(resolveDataUrl(null, 'http://site/app/?x')).toBe('http://site/app/timeline.json');
    expect(resolveDataUrl('more/t2.json', 'http://site/app/')).toBe('http://site/app/more/t2.json');
    expect(resolveDataUrl('https://evil/t.json', 'http://site/app/')).toBeNull();
    expect(resolveDataUrl('//evil/t.json', 'http://site/app/')).toBeNull();
  });
});
