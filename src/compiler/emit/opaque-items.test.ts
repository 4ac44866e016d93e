import { describe, expect, it } from 'vitest';
import { bytesFit, isOpaque, OpaqueItem } from './opaque-items';

const bytes = (item: unknown): Buffer => Buffer.from(JSON.stringify(item), 'utf8');

describe('opaque items', () => {
  it('are known as opaque, and other objects with the same fields are not', () => {
    expect(isOpaque(new OpaqueItem('ev-1', '2031-05-02'))).toBe(true);
    expect(isOpaque({ id: 'ev-1', date: { start: '2031-05-02' } })).toBe(false);
  });

  it('fit the last bytes of the item with their id whose date starts with their start', () => {
    const event = { id: 'ev-1', type: 'call', title: 'A call, "dated" ,"date":{"start":"1999-01-01"}', date: { start: '2031-05-02', precision: 'day' }, actors: [] };
    expect(bytesFit(bytes(event), new OpaqueItem('ev-1', '2031-05-02'))).toBe(true);
    expect(bytesFit(bytes(event), new OpaqueItem('ev-1', '2031-05-03'))).toBe(false);
    expect(bytesFit(bytes(event), new OpaqueItem('ev-1', '2031-05'))).toBe(false);
    expect(bytesFit(bytes(event), new OpaqueItem('ev-2', '2031-05-02'))).toBe(false);
    const undated = { id: 'q-1', speaker: null, text: 'words', direct: true, date: { start: null, precision: 'unknown' } };
    expect(bytesFit(bytes(undated), new OpaqueItem('q-1', null))).toBe(true);
    expect(bytesFit(bytes(undated), new OpaqueItem('q-1', '2031-05-02'))).toBe(false);
    expect(bytesFit(bytes(undated).subarray(0, 40), new OpaqueItem('q-1', null))).toBe(false);
  });
});
