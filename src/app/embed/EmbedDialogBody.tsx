/** The Embed dialog's contents: snippets with Copy buttons and a live, self-sizing preview. */
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { embedUrlFor, iframeSnippet, scriptSnippet } from './embed-snippet';
import { readResizeMessage } from './embed-message';

export function EmbedDialogBody({ href, onClose }: { href: string; onClose: () => void }) {
  const t = useT();
  const title = useStore((s) => s.timeline?.title ?? '');
  const embedUrl = embedUrlFor(href);
  const previewRef = useRef<HTMLIFrameElement>(null);
  const [previewHeight, setPreviewHeight] = useState(420);
  // The preview sizes itself the way embed.js does: same window, same origin, clamped.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== previewRef.current?.contentWindow || event.origin !== window.location.origin) return;
      const height = readResizeMessage(event.data);
      if (height !== null) setPreviewHeight(height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <div className="embed-dialog-body">
      <div className="embed-dialog-head">
        <h2 id="embed-dialog-title">{t('embedDialogTitle')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {embedUrl === null ? (
        <p>{t('embedUnavailable')}</p>
      ) : (
        <>
          <p>{t('embedIntro')}</p>
          <SnippetField label={t('embedScriptLabel')} value={scriptSnippet(embedUrl, title)} />
          <SnippetField label={t('embedIframeLabel')} value={iframeSnippet(embedUrl, title)} />
          <h3>{t('embedPreview')}</h3>
          <iframe
            ref={previewRef}
            className="embed-dialog-preview"
            src={embedUrl}
            style={{ height: previewHeight }}
            title={t('embedFrameTitle', { title })}
            sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
            allow="fullscreen"
          />
        </>
      )}
    </div>
  );
}

function SnippetField({ label, value }: { label: string; value: string }) {
  const t = useT();
  const id = useId();
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'select'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // No clipboard permission (or an insecure context): select the text instead.
      areaRef.current?.focus();
      areaRef.current?.select();
      setStatus('select');
    }
  };
  return (
    <div className="embed-snippet">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={areaRef} readOnly value={value} rows={value.split('\n').length + 1} spellCheck={false} />
      <div className="embed-snippet-actions">
        <button type="button" className="button" onClick={() => void copy()} aria-describedby={`${id}-status`}>
          {t('copy')}
        </button>
        <span id={`${id}-status`} role="status">
          {status === 'copied' ? t('copied') : status === 'select' ? t('copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
