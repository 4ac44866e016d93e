import { useT } from '../i18n/use-t';

/** The Suspense fallback while a lazily loaded part of the app (a dialog, a view) arrives. */
export function PartLoading() {
  const t = useT();
  return (
    <p className="part-loading" role="status">
      {t('loadingPart')}
    </p>
  );
}
