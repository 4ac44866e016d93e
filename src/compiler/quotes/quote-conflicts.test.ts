import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../schema/timeline';
import { quoteKey, quoteSpeakerConflicts } from './quote-conflicts';

const q = (document: string, text: string, speaker: string | null) => ({ document, text, speaker: speaker as ActorId | null, line: 3, column: 1 });

describe('quoteSpeakerConflicts', () => {
  it('warns when two articles give the same words to different speakers', () => {
    const found = quoteSpeakerConflicts([q('b.txt', 'We will never accept it.', 'luis-vega'), q('a.txt', '“We will never accept it,”', 'ana-ruiz')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', rule: 'quote-speaker-conflict', document: 'b.txt', line: 3 });
    expect(found[0]?.message).toContain('ana-ruiz');
  });

  it('is quiet when the speakers agree or one is unknown', () => {
    expect(quoteSpeakerConflicts([q('a.txt', 'Yes.', 'ana-ruiz'), q('b.txt', 'yes', 'ana-ruiz'), q('c.txt', 'Yes', null)])).toEqual([]);
  });

  it('compares NFC and NFD forms as the same words', () => {
    expect(quoteKey('Él dijo')).toBe(quoteKey('E\u0301l dijo'));
    expect(quoteSpeakerConflicts([q('a.txt', 'Él dijo', 'x'), q('b.txt', 'E\u0301l dijo', 'y')])).toHaveLength(1);
  });
});
