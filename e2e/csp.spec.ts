import { dashboard, onHost, openLab, openTab, serverButton } from './support/dashboard';
import { expect, test, typeCommand } from './support/fixtures';
import { serviceWorkerReady } from './support/offline';
import { openInEditor } from './support/workbench';

/**
 * The Content-Security-Policy (index.html, no 'unsafe-eval') holds for a whole session: every
 * `securitypolicyviolation` event and every console line about the policy is recorded from the first script
 * on, and there must be none after the terminal, Monaco (editor and diff, with its worker), the dashboard's
 * views and dialog, the language and theme switches and the service worker have all run.
 */
test('a full session raises no Content-Security-Policy violation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  const consoleCsp: string[] = [];
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) consoleCsp.push(m.text());
  });

  const response = await page.goto('/');
  // Framing is forbidden by a header: a meta CSP cannot carry frame-ancestors.
  expect(response?.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  await openLab(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(await serviceWorkerReady(page)).toMatch(/sw\.js$/);

  await onHost(page, 'web-01', 'sudo cp /etc/hostname /etc/apt/apt.conf.d/20auto-upgrades', 'ls -la /etc');
  await openInEditor(page, 'sudo nano /etc/hostname');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('file-editor')).toBeHidden();

  // The server detail dialog, then Monaco's diff editor from it.
  await serverButton(page, 'web-01').click();
  const detail = page.getByRole('dialog', { name: /Servidor web-01/ });
  await expect(detail.locator('figure.diff')).toContainText('+web-01');
  await detail.getByRole('button', { name: /no editor de diferenças/ }).click();
  await expect(page.locator('.monaco-diff-editor').first()).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(page.locator('.monaco-diff-editor')).toHaveCount(0);
  if (await detail.isVisible()) await detail.getByRole('button', { name: 'Fechar' }).click();

  for (const tab of ['Paridade', 'Linha do tempo', 'Frota']) await openTab(page, tab);
  await page.getByLabel('Tema').selectOption('dark');
  await page.getByLabel('Idioma').selectOption('en');
  await expect(dashboard(page).getByRole('tab', { name: 'Fleet' })).toBeVisible();
  await page.getByLabel('Theme').selectOption('light');
  await typeCommand(page, 'help');

  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect(violations).toEqual([]);
  expect(consoleCsp).toEqual([]);
});
