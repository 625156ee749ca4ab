import { reachTerminal, sendTerminalKeys, typeIntoTerminal } from '../../terminal/terminalInput';

/** Keys that leave the terminal at an empty line: cancel a search (^G), go to the end (^E), kill the line (^U). */
const CLEAR_LINE = '\x07\x05\x15';

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * Types `line` into the terminal one character every `charMs`, then Enter, so a class watches it being
 * typed. Aborting stops typing mid-line and clears what was typed (the command does not run). Without a
 * mounted terminal the line runs through `fallback` at once. Resolves to whether the command ran.
 */
export async function typeLine(
  line: string,
  charMs: number,
  signal: AbortSignal,
  fallback: (line: string) => void,
): Promise<boolean> {
  await reachTerminal();
  if (signal.aborted) return false;
  if (!sendTerminalKeys(CLEAR_LINE)) {
    typeIntoTerminal(line, fallback);
    return true;
  }
  for (const char of line) {
    if (signal.aborted) break;
    sendTerminalKeys(char);
    await wait(charMs, signal);
  }
  if (signal.aborted) {
    sendTerminalKeys(CLEAR_LINE);
    return false;
  }
  sendTerminalKeys('\r');
  return true;
}
