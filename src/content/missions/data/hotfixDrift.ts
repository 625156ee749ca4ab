import { defineMission, LOJA_INI, PROD_WEB, SHOP_UP } from '../define';

const INI = LOJA_INI;

export const hotfixDrift = defineMission({
  kind: 'mission',
  id: 'hotfix-drift',
  order: 3,
  title: { 'pt-BR': 'O hotfix que derivou', en: 'The hotfix that drifted' },
  lessonSections: [2],
  scenario: 'frota',
  seed: 1,
  variables: {
    target: { pickOne: PROD_WEB },
    timeout: { pickOne: ['90', '120', '180'] },
  },
  briefing: {
    'pt-BR': `Às 3h da manhã a loja começou a estourar o tempo limite e alguém resolveu o problema direto em um dos servidores web. O incidente passou (a causa real, um índice que faltava no banco, já foi corrigida), mas a correção da madrugada continua lá, em um servidor só.

Rode \`drift\` no \`bastion\`: ele compara cada servidor com o estado desejado. Descubra o que mudou, em que arquivo e em qual servidor.

A equipe decidiu: o valor do manifesto continua valendo. Se um dia for preciso mudá-lo, a mudança vai para o manifesto e chega a todos os servidores, não a um só.

**Objetivo:** a frota de volta ao estado desejado, com a loja lendo a configuração certa e sem sair do ar. Rode \`drift\` de novo no fim para ver a deriva sumir.`,
    en: `At 3 a.m. the shop started timing out and somebody fixed it directly on one of the web servers. The incident is over (the real cause, a missing database index, has been fixed), but the night's fix is still there, on one server only.

Run \`drift\` on the \`bastion\`: it compares every server with the desired state. Find out what changed, in which file and on which server.

The team has decided: the manifest's value stands. If it ever has to change, the change goes into the manifest and reaches every server, not just one.

**Goal:** the fleet back to its desired state, with the shop reading the right configuration and never going down. Run \`drift\` again at the end to watch the drift disappear.`,
  },
  setup: [
    {
      hoursBefore: 6,
      event: {
        kind: 'hotfix',
        host: '{{target}}',
        params: {
          path: INI,
          find: 'timeout = 30',
          replace: 'timeout = {{timeout}}',
          unit: 'loja',
          user: 'joana',
        },
      },
    },
  ],
  events: [],
  checklist: [
    {
      id: 'web-in-sync',
      label: {
        'pt-BR': 'O `/etc/loja/loja.ini` dos servidores web é o do estado desejado',
        en: '`/etc/loja/loja.ini` on the web servers is the desired one',
      },
      condition: {
        kind: 'every-host',
        role: 'web',
        env: 'prod',
        condition: { kind: 'file-in-sync', host: '{{host}}', path: INI },
      },
      failureReason: {
        'pt-BR':
          'Algum servidor web ainda tem um `loja.ini` diferente do estado desejado. Qual? O `drift` responde.',
        en: 'Some web server still has a `loja.ini` that differs from the desired state. Which one? `drift` knows.',
      },
    },
    {
      id: 'loja-reloaded',
      label: {
        'pt-BR': 'A loja de cada servidor web já leu o `loja.ini` atual',
        en: 'The shop on every web server has read the current `loja.ini`',
      },
      condition: {
        kind: 'every-host',
        role: 'web',
        env: 'prod',
        condition: { kind: 'service-fresh', host: '{{host}}', unit: 'loja', path: INI },
      },
      failureReason: {
        'pt-BR':
          'Em {{hosts}}, o serviço `loja` não foi reiniciado depois da última mudança no `loja.ini`: o processo ainda usa a configuração antiga.',
        en: 'On {{hosts}}, the `loja` service was not restarted after the last change to `loja.ini`: the process still uses the old configuration.',
      },
    },
    SHOP_UP,
  ],
  hints: [
    {
      'pt-BR':
        'Rode `drift` no `bastion`. Procure um recurso `MODIFIED`: o servidor e o arquivo estão na mesma linha.',
      en: 'Run `drift` on the `bastion`. Look for a `MODIFIED` resource: the server and the file are on the same line.',
    },
    {
      'pt-BR':
        'O arquivo é o `/etc/loja/loja.ini`. No servidor apontado, compare a linha que difere com a de outro servidor web: `sudo grep -n timeout /etc/loja/loja.ini`.',
      en: 'The file is `/etc/loja/loja.ini`. On the server it names, compare the differing line with another web server: `sudo grep -n timeout /etc/loja/loja.ini`.',
    },
    {
      'pt-BR':
        'Volte o valor ao do estado desejado com `sudo sed -i` e reinicie o serviço `loja`: um processo só relê a configuração quando reinicia.',
      en: 'Put the value back to the desired one with `sudo sed -i` and restart the `loja` service: a process only rereads its configuration when it restarts.',
    },
    {
      'pt-BR':
        "`ssh {{target}}`, depois `sudo sed -i 's/^timeout = {{timeout}}$/timeout = 30/' /etc/loja/loja.ini` e `sudo systemctl restart loja`.",
      en: "`ssh {{target}}`, then `sudo sed -i 's/^timeout = {{timeout}}$/timeout = 30/' /etc/loja/loja.ini` and `sudo systemctl restart loja`.",
    },
  ],
  solution: [
    'drift',
    'ssh {{target}}',
    `sudo grep -n timeout ${INI}`,
    `sudo sed -i 's/^timeout = {{timeout}}$/timeout = 30/' ${INI}`,
    'sudo systemctl restart loja',
    'exit',
    'drift',
  ],
  alternativeSolution: [
    'ssh {{target}}',
    `sudo sed -i '/^timeout =/s/=.*/= 30/' ${INI}`,
    'sudo systemctl stop loja',
    'sudo systemctl start loja',
    'exit',
  ],
  debrief: {
    'pt-BR': `A edição da madrugada em \`{{target}}\` é o exemplo clássico de **deriva de configuração**: uma mudança feita à mão, em um servidor só, que não passou pelo manifesto. O servidor continuou respondendo e ninguém percebeu; só a comparação com o estado desejado (\`drift\`, como \`terraform plan\` ou o Puppet em _noop_) a tornou visível como \`MODIFIED\`.

Você desfez a mudança, e era a decisão certa aqui: o motivo dela não existia mais, e a próxima convergência a desfaria de qualquer jeito. Se o \`timeout = {{timeout}}\` fosse necessário, o caminho seria levá-lo ao template do manifesto, versionar e convergir a frota inteira, e não copiar o arquivo à mão para os outros servidores.

Repare também que editar o arquivo não bastou: a loja só passou a usar o valor restaurado depois de reiniciada.

Na infraestrutura imutável não há onde a deriva nascer: ninguém edita um servidor em execução; a correção vira uma imagem nova.`,
    en: `The night's edit on \`{{target}}\` is the textbook case of **configuration drift**: a hand-made change, on one server, that never went through the manifest. The server kept answering and nobody noticed; only comparing with the desired state (\`drift\`, like \`terraform plan\` or Puppet in _noop_ mode) made it visible as \`MODIFIED\`.

You reverted it, and that was the right call here: its reason was gone, and the next converge would have undone it anyway. Had \`timeout = {{timeout}}\` been needed, the way would be to put it into the manifest's template, version it and converge the whole fleet, not to copy the file by hand to the other servers.

Notice too that editing the file was not enough: the shop only used the restored value once restarted.

With immutable infrastructure drift has nowhere to start: nobody edits a running server; the fix becomes a new image.`,
  },
  quiz: [
    {
      question: {
        'pt-BR': 'Como o `drift` classificou o `loja.ini` de `{{target}}` no início da missão?',
        en: 'How did `drift` classify `loja.ini` on `{{target}}` at the start of the mission?',
      },
      options: [
        {
          text: { 'pt-BR': '`MODIFIED`', en: '`MODIFIED`' },
          correct: true,
          explanation: {
            'pt-BR': 'O arquivo existe e é declarado, mas o conteúdo difere do desejado.',
            en: 'The file exists and is declared, but its content differs from the desired one.',
          },
        },
        {
          text: { 'pt-BR': '`MISSING`', en: '`MISSING`' },
          correct: false,
          explanation: {
            'pt-BR': '`MISSING` é um recurso declarado que não existe; o arquivo estava lá.',
            en: '`MISSING` is a declared resource that is absent; the file was there.',
          },
        },
        {
          text: { 'pt-BR': '`UNMANAGED`', en: '`UNMANAGED`' },
          correct: false,
          explanation: {
            'pt-BR': '`UNMANAGED` é o que ninguém declarou; o `loja.ini` está no manifesto.',
            en: '`UNMANAGED` is what nobody declared; `loja.ini` is in the manifest.',
          },
        },
      ],
    },
    {
      question: {
        'pt-BR': 'Se o `timeout = {{timeout}}` fosse mesmo necessário, qual seria o caminho certo?',
        en: 'If `timeout = {{timeout}}` were really needed, what would be the right way?',
      },
      options: [
        {
          text: {
            'pt-BR': 'Levar a mudança ao manifesto, versionar e convergir todos os servidores',
            en: 'Put the change into the manifest, version it and converge every server',
          },
          correct: true,
          explanation: {
            'pt-BR': 'Assim o valor vale para todos e fica registrado quem mudou, quando e por quê.',
            en: 'That way the value holds everywhere and who changed it, when and why is recorded.',
          },
        },
        {
          text: {
            'pt-BR': 'Copiar o arquivo à mão para os outros servidores web',
            en: 'Copy the file by hand to the other web servers',
          },
          correct: false,
          explanation: {
            'pt-BR':
              'A frota ficaria igual entre si, mas toda ela em deriva, e a próxima convergência desfaria tudo.',
            en: 'The fleet would match itself but all of it would drift, and the next converge would undo it.',
          },
        },
        {
          text: {
            'pt-BR': 'Deixar a mudança só em `{{target}}`',
            en: 'Leave the change on `{{target}}` only',
          },
          correct: false,
          explanation: {
            'pt-BR':
              'Os servidores web deixariam de ser intercambiáveis: o mesmo pedido teria resultados diferentes.',
            en: 'The web servers would no longer be interchangeable: the same request would get different results.',
          },
        },
      ],
    },
  ],
});
