import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { focusTerminal } from '../terminal/focusTerminal';

/** Straight to the terminal, showing its tab first in the narrow layout. */
export function SkipLink() {
  const { t } = useTranslation();
  const setNarrowTab = useAppStore((s) => s.setNarrowTab);
  return (
    // biome-ignore lint/a11y/useValidAnchor: a real link to the pane (it works without script); the click also shows the terminal's tab in the narrow layout and puts the keyboard in the terminal
    <a
      className="skip-link"
      href="#terminal-pane"
      onClick={(event) => {
        event.preventDefault();
        setNarrowTab('terminal');
        requestAnimationFrame(() => focusTerminal());
      }}
    >
      {t('app.skipToTerminal')}
    </a>
  );
}
