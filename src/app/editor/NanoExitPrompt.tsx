import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface NanoExitPromptProps {
  onSave(): void;
  onDiscard(): void;
  /** Back to the text, as Ctrl+C does in nano. */
  onResume(): void;
}

/**
 * nano's question on Ctrl+X over a modified buffer: save it (Y, or S in Portuguese), discard it (N), or go
 * back to editing (Ctrl+C, or Esc). Answered by a key as in nano, or by its buttons.
 */
export function NanoExitPrompt({ onSave, onDiscard, onResume }: NanoExitPromptProps) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <fieldset
      className="editor__ask"
      onKeyDown={(event) => {
        const key = event.key.toLowerCase();
        const answer =
          key === 'y' || key === 's'
            ? onSave
            : key === 'n'
              ? onDiscard
              : key === 'escape' || (event.ctrlKey && key === 'c')
                ? onResume
                : null;
        if (!answer) return;
        event.preventDefault();
        event.stopPropagation(); // Esc here answers the question; it does not cancel the editor
        answer();
      }}
    >
      <legend>{t('editor.nanoExit.question')}</legend>
      <button ref={first} type="button" className="button button--primary" onClick={onSave}>
        {t('editor.nanoExit.save')}
      </button>
      <button type="button" className="button" onClick={onDiscard}>
        {t('editor.nanoExit.discard')}
      </button>
      <button type="button" className="button" onClick={onResume}>
        {t('editor.nanoExit.resume')}
      </button>
    </fieldset>
  );
}
