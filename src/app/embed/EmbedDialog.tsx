/**
 * "Embed" button and dialog: the snippet for the current view (the URL's filters,
 * range, selection, language and theme, plus `embed`), in the self-sizing form and
 * as a plain iframe, with a live preview and Copy buttons. A native <dialog> opened
 * with showModal() traps focus and closes on Esc.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { PartLoading } from '../ui/PartLoading';
import './embed-dialog.css';

// The dialog's contents are their own chunk, fetched the first time it opens.
const EmbedDialogBody = lazy(() => import('./EmbedDialogBody').then((m) => ({ default: m.EmbedDialogBody })));

export function EmbedButton() {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [href, setHref] = useState<string | null>(null);
  const open = () => {
    setHref(window.location.href);
    dialogRef.current?.showModal();
  };
  const close = () => dialogRef.current?.close();
  return (
    <>
      <button type="button" className="button" onClick={open} aria-haspopup="dialog">
        {t('embedButton')}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby="embed-dialog-title" onClose={() => setHref(null)}>
        {href !== null && (
          <Suspense fallback={<PartLoading />}>
            <EmbedDialogBody href={href} onClose={close} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
