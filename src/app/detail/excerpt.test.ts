import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  const text = 'First sentence here. The cited words sit in this sentence. After that, more.\nNext paragraph.';
  it('shows the cited words within their sentence', () => {
    const start = text.indexOf('cited words');
    const ex = excerpt(text, start, start + 'cited words'.length);
    expect(ex.before).toBe('The ');
    expect(ex.cited).toBe('cited words');
    expect(ex.after).toBe(' sit in this sentence.');
  });

  it('never reads outside the text', () => {
    const ex = excerpt('short', 3, 99);
    expect(ex.cited).toBe('rt');
    expect(ex.after).toBe('');
  });
});
