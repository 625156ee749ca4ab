import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { frotaWorld, parityMatrix } from '../../core';
import { initI18n, type Locale } from '../../i18n';
import { viewOf } from '../store/selectors';
import { afterCommands } from '../store/testkit';
import { DeploymentCard } from './deployments/DeploymentCard';
import { deploymentsOf } from './deployments/deploymentsModel';
import { FileDiff } from './detail/FileDiff';
import { ParityTable } from './parity/ParityTable';
import { scenarioIdOf } from './ScenarioPicker';
import { ServerRow } from './ServerRow';

function html(node: ReactNode, locale: Locale = 'en'): string {
  return renderToStaticMarkup(<I18nextProvider i18n={initI18n(locale)}>{node}</I18nextProvider>);
}

const base = frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) });
const broken = afterCommands(base, 'ssh web-01', 'sudo systemctl stop nginx');

describe('dashboard rendering', () => {
  it('names a server button by hostname and state, in both languages, with the reason shown', () => {
    const view = viewOf(broken, 'web-01');
    if (!view) throw new Error('fixture');
    const en = html(<ServerRow view={view} changed={null} onOpen={() => {}} />);
    expect(en).toContain('<button type="button"');
    expect(en).toContain('aria-label="web-01: broken"');
    expect(en).toContain('data-state="broken"');
    expect(en).toContain('✖');
    expect(en).toContain('service nginx is stopped');
    expect(en).toContain('release 2.3.0');
    const pt = html(<ServerRow view={view} changed="a" onOpen={() => {}} />, 'pt-BR');
    expect(pt).toContain('aria-label="web-01: com falha"');
    expect(pt).toContain('server-row--changed-a');
  });

  it('draws the parity heatmap as a table with row and column headers and marked cells', () => {
    const world = afterCommands(base, 'ssh web-02', 'sudo cp /etc/hostname /etc/loja/loja.ini');
    const matrix = parityMatrix(world, { role: 'web' });
    const out = html(<ParityTable columns={matrix.columns} rows={matrix.rows} caption="Parity" />);
    expect(out).toContain('<caption>Parity</caption>');
    expect(out).toContain('<th scope="col"><span class="parity__host">web-02</span>');
    expect(out).toContain('<th scope="row">loja.ini:server.bind');
    expect(out).toContain('data-mark="both"');
    expect(out).toContain('(differs from desired: 127.0.0.1:8000)');
    expect(out).toContain('(differs from peers)');
  });

  it('shows a file diff as text with added and removed lines said in words', () => {
    const out = html(<FileDiff diff={'--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n'} label="Diff of a" />);
    expect(out).toContain('<figcaption>Diff of a</figcaption>');
    expect(out).toContain('diff__line--del"><span class="visually-hidden">removed line: </span>-old');
    expect(out).toContain('diff__line--add"><span class="visually-hidden">added line: </span>+new');
  });

  it('shows a degraded deployment with the backend down and what a visitor sees, never raw HTML', () => {
    const prod = deploymentsOf(broken)[0];
    if (!prod) throw new Error('fixture');
    const out = html(<DeploymentCard deployment={prod} />);
    expect(out).toContain('data-status="degraded"');
    expect(out).toContain('▲</span> degraded');
    expect(out).toContain('HTTP/1.1 200 OK');
    expect(out).toContain('Loja — Início');
    expect(out).toContain('data-backend="web-01"');
    expect(out).not.toContain('<main>');
    expect(out).toContain('&lt;main&gt;');
  });

  it('knows which scenario a world came from', () => {
    expect(scenarioIdOf({ scenario: 'frota' })).toBe('frota');
    expect(scenarioIdOf({ scenario: 'frota-grande-1000' })).toBe('frota-grande');
    expect(scenarioIdOf({ scenario: 'other' })).toBeUndefined();
  });
});
