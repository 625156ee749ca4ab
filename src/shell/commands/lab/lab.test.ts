import { describe, expect, it } from 'vitest';
import { frotaWorld, serverDrift } from '../../../core';
import { createShell, execute } from '../../execute';
import { createRegistry } from '../../registry';
import type { ShellState } from '../../types';

const registry = createRegistry();
// The lab's own commands speak the learner's language: pt-BR by default, English when the app says so.
const portuguese = createShell(frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }));
const start: ShellState = { ...portuguese, locale: 'en' };

function run(state: ShellState, ...lines: string[]) {
  let current = state;
  let last = execute(current, registry, '');
  for (const line of lines) {
    last = execute(current, registry, line);
    current = last.state;
  }
  return last;
}

const HOTFIX = ['ssh web-02', "sudo sed -i 's/timeout = 30/timeout = 120/' /etc/loja/loja.ini", 'exit'];

describe('drift', () => {
  it('reports a fresh fleet in sync with exit 0', () => {
    const clean = run(start, 'drift');
    expect(clean.exitCode).toBe(0);
    expect(clean.output).toMatch(/Found 0 drifted resources on 0 of 8 servers\. Fleet coverage: 100%/);
    expect(run(portuguese, 'drift').output).toMatch(
      /Encontrados 0 recursos com desvio em 0 de 8 servidores\. Cobertura da frota: 100%/,
    );
  });

  it('says the table and its summary in pt-BR, keeping the industry status words', () => {
    const drifted = run(portuguese, ...HOTFIX, 'drift');
    expect(drifted.output).toMatch(/^SERVIDOR\s+RECURSO\s+ESTADO/);
    expect(drifted.output).toContain('ESPERADO → ATUAL');
    expect(drifted.output).toMatch(/web-02\s+file:\/etc\/loja\/loja\.ini\s+MODIFIED/);
    expect(drifted.output).toMatch(/Encontrado 1 recurso com desvio em 1 de 8 servidores\./);
    expect(drifted.output).not.toMatch(/Found|drifted|HOST/);
    expect(run(start, ...HOTFIX, 'drift').output).toMatch(/Found 1 drifted resource on 1 of 8 servers\./);
  });

  it('shows a hotfix as MODIFIED with its properties, a diff on request, and exit 2', () => {
    const drifted = run(start, ...HOTFIX, 'drift --diff');
    expect(drifted.exitCode).toBe(2);
    expect(drifted.output).toMatch(
      /web-02\s+file:\/etc\/loja\/loja\.ini\s+MODIFIED\s+content: 15 lines #\w+ → 15 lines #\w+/,
    );
    expect(drifted.output).toContain('-timeout = 30');
    expect(drifted.output).toContain('+timeout = 120');
  });

  it('prints the same drift as Terraform, Ansible, Puppet and InSpec would', () => {
    const state = run(start, ...HOTFIX).state;
    expect(run(state, 'drift --format terraform').output).toContain(
      'Plan: 0 to add, 1 to change, 0 to destroy.',
    );
    expect(run(state, 'drift --format ansible').output).toMatch(/changed: \[web-02\][\s\S]*PLAY RECAP/);
    expect(run(state, 'drift --format puppet').output).toMatch(
      /File\[\/etc\/loja\/loja\.ini\]\/content: current_value .* \(noop\)/,
    );
    const inspec = run(state, 'drift --format inspec --host web-02');
    expect(inspec.output).toContain('1 control failures');
    expect(inspec.exitCode).toBe(100);
  });

  it('rejects unknown formats, hosts and options with a clear message', () => {
    expect(run(start, 'drift --format yaml').stderr).toContain("unknown format 'yaml'");
    expect(run(start, 'drift --host nope').stderr).toBe('drift: unknown host nope\n');
    expect(run(start, 'drift --frobnicate').stderr).toContain("unrecognized option '--frobnicate'");
    expect(run(portuguese, 'drift --format yaml').stderr).toContain("formato desconhecido 'yaml'");
    expect(run(portuguese, 'drift --host nope').stderr).toBe('drift: servidor desconhecido nope\n');
    expect(run(portuguese, 'drift --frobnicate').stderr).toMatch(
      /^drift: opção não reconhecida '--frobnicate'\nUso: drift/,
    );
    expect(run(portuguese, 'drift --format').stderr).toContain("a opção '--format' precisa de um argumento");
  });
});

