// First: no eval (see zod-jitless.ts), before any schema module is evaluated.
import './app/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/shell/ErrorBoundary';
import { readUrlIntoStore } from './app/url/url-sync';
import { loadBeforeFirstRender } from './app/data/use-timeline-loader';
import './app/theme.css';
import './app/text-containment.css';

/** How long the first render waits for a file already on its way (see loadBeforeFirstRender). */
const FIRST_RENDER_WAIT_MS = 100;

function render(): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

// The URL is read before the first render, so the first fetch already uses `?data=`.
readUrlIntoStore();
void loadBeforeFirstRender(FIRST_RENDER_WAIT_MS).then(render, render);
