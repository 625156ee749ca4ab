import { defineMission, everyProdWeb as everyWeb, LOJA_INI, PROD_WEB, SHOP_UP, SITE } from '../define';

const INI = LOJA_INI;

export const whatChanged = defineMission({
  kind: 'mission',
  id: 'what-changed',
  order: 6,
  title: { 'pt-BR': 'O que mudou ontem à noite?', en: 'What changed last night?' },
  lessonSections: [4],
  scenario: 'frota',
  seed: 1,
  variables: {
    target: { pickOne: PROD_WEB },
    change: { pickOne: ['workers', 'proxy'] },
    path: { lookup: 'change', values: { workers: INI, proxy: SITE } },
    find: { lookup: 'change', values: { workers: 'workers = 4', proxy: 'proxy_read_timeout 30s;' } },
    replace: { lookup: 'change', values: { workers: 'workers = 16', proxy: 'proxy_read_timeout 300s;' } },
    unit: { lookup: 'change', values: { workers: 'loja', proxy: 'nginx' } },
  },
  briefing: {
    'pt-BR': `Hoje de manhã o monitoramento mostrou que algo mudou em um dos servidores web durante a madrugada. Ninguém abriu chamado, ninguém avisou no chat e o \`history\` do bash não mostra nada.

Descubra **o que** mudou, **onde**, **quando** e **por quem**, com o que um servidor tradicional oferece: \`drift\`, \`/var/log/apt/history.log\`, \`/var/log/auth.log\`, \`journalctl\`, a data dos arquivos (\`ls -l\`).

Depois decida o que fica. Edições feitas à mão em arquivos gerenciados voltam ao estado desejado. Atualizações de segurança ficam, mas só protegem de verdade depois que os serviços são reiniciados.

**Objetivo:** a edição da madrugada desfeita, a atualização de segurança mantida, os serviços usando a configuração e as bibliotecas atuais e a loja saudável.`,
    en: `This morning monitoring showed that something changed on one of the web servers overnight. Nobody opened a ticket, nobody said a word in the chat, and the bash \`history\` shows nothing.

Find out **what** changed, **where**, **when** and **by whom**, with what a traditional server offers: \`drift\`, \`/var/log/apt/history.log\`, \`/var/log/auth.log\`, \`journalctl\`, file dates (\`ls -l\`).

Then decide what stays. Hand edits of managed files go back to the desired state. Security updates stay, but they only really protect once the services are restarted.

**Goal:** the night's edit undone, the security update kept, the services using the current configuration and libraries, and the shop healthy.`,
  },
  setup: [
    {
      hoursBefore: 6,
      event: {
        kind: 'hotfix',
        host: '{{target}}',
        params: {
          path: '{{path}}',
          find: '{{find}}',
          replace: '{{replace}}',
          unit: '{{unit}}',
          user: 'joana',
        },
      },
    },
    { hoursBefore: 3, event: { kind: 'unattended-upgrades', host: '{{target}}' } },
  ],
  events: [],
  checklist: [
    {
      id: 'edit-reverted',
      label: {
        'pt-BR': 'Os arquivos de configuração gerenciados dos servidores web estão como no estado desejado',
        en: 'The managed configuration files of the web servers match the desired state',
      },
      condition: everyWeb({
        kind: 'all-of',
        conditions: [
          { kind: 'file-in-sync', host: '{{host}}', path: INI },
          { kind: 'file-in-sync', host: '{{host}}', path: SITE },
        ],
      }),
      failureReason: {
        'pt-BR': 'Um arquivo gerenciado ainda difere do estado desejado em algum servidor web.',
        en: 'A managed file still differs from the desired state on some web server.',
      },
    },
    {
      id: 'config-reloaded',
      label: {
        'pt-BR': 'A loja e o nginx já leram a configuração atual',
        en: 'The shop and nginx have read the current configuration',
      },
      condition: everyWeb({
        kind: 'all-of',
        conditions: [
          { kind: 'service-fresh', host: '{{host}}', unit: 'loja', path: INI },
          { kind: 'service-fresh', host: '{{host}}', unit: 'nginx', path: SITE },
        ],
      }),
      failureReason: {
        'pt-BR': 'Em {{hosts}}, um serviço não foi reiniciado depois da última mudança na sua configuração.',
        en: 'On {{hosts}}, a service was not restarted after the last change to its configuration.',
      },
    },
    {
      id: 'patch-kept',
      label: {
        'pt-BR': 'A atualização de segurança da madrugada continua instalada',
        en: 'The night’s security update is still installed',
      },
      condition: {
        kind: 'package-version',
        host: '{{target}}',
        name: 'libssl3',
        op: '>',
        version: '3.0.11-1~deb12u2',
      },
      failureReason: {
        'pt-BR': 'A `libssl3` voltou para `{{found}}`: a atualização de segurança deve ficar.',
        en: '`libssl3` went back to `{{found}}`: the security update should stay.',
      },
    },
    {
      id: 'no-stale-libraries',
      label: {
        'pt-BR': 'Nenhum serviço usa bibliotecas antigas (o `needrestart` não lista nada)',
        en: 'No service uses old libraries (`needrestart` lists nothing)',
      },
      condition: everyWeb({ kind: 'no-restart-pending', host: '{{host}}' }),
      failureReason: {
        'pt-BR': 'Ainda usam uma biblioteca antiga: {{found}}.',
        en: 'Still using an old library: {{found}}.',
      },
    },
    SHOP_UP,
  ],
  hints: [
    {
      'pt-BR':
        'Comece pelo que a frota sabe sobre si mesma: `drift` no `bastion` aponta o servidor e o arquivo que diferem.',
      en: 'Start with what the fleet knows about itself: `drift` on the `bastion` points at the server and the file that differ.',
    },
    {
      'pt-BR':
        'No servidor apontado, leia `/var/log/apt/history.log` (o que o apt instalou, quando e a pedido de quem) e `sudo grep sudo /var/log/auth.log` (quem usou sudo, para quê e a que horas).',
      en: 'On the server it points at, read `/var/log/apt/history.log` (what apt installed, when and for whom) and `sudo grep sudo /var/log/auth.log` (who used sudo, for what and at what time).',
    },
    {
      'pt-BR':
        'Houve duas mudanças: uma edição à mão em um arquivo gerenciado (desfaça com `sudo sed -i`) e uma atualização automática de segurança (mantenha, mas reinicie o que `sudo needrestart -r l` listar).',
      en: 'There were two changes: a hand edit of a managed file (undo it with `sudo sed -i`) and an automatic security update (keep it, but restart what `sudo needrestart -r l` lists).',
    },
    {
      'pt-BR':
        "Em `{{target}}`: `sudo sed -i 's/{{replace}}/{{find}}/' {{path}}` e depois `sudo systemctl restart nginx loja ssh`.",
      en: "On `{{target}}`: `sudo sed -i 's/{{replace}}/{{find}}/' {{path}}`, then `sudo systemctl restart nginx loja ssh`.",
    },
  ],
  solution: [
    'drift',
    'ssh {{target}}',
    'cat /var/log/apt/history.log',
    'sudo grep sudo /var/log/auth.log',
    "sudo sed -i 's/{{replace}}/{{find}}/' {{path}}",
    'sudo needrestart -r l',
    'sudo systemctl restart nginx loja ssh',
    'exit',
  ],
  alternativeSolution: [
    'ssh {{target}}',
    "sudo sed -i -e 's|{{replace}}|{{find}}|' {{path}}",
    'sudo systemctl stop nginx',
    'sudo systemctl start nginx',
    'sudo systemctl stop loja',
    'sudo systemctl start loja',
    'sudo systemctl stop ssh',
    'sudo systemctl start ssh',
    'exit',
  ],
  debrief: {
    'pt-BR': `Reconstituir a madrugada exigiu juntar pedaços espalhados:
- o \`drift\` disse **o que** difere e **onde**, mas não quem nem por quê;
- o \`/var/log/apt/history.log\` contou a atualização automática das 6h, feita pelo \`unattended-upgrade\`;
- o \`/var/log/auth.log\` mostrou a Joana abrindo \`sudo vim {{path}}\` às 3h, mas não **o que** ela mudou;
- o \`history\` do bash não ajudou: é por usuário e por máquina, e quem editou foi outra pessoa.

Você desfez a edição e manteve o patch, reiniciando os serviços para que ele valesse. Sem um histórico claro de mudanças, cada decisão dessas depende de investigação, e o risco de um _rollback_ errado cresce.

O laboratório guarda um registro completo (o _ledger_) de cada mudança, com hora, servidor, usuário e antes/depois. Servidores reais não têm isso de graça.

Na infraestrutura imutável, cada mudança é uma imagem nova, construída a partir de código versionado: o histórico é o próprio repositório.`,
    en: `Piecing the night together meant gathering scattered fragments:
- \`drift\` said **what** differs and **where**, but not who or why;
- \`/var/log/apt/history.log\` told of the 6 a.m. automatic update, made by \`unattended-upgrade\`;
- \`/var/log/auth.log\` showed Joana opening \`sudo vim {{path}}\` at 3 a.m., but not **what** she changed;
- the bash \`history\` did not help: it is per user and per machine, and someone else made the edit.

You undid the edit and kept the patch, restarting the services so it took effect. Without a clear change history, every such decision takes an investigation, and the risk of a wrong rollback grows.

The lab keeps a full record (the _ledger_) of every change, with time, server, user and before/after. Real servers do not get that for free.

With immutable infrastructure every change is a new image built from versioned code: the history is the repository itself.`,
  },
  quiz: [
    {
      question: {
        'pt-BR': 'Por que o `history` do bash não mostrou a edição da madrugada?',
        en: 'Why did the bash `history` not show the night’s edit?',
      },
      options: [
        {
          text: {
            'pt-BR': 'Porque ele é por usuário e por máquina, e quem editou foi outra pessoa',
            en: 'Because it is per user and per machine, and someone else made the edit',
          },
          correct: true,
          explanation: {
            'pt-BR': 'Além disso, não guarda horário por padrão e pode ser apagado.',
            en: 'Besides, it keeps no timestamps by default and can be erased.',
          },
        },
        {
          text: { 'pt-BR': 'Porque o bash não tem histórico', en: 'Because bash has no history' },
          correct: false,
          explanation: {
            'pt-BR': 'Tem, em `~/.bash_history`, mas só do seu usuário naquela máquina.',
            en: 'It has one, in `~/.bash_history`, but only for your user on that machine.',
          },
        },
        {
          text: {
            'pt-BR': 'Porque edições com sudo nunca deixam rastro',
            en: 'Because edits made with sudo leave no trace',
          },
          correct: false,
          explanation: {
            'pt-BR': 'O sudo registra o comando no `auth.log`; o que falta é o conteúdo da mudança.',
            en: 'sudo logs the command in `auth.log`; what is missing is the content of the change.',
          },
        },
      ],
    },
    {
      question: {
        'pt-BR': 'Das duas mudanças da madrugada, por que manter a atualização de segurança?',
        en: 'Of the two night changes, why keep the security update?',
      },
      options: [
        {
          text: {
            'pt-BR':
              'Porque corrige vulnerabilidades e veio de uma política conhecida; só faltava reiniciar os serviços',
            en: 'Because it fixes vulnerabilities and came from a known policy; only the service restarts were missing',
          },
          correct: true,
          explanation: {
            'pt-BR': 'Nem toda mudança inesperada é ruim: a questão é saber de onde veio e completá-la.',
            en: 'Not every unexpected change is bad: the point is knowing where it came from and finishing it.',
          },
        },
        {
          text: {
            'pt-BR': 'Porque não dá para rebaixar a `libssl3`',
            en: 'Because `libssl3` cannot be downgraded',
          },
          correct: false,
          explanation: {
            'pt-BR': 'Daria, com a versão antiga no repositório, mas reabriria a vulnerabilidade.',
            en: 'It could be, with the old version in the repository, but it would reopen the vulnerability.',
          },
        },
        {
          text: { 'pt-BR': 'Porque o `drift` não a mostrou', en: 'Because `drift` did not show it' },
          correct: false,
          explanation: {
            'pt-BR': 'O motivo é o que a mudança faz, não se a ferramenta a mostrou.',
            en: 'The reason is what the change does, not whether the tool showed it.',
          },
        },
      ],
    },
  ],
});
