import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createPageI18n } from '../i18n/browser';
import { App } from './App';
import { registerServiceWorker } from './offline/register';
import { loadLesson } from './panes/lessonCache';
import { useAppStore } from './store';
import './styles/app.css';

const locale = useAppStore.getState().locale;
document.documentElement.lang = locale;

// English is a chunk of its own: a learner reading in English waits for it here, so nothing flashes in
// pt-BR. The lesson too (index.html preloads pt-BR's): it is then part of the first paint, not a second
// render and layout right after it. A lesson that fails to load is reported by its pane, which retries.
// Not a top-level await: the chunks import this entry's chunk, which must finish evaluating first.
const lesson = loadLesson(locale).catch(() => undefined);
void Promise.all([createPageI18n(locale), lesson]).then(([i18n]) => {
  const root = document.getElementById('root');
  if (!root) return;
  // A transition: React renders the first screen in slices of a few milliseconds, yielding to the browser
  // between them, instead of one long task that would hold back any input during start-up.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </StrictMode>,
    ),
  );
});

registerServiceWorker();
