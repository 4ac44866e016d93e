import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';

/** Things the reader should know but that do not stop the page: ignored parameters, skipped items. */
export function Notices() {
  const t = useT();
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  return (
    <section className="notices" aria-label={t('notices')} aria-live="polite">
      {notices.length > 0 ? (
        <ul>
          {notices.map((n) => (
            <li key={n.id} className="notice">
              <span>{t(n.key, n.vars)}</span>
              <button type="button" className="button small" onClick={() => dismiss(n.id)} aria-label={`${t('dismiss')}: ${t(n.key, n.vars)}`}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
