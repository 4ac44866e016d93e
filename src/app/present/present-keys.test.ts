import { describe, expect, it } from 'vitest';
import { presentKey, stopIndex, type PresentState } from './present-keys';

const start: PresentState = { index: 0, count: 8, typed: '', blank: false };

function press(state: PresentState, ...keys: string[]): PresentState {
  return keys.reduce((s, key) => {
    const action = presentKey(s, key);
    return action.kind === 'state' ? action.state : s;
  }, state);
}

describe('presentation keys', () => {
  it('follows a clicker: PageDown three times, PageUp, End', () => {
    expect(press(start, 'PageDown', 'PageDown', 'PageDown').index).toBe(3);
    expect(press(start, 'PageDown', 'PageDown', 'PageDown', 'PageUp').index).toBe(2);
    expect(press(start, 'PageDown', 'End').index).toBe(7);
  });

  it('moves with arrows and Space and stays within the story', () => {
    expect(press(start, 'ArrowLeft').index).toBe(0);
    expect(press(start, ' ', 'ArrowRight').index).toBe(2);
    expect(press({ ...start, index: 7 }, 'PageDown').index).toBe(7);
    expect(press({ ...start, index: 5 }, 'Home').index).toBe(0);
  });

  it('jumps to a typed stop number on Enter', () => {
    expect(press(start, '5', 'Enter').index).toBe(4);
    expect(press(start, '1', '2', 'Enter').index).toBe(0);
    expect(press(start, '1', '2', 'Enter').typed).toBe('');
  });

  it('toggles a blank screen with B, and moving shows the screen again', () => {
    expect(press(start, 'b').blank).toBe(true);
    expect(press(start, 'b', 'B').blank).toBe(false);
    expect(press(start, 'b', 'PageDown').blank).toBe(false);
  });

  it('leaves on Escape and ignores unrelated keys', () => {
    expect(presentKey(start, 'Escape').kind).toBe('exit');
    expect(presentKey(start, 'x').kind).toBe('ignore');
  });

  it('reads the 1-based stop param safely', () => {
    expect(stopIndex(3, 8)).toBe(2);
    expect(stopIndex(99, 8)).toBe(7);
    expect(stopIndex(-1, 8)).toBe(0);
    expect(stopIndex(null, 8)).toBe(0);
    expect(stopIndex(2.5, 8)).toBe(0);
  });
});
