import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from './index';
import { DEFAULT_SETTINGS, parseSettings, resolveTheme } from './settings';

const initial = useAppStore.getState();

beforeEach(() => {
  useAppStore.setState(initial, true);
});

const run = (line: string) => useAppStore.getState().runCommand(line);
const fileOn = (host: string, path: string) => {
  const node = useAppStore.getState().shell.world.servers[host]?.fs[path];
  return node?.kind === 'file' ? node.content : undefined;
};

describe('the editor slice', () => {
  it('opens the editor on the shell’s effect and saves as a step of the history', () => {
    run('ssh web-01');
    run('sudo nano /etc/loja/loja.ini');
    const session = useAppStore.getState().editorSession;
    expect(session).toMatchObject({ host: 'web-01', path: '/etc/loja/loja.ini', user: 'root' });
    const steps = useAppStore.getState().history.steps.length;

    const outcome = useAppStore.getState().saveEditor(`${session?.original}workers = 9\n`);
    expect(outcome).toEqual({ ok: true });
    const state = useAppStore.getState();
    expect(state.editorSession).toBeNull();
    expect(fileOn('web-01', '/etc/loja/loja.ini')).toContain('workers = 9');
    expect(state.history.steps).toHaveLength(steps + 1);
    expect(state.history.steps.at(-1)?.label).toBe('sudo nano /etc/loja/loja.ini');
    expect(state.lastChange?.after).toBe(state.shell.world);
  });

  it('keeps the editor open and the world unchanged when the save is refused', () => {
    run('ssh web-01');
    run('nano /etc/nginx/nginx.conf');
    const before = useAppStore.getState().shell.world;
    const outcome = useAppStore.getState().saveEditor('# mine\n');
    expect(outcome).toEqual({
      ok: false,
      error: '[ Error writing /etc/nginx/nginx.conf: Permission denied ]',
    });
    expect(useAppStore.getState().editorSession?.path).toBe('/etc/nginx/nginx.conf');
    expect(useAppStore.getState().shell.world).toBe(before);
    useAppStore.getState().closeEditor();
    expect(useAppStore.getState().editorSession).toBeNull();
  });

  it('does not open the editor for a file the user may not read', () => {
    run('ssh web-01');
    const execution = run('nano /etc/loja/loja.ini');
    expect(execution.output).toContain('Permission denied');
    expect(useAppStore.getState().editorSession).toBeNull();
  });
});

describe('the terminal slice', () => {
  it('records each command with its prompt and output; clear starts a new screen', () => {
    run('whoami');
    run('clear');
    run('hostname');
    const { entries, screenStart } = useAppStore.getState().transcript;
    expect(entries.map((e) => e.command)).toEqual(['whoami', 'clear', 'hostname']);
    expect(entries[0]?.output).toBe('aluno\n');
    expect(entries[0]?.prompt).toContain('aluno@bastion');
    expect(screenStart).toBe(2);
  });
});

describe('settings', () => {
  it('reads what was saved, field by field, and defaults the rest', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('[1]')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"theme":"dark","presenter":true}')).toEqual({
      theme: 'dark',
      presenter: true,
      screenReaderMode: false,
    });
    expect(parseSettings('{"theme":"sepia","presenter":"yes","screenReaderMode":true}')).toEqual({
      theme: 'system',
      presenter: false,
      screenReaderMode: true,
    });
  });

  it('resolves the system theme to the system’s preference', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('switch in the store without storage (private mode, node)', () => {
    useAppStore.getState().setTheme('dark');
    useAppStore.getState().setPresenter(true);
    useAppStore.getState().setScreenReaderMode(true);
    expect(useAppStore.getState().settings).toEqual({
      theme: 'dark',
      presenter: true,
      screenReaderMode: true,
    });
    useAppStore.getState().setNarrowTab('dashboard');
    expect(useAppStore.getState().narrowTab).toBe('dashboard');
  });
});

describe('the terminal width', () => {
  it('reaches the commands: drift fits its table to it, ls its columns', () => {
    run('ssh web-02');
    run("sudo sed -i 's/timeout = 30/timeout = 120/' /etc/loja/loja.ini");
    run('sudo chmod 666 /etc/loja/loja.ini');
    const wide = (width: number) => {
      useAppStore.getState().setTerminalColumns(width);
      return run('drift').output.split('\n');
    };
    expect(wide(160).some((l) => /loja\.ini +MODIFIED +content: .*; mode: 0640 → 0666$/.test(l))).toBe(true);
    const narrow = wide(72);
    expect(narrow).toContain('    mode: 0640 → 0666');
    expect(Math.max(...narrow.map((l) => l.length))).toBeLessThanOrEqual(72);

    useAppStore.getState().setTerminalColumns(20);
    expect(
      run('ls /etc/loja /')
        .output.split('\n')
        .every((l) => l.length <= 20),
    ).toBe(true);
  });
});

describe('the learner’s language', () => {
  it('reaches the lab’s own commands, and follows a switch; the real tools stay in English', () => {
    expect(run('exit').output).toContain('Este é o primeiro shell do laboratório');
    expect(run('help').output).toMatch(/^Comandos disponíveis/);
    useAppStore.getState().setLocale('en');
    expect(run('exit').output).toContain('This is the lab’s first shell');
    expect(run('drift').output).toMatch(/Found 0 drifted resources/);
    expect(run('cat /nope').output).toBe('cat: /nope: No such file or directory\n');
    useAppStore.getState().setLocale('pt-BR');
    expect(run('drift').output).toMatch(/Encontrados 0 recursos com desvio/);
  });
});
