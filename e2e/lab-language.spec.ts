import { dashboard, onHost, openLab } from './support/dashboard';
import { expect, terminalText, test, typeCommand, waitForPrompt } from './support/fixtures';

const BASTION = 'aluno@bastion:~$';

/** Clears the screen, runs `line` and returns what the terminal shows once the prompt is back. */
async function shown(page: Parameters<typeof typeCommand>[0], line: string): Promise<string> {
  await typeCommand(page, 'clear');
  await waitForPrompt(page, BASTION);
  await typeCommand(page, line);
  await waitForPrompt(page, BASTION);
  return terminalText(page);
}

test.beforeEach(async ({ page }) => {
  await openLab(page);
});

test("the lab's own commands speak the learner's language; the real tools stay in English", async ({
  page,
}) => {
  await onHost(page, 'web-01', "sudo sed -i 's/timeout = 30/timeout = 90/' /etc/loja/loja.ini");
  await typeCommand(page, 'exit');
  await waitForPrompt(page, BASTION);

  expect(await shown(page, 'help')).toMatch(/O laboratório\n\s+drift\s+compara os servidores/);
  expect(await shown(page, 'exit')).toContain('Este é o primeiro shell do laboratório');
  const drift = await shown(page, 'drift');
  expect(drift).toMatch(/SERVIDOR\s+RECURSO\s+ESTADO/);
  expect(drift).toMatch(/Encontrado 1 recurso com desvio em 1 de 8 servidores\./);
  // xterm wraps the long line at its width: only its start is matched.
  expect(await shown(page, 'undo')).toMatch(/undo: 1 passo para trás \(a última mudança: web-01:/);
  // undo went back past the commands that only read, to before the sed; redo brings the sed back.
  await expect(dashboard(page).locator('[data-count="drifted"]')).toHaveAttribute('data-value', '0');
  // Straight after (any command, even one that only reads, starts a new future, as in an editor).
  await typeCommand(page, 'redo');
  await waitForPrompt(page, BASTION);
  expect(await terminalText(page)).toContain('redo: 1 passo à frente');
  await expect(dashboard(page).locator('[data-count="drifted"]')).toHaveAttribute('data-value', '1');
  expect(await shown(page, 'cat /nope')).toContain('cat: /nope: No such file or directory');

  await page.getByLabel('Idioma').selectOption('en');
  await expect(dashboard(page).getByRole('tab', { name: 'Fleet' })).toBeVisible();
  expect(await shown(page, 'help')).toMatch(/The lab\n\s+drift\s+compare servers/);
  expect(await shown(page, 'exit')).toContain('This is the lab’s first shell');
  const english = await shown(page, 'drift');
  expect(english).toMatch(/HOST\s+RESOURCE\s+STATUS/);
  expect(english).toMatch(/Found 1 drifted resource on 1 of 8 servers\./);
  expect(await shown(page, 'undo')).toMatch(/undo: 1 step \(the last change: web-01:/);
  await typeCommand(page, 'redo');
  await waitForPrompt(page, BASTION);
  expect(await terminalText(page)).toContain('redo: 1 step');
});
