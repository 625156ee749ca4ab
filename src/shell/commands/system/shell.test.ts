import { describe, expect, it } from 'vitest';
import { prompt } from '../../session';
import { freshShell, run } from '../files/testkit';

const start = freshShell();
const english = { ...start, locale: 'en' as const };

describe('clear', () => {
  it('asks the terminal to clear, printing nothing', () => {
    expect(run(start, 'clear')).toMatchObject({ output: '', exitCode: 0, effects: [{ kind: 'clear' }] });
  });
});

describe('help', () => {
  it('groups the commands by family, in English when the learner reads English', () => {
    const out = run(english, 'help').stdout;
    expect(out).toMatch(/^Commands available in this lab/);
    expect(out.indexOf('\nSystem\n')).toBeGreaterThan(out.indexOf('\nFiles and navigation\n'));
    expect(out).toMatch(/\nNetwork\n {2}ssh +log in to another server/);
    expect(out).toMatch(/\nSystem\n(.*\n)* {2}uptime +tell how long the system has been running\n/);
  });

  it('speaks pt-BR by default: header, families and descriptions', () => {
    const out = run(start, 'help').stdout;
    expect(out).toMatch(/^Comandos disponíveis neste laboratório/);
    expect(out.indexOf('\nSistema\n')).toBeGreaterThan(out.indexOf('\nArquivos e navegação\n'));
    expect(out).toMatch(/\nRede\n {2}ssh +entra em outro servidor da frota/);
    expect(out).toMatch(/\nO laboratório\n {2}drift +compara os servidores/);
    expect(out).not.toContain('Commands available');
  });

  it('lists every command in its family, none under Other', () => {
    for (const state of [start, english]) {
      const out = run(state, 'help').stdout;
      expect(out).not.toMatch(/\n(Other|Outros)\n/);
      const family = (name: string) =>
        out
          .slice(0, out.indexOf(`\n  ${name} `))
          .split('\n\n')
          .at(-1)
          ?.split('\n')[0];
      expect(family('dpkg-query')).toMatch(/^(Packages|Pacotes)$/);
      expect(family('loja-manage')).toMatch(/^(Application tools|Ferramentas da aplicação)$/);
      expect(family('redo')).toMatch(/^(The lab|O laboratório)$/);
    }
  });

  it('fits the descriptions to the terminal, going on under themselves', () => {
    for (const columns of [60, 72]) {
      const lines = run({ ...start, columns }, 'help').stdout.split('\n');
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(columns);
      const at = lines.findIndex((l) => l.startsWith('  drift '));
      const hang = lines[at]?.indexOf('compara') ?? 0;
      expect(lines[at + 1]?.slice(0, hang).trim()).toBe('');
    }
  });

  it('describes one command, or says there is no such topic', () => {
    expect(run(english, 'help df').stdout).toBe(
      'df: df [-h] [-T] [FILE]...\n    report file system space usage\n',
    );
    expect(run(start, 'help df').stdout).toBe(
      'df: df [-h] [-T] [FILE]...\n    mostra o uso de espaço dos sistemas de arquivos\n',
    );
    expect(run(start, 'help frob')).toMatchObject({
      stderr: "bash: help: no help topics match `frob'.  Try `help help' or `man -k frob' or `info frob'.\n",
      exitCode: 1,
    });
  });
});

describe('man', () => {
  it('builds a page from the command’s record and its --help', () => {
    const page = run(start, 'man uname').stdout;
    expect(page.split('\n')[0]).toBe(`UNAME(1)${' '.repeat(25)}User Commands${' '.repeat(26)}UNAME(1)`);
    expect(page).toContain('\nNAME\n       uname - print system information\n');
    expect(page).toContain('\nSYNOPSIS\n       uname [-asnrvmpio]\n');
    expect(page).toContain('\nDESCRIPTION\n       Usage: uname [OPTION]...\n');
    expect(run(start, 'man reboot').stdout).toContain('REBOOT(8)');
  });

  it('has no page for builtins or unknown names, like Debian', () => {
    expect(run(start, 'man cd')).toMatchObject({ stderr: 'No manual entry for cd\n', exitCode: 16 });
    expect(run(start, 'man frob')).toMatchObject({ stderr: 'No manual entry for frob\n', exitCode: 16 });
    expect(run(start, 'man')).toMatchObject({
      stderr: "What manual page do you want?\nFor example, try 'man man'.\n",
      exitCode: 1,
    });
  });

  it('searches summaries with -k', () => {
    expect(run(start, 'man -k memory').stdout).toBe(
      'free (1)             - display amount of free and used memory in the system\n',
    );
    expect(run(start, 'man -k zzz')).toMatchObject({ stderr: 'zzz: nothing appropriate.\n', exitCode: 16 });
  });
});

describe('reboot', () => {
  const web = run(start, 'ssh web-01').state;

  it('needs root, with systemd’s polkit wording', () => {
    expect(run(web, 'reboot')).toMatchObject({
      stderr:
        'Failed to set wall message, ignoring: Interactive authentication required.\nCall to Reboot failed: Interactive authentication required.\n',
      exitCode: 1,
    });
  });

  it('as root, reboots the host through the core and drops the connection', () => {
    const rebooted = run(web, 'sudo reboot');
    expect(rebooted.stderr).toContain(
      '\nBroadcast message from root@web-01 on pts/0 (Sun 2026-11-29 09:00:10 UTC):\n',
    );
    expect(rebooted.stderr).toContain(
      'Connection to web-01 closed by remote host.\nConnection to web-01 closed.\n',
    );
    expect(prompt(rebooted.state, false)).toBe('aluno@bastion:~$ ');
    expect(rebooted.state.world.servers['web-01']?.bootedAt).toBe(rebooted.state.world.now);
    const entries = rebooted.state.world.ledger.chunks.flat();
    expect(entries.some((e) => e.resource === 'system:boot' && e.host === 'web-01')).toBe(true);
  });

  it('from a root shell, closes every session on that host', () => {
    const back = run(web, 'sudo -i', 'reboot');
    expect(prompt(back.state, false)).toBe('aluno@bastion:~$ ');
  });

  it('on the first host, logs the learner back in', () => {
    const again = run(start, 'sudo reboot');
    expect(prompt(again.state, false)).toBe('aluno@bastion:~$ ');
    expect(again.state.stack).toHaveLength(1);
  });
});
