import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { useStore } from '../store/store';
import { errorMessage } from './error-message';
import type { LoadError } from './load-timeline';

/** Shown instead of the timeline when it cannot be loaded: says what is wrong and offers a retry. */
export function ErrorScreen({ error }: { error: LoadError }) {
  const t = useT();
  const retry = useStore((s) => s.retryLoad);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const canRetry = error.kind === 'timeout' || error.kind === 'offline' || error.kind === 'network' || error.kind === 'http';
  return (
    <section className="status-screen" role="alert" aria-labelledby="error-title">
      <h2 id="error-title" ref={heading} tabIndex={-1}>
        {t('errorTitle')}
      </h2>
      <p>{errorMessage(error, t)}</p>
      {canRetry ? (
        <button type="button" className="button primary" onClick={retry}>
          {t('retry')}
        </button>
      ) : null}
    </section>
  );
}

export function LoadingScreen() {
  const t = useT();
  return (
    <section className="status-screen" aria-busy="true">
      <p role="status">{t('loading')}</p>
    </section>
  );
}

export function EmptyState() {
  const t = useT();
  return (
    <section className="status-screen">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyBody')}</p>
    </section>
  );
}
