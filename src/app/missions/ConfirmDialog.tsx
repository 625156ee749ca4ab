import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';
import { isShown } from './focusMission';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /**
   * Once closed, when what opened it cannot take the focus back (it went away, or sits in a tab the answer
   * hid): where the keyboard goes instead. Without it the focus would fall to the page's body.
   */
  onFocusLost?(): void;
}

/**
 * A modal question (the browser's own <dialog>: focus stays inside, Escape cancels, and focus goes back to
 * what opened it, or to `onFocusLost`'s choice when that is no longer shown). The safe answer comes first,
 * so it is the one focused when the dialog opens.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  onFocusLost,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const textId = useId();
  // A layout effect: the dialog is closed before any passive effect of the same answer moves the focus (a
  // mission's title taking it), which would fail while the modal dialog still made the page inert.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      if (!isShown(opener.current)) onFocusLost?.();
      opener.current = null;
    }
  }, [open, onFocusLost]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div id={textId}>{children}</div>
      <div className="confirm-dialog__buttons">
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
