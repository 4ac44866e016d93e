import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n/translate';
import { useStore } from '../store/store';

interface State {
  failed: boolean;
}

/** The last line against a blank page: a render error shows a message and a reload button. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Cronología crashed while rendering', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const lang = useStore.getState().lang;
    return (
      <main className="status-screen" role="alert">
        <h1>{translate(lang, 'errorTitle')}</h1>
        <p>{translate(lang, 'errorCrash')}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {translate(lang, 'reload')}
        </button>
      </main>
    );
  }
}
