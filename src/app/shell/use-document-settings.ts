import { useEffect } from 'react';
import { useStore } from '../store/store';

/** Mirrors language and theme onto <html>, so CSS and assistive tech follow them. */
export function useDocumentSettings(): void {
  const lang = useStore((s) => s.lang);
  const theme = useStore((s) => s.theme);
  const title = useStore((s) => s.timeline?.title ?? null);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    if (theme === null) delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  useEffect(() => {
    document.title = title ? `${title} · Cronología` : 'Cronología';
  }, [title]);
}
