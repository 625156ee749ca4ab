import { useTranslation } from 'react-i18next';

/** The hint's id: xterm's input and its stand-in name it as their description (`aria-describedby`). */
export const TERMINAL_KEYS_ID = 'terminal-keys';

/** Under the terminal, in sight: Tab completes, and which keys take the keyboard out of it (`focusExit.ts`). */
export function TerminalKeysHint() {
  const { t } = useTranslation();
  return (
    <p id={TERMINAL_KEYS_ID} className="terminal-keys">
      {t('terminal.keys')}
    </p>
  );
}
