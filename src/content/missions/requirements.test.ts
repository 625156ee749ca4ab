import { describe, expect, it } from 'vitest';
import { CommandRegistry, createRegistry } from '../../shell';
import { commandsOf, missingCommands } from './requirements';

describe('what a mission line needs from the shell', () => {
  it('names every command of a line, past sudo and its options, and the verbs of systemctl', () => {
    expect(commandsOf("echo 'deb x' | sudo tee /etc/apt/sources.list.d/x.list")).toEqual(['echo', 'tee']);
    expect(commandsOf('sudo -u postgres psql -c "select 1" && sudo systemctl restart nginx loja')).toEqual([
      'psql',
      'systemctl',
      'systemctl restart',
    ]);
    expect(commandsOf('cat ~/inventario.txt; exit')).toEqual(['cat', 'exit']);
    expect(commandsOf('if true; then x; fi')).toEqual([]);
  });

  it('reports what the registry lacks, including verbs a command does not know', () => {
    expect(missingCommands(['hostname', 'nosuchtool -x', 'sudo nosuchtool'], createRegistry())).toEqual([
      'nosuchtool',
    ]);
    expect(missingCommands(['systemctl frobnicate nginx'], createRegistry())).toEqual([
      'systemctl frobnicate',
    ]);
    expect(missingCommands(['ls'], new CommandRegistry())).toEqual(['ls']);
  });
});
