/** The command families of the lab, in the order `help` lists them (commands outside them go last). */
export const FAMILIES: readonly (readonly [string, readonly string[]])[] = [
  [
    'Files and navigation',
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
  ['Files: details and search', ['chmod', 'chown', 'stat', 'find', 'tree', 'which']],
  ['Text', ['echo', 'printf', 'grep', 'sed', 'wc', 'sort', 'uniq', 'cut', 'tr', 'diff', 'tee']],
  ['Editors', ['nano', 'vim', 'vi']],
  ['Packages', ['apt', 'apt-get', 'apt-cache', 'apt-mark', 'dpkg']],
  ['Services', ['systemctl', 'service', 'journalctl']],
  [
    'System',
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
    'Shell',
    ['env', 'printenv', 'export', 'unset', 'history', 'type', 'true', 'false', 'clear', 'help', 'man'],
  ],
  ['Network', ['ssh', 'exit', 'logout', 'curl', 'ping']],
  ['Application tools', ['nginx', 'needrestart', 'psql']],
  ['Fleet', ['ansible', 'ansible-playbook']],
  ['The lab', ['drift', 'converge', 'rebuild', 'undo', 'mission', 'hint']],
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
