/**
 * What the lab's own commands say to the learner, in English. Real programs (bash, apt, systemctl…) keep
 * their own English wording elsewhere, as on a server with LANG=C; only the lab's explanations live here.
 * `{{name}}` is a placeholder; `_one`/`_other` are the forms of a count (`sayCount`).
 */
export const EN = {
  'exit.firstShell': 'This is the lab’s first shell: it stays open. Use ssh HOST to visit a server.',

  'help.header': 'Commands available in this lab (help COMMAND or man COMMAND for details):',
  'help.family.files': 'Files and navigation',
  'help.family.filesMore': 'Files: details and search',
  'help.family.text': 'Text',
  'help.family.editors': 'Editors',
  'help.family.packages': 'Packages',
  'help.family.services': 'Services',
  'help.family.system': 'System',
  'help.family.shell': 'Shell',
  'help.family.network': 'Network',
  'help.family.apptools': 'Application tools',
  'help.family.fleet': 'Fleet',
  'help.family.lab': 'The lab',
  'help.family.other': 'Other',

  'lab.unrecognized': "{{command}}: unrecognized option '{{option}}'",
  'lab.needsArgument': "{{command}}: option '--{{option}}' requires an argument",

  'undo.usage':
    'Usage: undo [N]\nGo back N steps (default 1) in the lab’s history of changes to the fleet.\n',
  'redo.usage':
    'Usage: redo [N]\nGo forward again N steps (default 1) in the lab’s history of changes to the fleet.\n',
  'undo.invalid': '{{command}}: invalid number of steps',
  'undo.done_one': 'undo: 1 step',
  'undo.done_other': 'undo: {{count}} steps',
  'redo.done_one': 'redo: 1 step',
  'redo.done_other': 'redo: {{count}} steps',
  'undo.lastChange': ' (the last change: {{host}}: {{command}})',

  'drift.usage': `Usage: drift [--host HOST]... [--env ENV] [--all] [--diff] [--format table|terraform|ansible|puppet|inspec]
Compare every server with its role's desired state and list what drifted:
  MODIFIED   declared, but different on the server (expected vs actual)
  MISSING    declared, but absent
  UNMANAGED  present, but declared nowhere
  --all      also list the resources that are IN_SYNC
  --diff     show a line diff for modified files
  --format   print the same drift the way Terraform, Ansible, Puppet or InSpec would
`,
  'drift.unknownFormat': "drift: unknown format '{{format}}' (choose {{formats}})",
  'drift.unknownHost': 'drift: unknown host {{hosts}}',
  'drift.host': 'HOST',
  'drift.resource': 'RESOURCE',
  'drift.status': 'STATUS',
  'drift.change': 'EXPECTED → ACTUAL',
  'drift.absent': 'absent',
  'drift.undeclared': '(undeclared)',
  'drift.found_one': 'Found 1 drifted resource',
  'drift.found_other': 'Found {{count}} drifted resources',
  'drift.scope_one': 'on {{drifted}} of 1 server.',
  'drift.scope_other': 'on {{drifted}} of {{count}} servers.',
  'drift.coverage':
    'Fleet coverage: {{percent}}% ({{inSync}} of {{declared}} declared resources in sync), {{unmanaged}} unmanaged.',

  'converge.usage': `Usage: converge [--check] [--diff] [--limit HOST|ROLE|ENV[,…]] [--purge]
Apply each role's desired state to the fleet, like ansible-playbook site.yml (runs from the bastion with the
automation account's credentials, so no sudo is needed):
  --check   dry run: show what would change, change nothing
  --diff    show line diffs of the files that change
  --limit   only these hosts, roles (web, db, lb) or environments (prod, staging)
  --purge   also remove what nobody declared (UNMANAGED packages and files)
Unreachable hosts are skipped and left as they are.
`,
  'converge.unexpected': "converge: unexpected argument '{{argument}}'",

  'rebuild.usage': `Usage: rebuild HOST [--yes]
Replace HOST with a fresh server built from its role's golden image, with the desired state applied —
the immutable way. Everything done by hand on the old server is lost. Without --yes, shows what would be lost.
`,
  'rebuild.unknownHost': "rebuild: unknown host '{{host}}'",
  'rebuild.bastion': 'rebuild: refusing to rebuild the bastion you are working from',
  'rebuild.lost': 'What is lost on {{host}}:',
  'rebuild.lostDrift': '{{resource}} ({{status}}: {{actual}})',
  'rebuild.lostBaseline': '{{resource}}: {{before}} → {{after}} (back to the image)',
  'rebuild.lostFile': '{{path}} (not in the desired state)',
  'rebuild.lostKernel': 'kernel {{before}} → {{after}}',
  'rebuild.absent': 'absent',
  'rebuild.nothingLost': '{{host}} matches its image: nothing is lost.',
  'rebuild.confirm': 'Re-run with --yes to replace {{host}}: rebuild {{host}} --yes',
  'rebuild.done':
    '{{host}}: destroyed; a new {{role}} server was created from the golden image and the desired state applied.',
  'rebuild.inSync': '{{host}}: in sync.',
} as const;

export type MessageKey = keyof typeof EN;
