import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../i18n';
import { DashboardPane } from './panes/DashboardPane';
import { LessonPane } from './panes/LessonPane';
import { TerminalPane } from './panes/TerminalPane';
import { useAppStore } from './store';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  return (
    <label className="language">
      <span>{t('app.language')}</span>
      <select
        value={locale}
        onChange={(event) => {
          const next = event.target.value as Locale;
          setLocale(next);
          void i18n.changeLanguage(next);
          localStorage.setItem('driftlab.locale', next);
          document.documentElement.lang = next;
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {i18n.getFixedT(l)('app.languageName')}
          </option>
        ))}
      </select>
    </label>
  );
}

export function App() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#terminal-pane">
        {t('app.skipToTerminal')}
      </a>
      <header className="topbar">
        <h1>
          {t('app.title')} <span className="tagline">{t('app.tagline')}</span>
        </h1>
        <LanguageSwitch />
      </header>
      <main className="workbench">
        <section className="pane pane--lesson" aria-labelledby="lesson-title">
          <h2 id="lesson-title" className="pane__title">
            {t('panes.lesson')}
          </h2>
          <LessonPane />
        </section>
        <section
          id="terminal-pane"
          className="pane pane--terminal"
          aria-labelledby="terminal-title"
          tabIndex={-1}
        >
          <h2 id="terminal-title" className="pane__title">
            {t('panes.terminal')}
          </h2>
          <TerminalPane />
        </section>
        <section className="pane pane--dashboard" aria-labelledby="dashboard-title">
          <h2 id="dashboard-title" className="pane__title">
            {t('panes.dashboard')}
          </h2>
          <DashboardPane />
        </section>
      </main>
    </>
  );
}