describe('converge', () => {
  it('dry-runs with --check (nothing changes), then applies and brings the host back in sync', () => {
    const state = run(start, ...HOTFIX).state;
    const check = run(state, 'converge --check --diff --limit web-02');
    expect(check.output).toContain('changed: [web-02] => write-file file:/etc/loja/loja.ini');
    expect(check.output).toContain('+timeout = 30');
    expect(serverDrift(check.state.world, 'web-02').some((i) => i.status === 'MODIFIED')).toBe(true);
    const applied = run(state, 'converge');
    expect(applied.output).toMatch(
      /restart service:loja \(handler, notified by file:\/etc\/loja\/loja\.ini\)/,
    );
    expect(serverDrift(applied.state.world, 'web-02').every((i) => i.status === 'IN_SYNC')).toBe(true);
    expect(run(applied.state, 'converge').output).not.toContain('changed:');
  });

  it('runs only on the bastion and reports unmatched limits', () => {
    expect(run(start, 'ssh web-01', 'converge').stderr).toBe('bash: converge: command not found\n');
    expect(run(start, 'converge --limit nowhere').stderr).toContain('Could not match supplied host pattern');
  });

  it('explains itself in pt-BR while its report stays Ansible’s', () => {
    expect(run(portuguese, 'converge --help').output).toMatch(/^Uso: converge .*\nAplica à frota/);
    expect(run(portuguese, 'converge web').stderr).toMatch(/^converge: argumento inesperado 'web'\nUso:/);
    const state = run(portuguese, ...HOTFIX).state;
    expect(run(state, 'converge --check').output).toMatch(
      /PLAY \[converge to the desired state \(check mode\)\][\s\S]*PLAY RECAP/,
    );
  });
});

describe('rebuild', () => {
  it('shows what would be lost, then replaces the server with --yes', () => {
    const state = run(start, ...HOTFIX).state;
    const preview = run(state, 'rebuild web-02');
    expect(preview.output).toContain('file:/etc/loja/loja.ini (MODIFIED');
    expect(preview.output).toContain('rebuild web-02 --yes');
    expect(preview.state.world.servers['web-02']).toBe(state.world.servers['web-02']);
    const rebuilt = run(state, 'rebuild web-02 --yes');
    expect(serverDrift(rebuilt.state.world, 'web-02').every((i) => i.status === 'IN_SYNC')).toBe(true);
    expect(run(start, 'rebuild bastion --yes').stderr).toContain('refusing to rebuild the bastion');
  });

  it('says what is lost, and what it did, in pt-BR', () => {
    const state = run(portuguese, ...HOTFIX).state;
    const preview = run(state, 'rebuild web-02').output;
    expect(preview).toMatch(/^O que se perde em web-02:\n {2}- file:\/etc\/loja\/loja\.ini \(MODIFIED: /);
    expect(preview).toContain('Rode de novo com --yes para substituir web-02: rebuild web-02 --yes');
    expect(run(portuguese, 'rebuild web-01').output).toBe(
      'web-01 está igual à sua imagem: nada se perde.\n\nRode de novo com --yes para substituir web-01: rebuild web-01 --yes\n',
    );
    expect(run(state, 'rebuild web-02 --yes').output).toMatch(
      /web-02: destruído; .*\nweb-02: em sincronia\.\n$/,
    );
    expect(run(portuguese, 'rebuild bastion').stderr).toBe(
      'rebuild: o bastion de onde você trabalha não pode ser reconstruído\n',
    );
    expect(run(portuguese, 'rebuild nope').stderr).toBe("rebuild: servidor desconhecido 'nope'\n");
  });
});

describe('undo and redo', () => {
  it('ask their host to step through the history, naming the last change', () => {
    const state = run(start, ...HOTFIX).state;
    const undone = run(state, 'undo');
    expect(undone.effects).toEqual([{ kind: 'undo', steps: 1 }]);
    expect(undone.output).toContain('web-02');
    expect(run(state, 'redo 2').effects).toEqual([{ kind: 'redo', steps: 2 }]);
    expect(run(state, 'undo zero').exitCode).toBe(2);
  });

  it('count their steps in the learner’s language', () => {
    const command = "sudo sed -i 's/timeout = 30/timeout = 120/' /etc/loja/loja.ini";
    const wide = { columns: 200 };
    expect(run({ ...run(start, ...HOTFIX).state, ...wide }, 'undo').output).toBe(
      `undo: 1 step (the last change: web-02: ${command})\n`,
    );
    expect(run(start, 'redo 3').output).toBe('redo: 3 steps\n');
    const state = { ...run(portuguese, ...HOTFIX).state, ...wide };
    expect(run(state, 'undo').output).toBe(
      `undo: 1 passo para trás (a última mudança: web-02: ${command})\n`,
    );
    expect(run(portuguese, 'redo 2').output).toBe('redo: 2 passos à frente\n');
    expect(run(portuguese, 'undo zero').stderr).toMatch(/^undo: número de passos inválido\nUso: undo \[N\]/);
  });
});
