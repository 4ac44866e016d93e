/** Full screen from inside the embed (or presentation), where the host allows it. */
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';

export function FullscreenButton({ className }: { className?: string }) {
  const t = useT();
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!document.fullscreenEnabled) return null;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  return (
    <button type="button" className={className ?? 'embed-fullscreen'} onClick={toggle} aria-pressed={active}>
      {active ? t('exitFullscreen') : t('fullscreen')}
    </button>
  );
}
