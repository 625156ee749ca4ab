import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createPageI18n } from '../i18n/browser';
import { App } from './App';
import { NARROW_QUERY } from './layout/useMediaQuery';
import { loadWideLayout } from './layout/wideLayoutChunk';
import { registerServiceWorker } from './offline/register';
import { loadLesson } from './panes/lessonCache';
import { useAppStore } from './store';
import './styles/app.css';

const locale = useAppStore.getState().locale;
document.documentElement.lang = locale;

// English is a chunk of its own: a learner reading in English waits for it here, so nothing flashes in
// pt-BR. On a wide window the lesson and the side-by-side layout come too (index.html preloads pt-BR's
// lesson): the lesson is then part of the first paint, not a second render and layout right after it. A
// phone's first screen shows one tab (the terminal, unless the learner left it on the lesson); a hidden
// lesson tab loads its lesson after the first paint. A
// lesson that fails to load is reported by its pane, which retries; a layout chunk that fails, by the
// Workbench's own lazy load.
// Not a top-level await: the chunks import this entry's chunk, which must finish evaluating first.
const wide = !matchMedia(NARROW_QUERY).matches;
const lessonShown = wide || useAppStore.getState().narrowTab === 'lesson';
const lesson = lessonShown ? loadLesson(locale).catch(() => undefined) : undefined;
const layout = wide ? loadWideLayout().catch(() => undefined) : undefined;
// A saved session is read back asynchronously (its validation is a chunk a first visit never loads): the
// first render shows it, not the fresh lab it replaces.
const restored = new Promise<void>((resolve) => {
  if (useAppStore.persist.hasHydrated()) resolve();
  else useAppStore.persist.onFinishHydration(() => resolve());
});
void Promise.all([createPageI18n(locale), lesson, layout, restored]).then(([i18n]) => {
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
