import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createPageI18n } from '../i18n/browser';
import { App } from './App';
import { registerServiceWorker } from './offline/register';
import { useAppStore } from './store';
import './styles/app.css';

const locale = useAppStore.getState().locale;
document.documentElement.lang = locale;

// English is a chunk of its own: a learner reading in English waits for it here, so nothing flashes in
// pt-BR. Not a top-level await: the chunk imports this entry's chunk, which must finish evaluating first.
void createPageI18n(locale).then((i18n) => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
});

registerServiceWorker();
