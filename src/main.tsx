// First: no eval (see zod-jitless.ts), before any schema module is evaluated.
import './app/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/shell/ErrorBoundary';
import { readUrlIntoStore } from './app/url/url-sync';
import './app/theme.css';
import './app/text-containment.css';

// The URL is read before the first render, so the first fetch already uses `?data=`.
readUrlIntoStore();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
