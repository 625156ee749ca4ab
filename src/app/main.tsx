import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createPageI18n } from '../i18n/browser';
import { App } from './App';
import { registerServiceWorker } from './offline/register';
import { useAppStore } from './store';
import './styles/app.css';

const locale = useAppStore.getState().locale;
// English is a chunk of its own: a learner reading in English waits for it here, so nothing flashes in pt-BR.
const i18n = await createPageI18n(locale);
document.documentElement.lang = locale;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

registerServiceWorker();
