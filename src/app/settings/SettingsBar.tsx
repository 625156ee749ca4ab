import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLocale } from '../../i18n/browser';
import { LANGUAGE_NAMES, LOCALES, type Locale } from '../../i18n/locales';
import { LearnerFilesToggle } from '../grading/LearnerFilesToggle';
import { InstructorToggle } from '../instructor/InstructorPanel';
import { useAppStore } from '../store';
import type { ThemeChoice } from '../store/settings';

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  return (
    <label className="setting">
      <span>{t('app.language')}</span>
      <select
        value={locale}
        onChange={(event) => {
          const next = event.target.value as Locale;
          setLocale(next);
          void switchLocale(i18n, next);
          try {
            localStorage.setItem('driftlab.locale', next);
          } catch {
            // Storage refused: the language still changes for this visit.
          }
          document.documentElement.lang = next;
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function ThemeSelect() {
  const { t } = useTranslation();
  const theme = useAppStore((s) => s.settings.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <label className="setting">
      <span>{t('settings.theme')}</span>
      <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
        {THEMES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`settings.themes.${choice}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function PresenterToggle() {
  const { t } = useTranslation();
  const presenter = useAppStore((s) => s.settings.presenter);
  const setPresenter = useAppStore((s) => s.setPresenter);
  return (
    <button
      type="button"
      className="setting setting--toggle"
      aria-pressed={presenter}
      onClick={() => setPresenter(!presenter)}
    >
      <span aria-hidden="true">{presenter ? '▣ ' : '□ '}</span>
      {t('settings.presenter')}
    </button>
  );
}

function ScreenReaderToggle() {
  const { t } = useTranslation();
  const on = useAppStore((s) => s.settings.screenReaderMode);
  const setOn = useAppStore((s) => s.setScreenReaderMode);
  const hint = useId();
  return (
    <label className="setting setting--check">
      <input
        type="checkbox"
        checked={on}
        aria-describedby={hint}
        onChange={(event) => setOn(event.target.checked)}
      />
      <span>{t('settings.screenReader')}</span>
      <span id={hint} className="visually-hidden">
        {t('settings.screenReaderHint')}
      </span>
    </label>
  );
}

/**
 * The top bar's settings: language, theme, presenter mode, the terminal's screen reader mode, the learner's
 * files (session log and progress; its button also starts the session recorder), and the button that opens
 * the instructor panel.
 */
/** The top bar's controls; `folded` hides them on a phone (the style sheet decides), until asked for. */
export function SettingsBar({ id, folded }: { id?: string; folded?: boolean }) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of independent controls, not a form to submit
    <div
      id={id}
      className={folded ? 'settings settings--folded' : 'settings'}
      role="group"
      aria-label={t('settings.label')}
    >
      <LanguageSwitch />
      <ThemeSelect />
      <PresenterToggle />
      <ScreenReaderToggle />
      <LearnerFilesToggle />
      <InstructorToggle />
    </div>
  );
}
