/** Gives the keyboard back to the terminal: xterm's input when it has loaded, else its light stand-in. */
export function focusTerminal(): void {
  const target = document.querySelector<HTMLElement>(
    '#terminal-pane .xterm-helper-textarea, #terminal-pane .terminal-placeholder',
  );
  target?.focus();
}
