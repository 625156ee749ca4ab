import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../i18n';
import { App } from './App';
import { registerServiceWorker } from './offline/register';
import { useAppStore } from './store';
import './styles/app.css';

const locale = useAppStore.getState().locale;
const i18n = initI18n(locale);
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
