import type { PlainKey } from '../../i18n/say';

/** The command families of the lab (titles as message keys), in the order `help` lists them (commands outside them go last). */
export const FAMILIES: readonly (readonly [PlainKey, readonly string[]])[] = [
  [
    'help.family.files',
    [
      'ls',
      'cd',
      'pwd',
      'cat',
      'less',
      'more',
      'head',
      'tail',
      'cp',
      'mv',
      'rm',
      'mkdir',
      'rmdir',
      'touch',
      'ln',
    ],
  ],
  ['help.family.filesMore', ['chmod', 'chown', 'stat', 'find', 'tree', 'which']],
  ['help.family.text', ['echo', 'printf', 'grep', 'sed', 'wc', 'sort', 'uniq', 'cut', 'tr', 'diff', 'tee']],
  ['help.family.editors', ['nano', 'vim', 'vi']],
  ['help.family.packages', ['apt', 'apt-get', 'apt-cache', 'apt-mark', 'dpkg', 'dpkg-query']],
  ['help.family.services', ['systemctl', 'service', 'journalctl']],
  [
    'help.family.system',
    [
      'hostname',
      'uname',
      'uptime',
      'whoami',
      'id',
      'su',
      'ps',
      'top',
      'df',
      'free',
      'ip',
      'ss',
      'date',
      'reboot',
    ],
  ],
  [
    'help.family.shell',
    [
      'env',
      'printenv',
      'export',
      'unset',
      'history',
      'type',
      'command',
      'true',
      'false',
      'clear',
      'help',
      'man',
    ],
  ],
  ['help.family.network', ['ssh', 'exit', 'logout', 'curl', 'ping']],
  ['help.family.apptools', ['nginx', 'needrestart', 'psql', 'loja-manage']],
  ['help.family.fleet', ['ansible', 'ansible-playbook']],
  ['help.family.lab', ['drift', 'converge', 'rebuild', 'undo', 'redo', 'mission', 'hint']],
];

/** Builtins are documented in bash(1): `man cd` finds no page of its own on Debian either. */
export const SHELL_BUILTINS = new Set(['cd', 'export', 'unset', 'history', 'exit', 'logout', 'type', 'help']);

/** Administration commands live in section 8 of the manual. */
export const SECTION_8 = new Set([
  'reboot',
  'ip',
  'ss',
  'apt',
  'apt-get',
  'apt-cache',
  'apt-mark',
  'dpkg',
  'nginx',
  'service',
  'needrestart',
]);
