/**
 * Tells the host page how tall the embed's content is, whenever that changes
 * (ResizeObserver), and again on resize or when the frame becomes visible (an
 * iframe created inside a hidden container lays out only when shown).
 *
 * targetOrigin is '*': the message carries only a number, the height of a public
 * page whose URL the host itself chose, so there is nothing to leak to whoever the
 * parent is; and the host's origin cannot be known reliably (the app sends no
 * referrer, and hosts may strip theirs). The app never listens for messages, so a
 * hostile host can post whatever it likes: nothing here reads it.
 */
import { useEffect, type RefObject } from 'react';
import { resizeMessage } from './embed-message';

export function usePostHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    let last = -1;
    const post = (force: boolean) => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height <= 0 || (!force && height === last)) return;
      last = height;
      window.parent.postMessage(resizeMessage(height), '*');
    };
    const onChange = () => post(false);
    const onShow = () => post(true);
    const observer = new ResizeObserver(onChange);
    observer.observe(el);
    window.addEventListener('resize', onShow);
    window.addEventListener('pageshow', onShow);
    document.addEventListener('visibilitychange', onShow);
    post(true);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', onShow);
      window.removeEventListener('pageshow', onShow);
      document.removeEventListener('visibilitychange', onShow);
    };
  }, [ref]);
}
