import { useEffect, useRef } from 'react';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n/catalogue';

const KEYS: [string[], MessageKey][] = [
  [['←', '→'], 'keyPrevNext'],
  [['Enter'], 'keyOpen'],
  [['Esc'], 'keyClose'],
  [['/'], 'keySearch'],
  [['L'], 'keyList'],
  [['+', '−'], 'keyZoom'],
  [['0'], 'keyFit'],
  [['?'], 'keyHelp'],
];

/** The list of keys, in a modal <dialog> (it traps focus and returns it on close). */
export function KeysDialog() {
  const t = useT();
  const open = useStore((s) => s.keysOpen);
  const setOpen = useStore((s) => s.setKeysOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="keys-dialog" aria-labelledby="keys-title" onClose={() => setOpen(false)}>
      <h2 id="keys-title">{t('keysHeading')}</h2>
      <dl>
        {KEYS.map(([keys, label]) => (
          <div key={label} className="key-row">
            <dt>
              {keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button primary" autoFocus>
          {t('close')}
        </button>
      </form>
    </dialog>
  );
}
