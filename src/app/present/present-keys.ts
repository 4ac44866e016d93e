/**
 * Presentation keys as a pure reducer, so a clicker journey can be tested without
 * a browser. Clickers send PageDown/PageUp (and often "." or B to blank).
 */
export interface PresentState {
  /** 0-based stop index. */
  index: number;
  count: number;
  /** Digits typed so far for "number then Enter". */
  typed: string;
  blank: boolean;
}

export type PresentAction = { kind: 'state'; state: PresentState } | { kind: 'exit' } | { kind: 'ignore' };

const NEXT = new Set(['ArrowRight', ' ', 'Spacebar', 'PageDown', 'ArrowDown']);
const PREV = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);

function go(state: PresentState, index: number): PresentAction {
  const clamped = Math.max(0, Math.min(state.count - 1, index));
  return { kind: 'state', state: { ...state, index: clamped, typed: '', blank: false } };
}

export function presentKey(state: PresentState, key: string): PresentAction {
  if (key === 'Escape') return { kind: 'exit' };
  if (key === 'b' || key === 'B' || key === '.') {
    return { kind: 'state', state: { ...state, blank: !state.blank, typed: '' } };
  }
  if (state.count === 0) return { kind: 'ignore' };
  if (/^[0-9]$/.test(key)) {
    return { kind: 'state', state: { ...state, typed: (state.typed + key).slice(-4) } };
  }
  if (key === 'Backspace' && state.typed) {
    return { kind: 'state', state: { ...state, typed: state.typed.slice(0, -1) } };
  }
  if (key === 'Enter') {
    if (!state.typed) return { kind: 'ignore' };
    const n = Number(state.typed);
    if (n < 1 || n > state.count) return { kind: 'state', state: { ...state, typed: '' } };
    return go(state, n - 1);
  }
  if (NEXT.has(key)) return go(state, state.index + 1);
  if (PREV.has(key)) return go(state, state.index - 1);
  if (key === 'Home') return go(state, 0);
  if (key === 'End') return go(state, state.count - 1);
  return { kind: 'ignore' };
}

/** The 1-based `stop` URL param to a valid 0-based index. */
export function stopIndex(param: number | null | undefined, count: number): number {
  if (param === null || param === undefined || !Number.isInteger(param)) return 0;
  return Math.max(0, Math.min(count - 1, param - 1));
}
