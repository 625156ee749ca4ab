import { openLab, promptIs } from './support/dashboard';
import { expect, terminalText, test, typeCommand } from './support/fixtures';
import { type Heartbeat, installHeartbeat, readHeartbeat, resetHeartbeat } from './support/heartbeat';

/**
 * Hostile input and output: a 1 MB paste, 100,000 lines of output, control sequences inside files. The page
 * must keep answering and the terminal must not be spoofed. Frame gaps are measured and printed as figures
 * (the machine's load varies); the assertions are about behaviour.
 */
const BASTION = 'aluno@bastion:~$';

function report(name: string, beat: Heartbeat): void {
  test.info().annotations.push({ type: name, description: JSON.stringify(beat) });
  console.log(
    `[robustness] ${name}: longest frame gap ${beat.longestFrameGap} ms, ${beat.slowFrames} frames over 100 ms`,
  );
}

test.beforeEach(async ({ page }) => {
  await installHeartbeat(page);
  await openLab(page);
});

test('a 1 MB paste leaves the page responsive and the terminal usable', async ({ page }) => {
  test.setTimeout(240_000);
  await page.locator('.xterm-helper-textarea').focus();
  await resetHeartbeat(page);
  const started = Date.now();
  await page.evaluate(() => {
    let text = '';
    for (let i = 0; text.length < 1024 * 1024; i++)
      text += `echo pasted-${String(i).padStart(6, '0')} ${'x'.repeat(48)}\n`;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document
      .querySelector('.xterm-helper-textarea')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  // Cut at 64 KiB, at a line break: 963 lines of 68 characters run, one after another, between frames.
  await expect
    .poll(async () => (await terminalText(page)).includes('\npasted-000962 '), { timeout: 180_000 })
    .toBe(true);
  await promptIs(page, BASTION);
  console.log(`[robustness] paste: prompt back after ${Date.now() - started} ms`);
  report('paste 1 MB', await readHeartbeat(page));
  expect(await terminalText(page)).not.toContain('pasted-000963');
  await typeCommand(page, 'echo after-the-paste');
  await promptIs(page, BASTION);
  expect(await terminalText(page)).toContain('\nafter-the-paste\n');
});

test('100,000 lines of output: the page keeps painting and the next command works', async ({ page }) => {
  test.setTimeout(120_000);
  const tens = (from: string, to: string) => `cat ${Array(10).fill(from).join(' ')} > ${to}`;
  for (const line of [
    'echo line > /tmp/a',
    tens('/tmp/a', '/tmp/b'),
    tens('/tmp/b', '/tmp/a'),
    tens('/tmp/a', '/tmp/b'),
    tens('/tmp/b', '/tmp/a'),
    tens('/tmp/a', '/tmp/b'),
    'wc -l /tmp/b',
  ]) {
    await typeCommand(page, line);
    await promptIs(page, BASTION);
  }
  expect(await terminalText(page)).toContain('100000 /tmp/b');
  await resetHeartbeat(page);
  const started = Date.now();
  await typeCommand(page, 'cat /tmp/b');
  await promptIs(page, BASTION);
  // The terminal shows the last 5,000 lines under a notice (unit-tested); the transcript keeps 200.
  await expect(page.getByTestId('transcript')).toContainText('99.800 linhas anteriores');
  console.log(`[robustness] 100,000 lines: prompt back after ${Date.now() - started} ms`);
  report('100,000 lines', await readHeartbeat(page));
  await typeCommand(page, 'echo after-the-flood');
  await promptIs(page, BASTION);
  expect(await terminalText(page)).toContain('\nafter-the-flood\n');
});

test('control sequences in a file are shown, not obeyed: no cleared screen, no new title, no link', async ({
  page,
}) => {
  const title = await page.title();
  await typeCommand(page, 'echo before-the-file');
  // ESC [2J (clear), OSC 0 (title), OSC 8 (hyperlink), CSI cursor moves, BEL, and an 8-bit C1 CSI (U+009B).
  const hostile = String.raw`printf 'A\033[2J\033[HB\033]0;pwned\007C\033]8;;https://evil.example/\033\\link\033]8;;\033\\D\033[5A\033[10CE\007F\233' > /tmp/evil`;
  await typeCommand(page, hostile);
  await promptIs(page, BASTION);
  await typeCommand(page, 'cat /tmp/evil');
  await promptIs(page, BASTION);
  const text = await terminalText(page);
  expect(text).toContain('before-the-file');
  // Rows joined: the escaped line is wider than the terminal and wraps.
  expect(text.replace(/\n/g, '')).toContain(
    'A^[[2J^[[HB^[]0;pwned^GC^[]8;;https://evil.example/^[\\link^[]8;;^[\\D^[[5A^[[10CE^GF',
  );
  expect(await page.title()).toBe(title);
  await expect(page.locator('.xterm-rows a, .xterm-rows [style*="underline"]')).toHaveCount(0);
  await typeCommand(page, 'echo still-here');
  await promptIs(page, BASTION);
  expect(await terminalText(page)).toContain('\nstill-here\n');
});
