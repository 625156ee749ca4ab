import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** The full sentence's id: xterm's input and its stand-in name it as their description (`aria-describedby`). */
export const TERMINAL_KEYS_ID = 'terminal-keys';

/**
 * Beside the terminal's title, in sight: Tab completes, and which keys take the keyboard out (`focusExit.ts`).
 * Short on screen, a full sentence for screen readers. Not while the file editor covers the terminal: its
 * toolbar says how its own keys work.
 */
export function TerminalKeysHint() {
  const { t } = useTranslation();
  const editing = useAppStore((s) => s.editorSession !== null);
  if (editing) return null;
  return (
    <p className="terminal-keys">
      <span aria-hidden="true">{t('terminal.keys')}</span>
      <span id={TERMINAL_KEYS_ID} className="visually-hidden">
        {t('terminal.keysHelp')}
      </span>
    </p>
  );
}
