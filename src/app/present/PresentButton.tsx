/** Header button: enters the presentation, full screen on this user gesture. */
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';

export function PresentButton() {
  const t = useT();
  const setPresent = useStore((s) => s.setPresent);
  const start = () => {
    if (document.fullscreenEnabled && !document.fullscreenElement) {
      void document.documentElement.requestFullscreen().catch(() => undefined);
    }
    setPresent(true, 1);
  };
  return (
    <button type="button" className="button" onClick={start}>
      {t('presentButton')}
    </button>
  );
}
