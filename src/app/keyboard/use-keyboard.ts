/**
 * App-wide keys. A key is ignored while the reader types in a field, and when a
 * component (the chart, a dialog) already handled it with preventDefault.
 */
import { useEffect } from 'react';
import { useStore } from '../store/store';
import { selectTimeOrder, selectVisible } from '../store/select-visible';
import { dataExtent, zoomRange } from './zoom-range';

const SEARCH_ID = 'search';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

function isActivatable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest('button, a[href], [role="button"], summary, [role="link"]') !== null;
}

export function useKeyboard(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const s = useStore.getState();
      if (s.status !== 'ready') return;
      if (e.key === 'Escape') {
        if (s.keysOpen) s.setKeysOpen(false);
        else if (s.openId !== null) s.openItem(null);
        else return;
        e.preventDefault();
        return;
      }
      if (isTyping(e.target) || s.keysOpen) return;
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowLeft': {
          const order = selectTimeOrder(s);
          if (order.length === 0) return;
          const at = order.findIndex((i) => i.id === s.selectedId);
          const next =
            at < 0 ? (e.key === 'ArrowRight' ? 0 : order.length - 1) : Math.max(0, Math.min(order.length - 1, at + (e.key === 'ArrowRight' ? 1 : -1)));
          const id = order[next]?.id ?? null;
          if (s.openId !== null && id !== null) s.openItem(id);
          else s.select(id);
          break;
        }
        case 'Enter':
          if (isActivatable(e.target) || s.selectedId === null) return;
          s.openItem(s.selectedId);
          break;
        case '/':
          document.getElementById(SEARCH_ID)?.focus();
          break;
        case '?':
          s.setKeysOpen(true);
          break;
        case 'l':
        case 'L':
          s.setView(s.view === 'list' ? 'timeline' : 'list');
          break;
        case '+':
        case '=':
        case '-':
        case '_': {
          if (s.view !== 'timeline') return;
          const current = s.range ?? dataExtent(selectVisible(s));
          if (!current) return;
          s.setRange(zoomRange(current, e.key === '+' || e.key === '=' ? 0.5 : 2));
          break;
        }
        case '0':
          if (s.view !== 'timeline') return;
          s.setRange(null);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
