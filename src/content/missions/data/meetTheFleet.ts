import { defineMission, PROD_WEB } from '../define';

const NOTE = '/home/aluno/inventario.txt';
/** A hostname on its own, so `stg-web-01` does not count as `web-01`. */
const word = (name: string) => `(?<![\\w-])${name}(?![\\w-])`;

export const meetTheFleet = defineMission({
  kind: 'mission',
  id: 'meet-the-fleet',
  order: 1,
  title: { 'pt-BR': 'Conheça a frota', en: 'Meet the fleet' },
  lessonSections: [1, 5],
  scenario: 'frota',
  seed: 1,
  variables: { snowflake: { pickOne: PROD_WEB } },
  briefing: {
    'pt-BR': `Você acabou de entrar na equipe de operações e herdou uma frota Debian 12 que ninguém documentou. Antes de mudar qualquer coisa, conheça o terreno.

A partir do \`bastion\`, visite os servidores (\`ssh web-01\`; \`exit\` para voltar) e descubra o papel de cada um, o que roda ali (\`systemctl status nginx\`, \`ls\`, \`cat /etc/os-release\`) e qual versão da loja está instalada (\`ls /opt/loja/releases\`).

Os três servidores \`web\` foram instalados iguais, mas um deles virou um **floco de neve**: acumulou ajustes feitos à mão que os outros não têm.

**Objetivo:** no \`bastion\`, deixe um inventário em \`~/inventario.txt\` com o nome desse servidor e a versão da loja que a frota roda.`,
    en: `You have just joined the operations team and inherited a Debian 12 fleet nobody documented. Before changing anything, get to know the ground.

From the \`bastion\`, visit the servers (\`ssh web-01\`; \`exit\` to come back) and find out what each one is for, what runs there (\`systemctl status nginx\`, \`ls\`, \`cat /etc/os-release\`) and which release of the shop is installed (\`ls /opt/loja/releases\`).

The three \`web\` servers were installed alike, but one of them became a **snowflake**: it piled up hand-made tweaks the others do not have.

**Goal:** on the \`bastion\`, leave an inventory in \`~/inventario.txt\` naming that server and the shop release the fleet runs.`,
  },
  setup: [
    {
      hoursBefore: 24 * 120,
      as: 'joana',
      host: '{{snowflake}}',
      run: [
        'sudo mkdir /opt/loja/releases/2.3.1-hotfix',
        'sudo cp /etc/loja/loja.ini /etc/loja/loja.ini.orig',
      ],
    },
    {
      hoursBefore: 24 * 30,
      as: 'joana',
      host: '{{snowflake}}',
      run: ['sudo cp /etc/loja/loja.ini /etc/loja/loja.ini.bak'],
    },
  ],
  events: [],
  checklist: [
    {
      id: 'inventory-written',
      label: {
        'pt-BR': 'Existe um inventário em `~/inventario.txt` no `bastion`',
        en: 'There is an inventory in `~/inventario.txt` on the `bastion`',
      },
      condition: { kind: 'path-exists', host: 'bastion', path: NOTE },
      failureReason: {
        'pt-BR': 'Ainda não há `/home/aluno/inventario.txt` no `bastion`.',
        en: 'There is no `/home/aluno/inventario.txt` on the `bastion` yet.',
      },
    },
    {
      id: 'names-the-snowflake',
      label: {
        'pt-BR': 'O inventário aponta o servidor floco de neve, e só ele',
        en: 'The inventory names the snowflake server, and only that one',
      },
      condition: {
        kind: 'all-of',
        conditions: [
          { kind: 'file-contains', host: 'bastion', path: NOTE, pattern: word('{{snowflake}}') },
          {
            kind: 'every-host',
            role: 'web',
            env: 'prod',
            except: ['{{snowflake}}'],
            condition: {
              kind: 'file-contains',
              host: 'bastion',
              path: NOTE,
              pattern: word('{{host}}'),
              negate: true,
            },
          },
        ],
      },
      failureReason: {
        'pt-BR':
          'O inventário não aponta o servidor que difere dos outros (ou cita mais de um servidor web). Compare `/etc/loja` e `/opt/loja/releases` nos três.',
        en: 'The inventory does not name the server that differs from the others (or names more than one web server). Compare `/etc/loja` and `/opt/loja/releases` on all three.',
      },
    },
    {
      id: 'release-noted',
      label: {
        'pt-BR': 'O inventário registra a versão da loja que a frota roda',
        en: 'The inventory records the shop release the fleet runs',
      },
      condition: {
        kind: 'file-contains',
        host: 'bastion',
        path: NOTE,
        pattern: '(?<![\\d.])2\\.3\\.0(?!\\.?\\d)',
      },
      failureReason: {
        'pt-BR': 'O inventário não diz qual versão da loja está instalada nos três servidores web.',
        en: 'The inventory does not say which shop release is installed on the three web servers.',
      },
    },
  ],
  hints: [
    {
      'pt-BR':
        'Os três servidores web deveriam ser idênticos. Entre em cada um (`ssh web-01`, depois `exit`) e compare o que há em `/etc/loja` e em `/opt/loja/releases`.',
      en: 'The three web servers should be identical. Log into each one (`ssh web-01`, then `exit`) and compare what is in `/etc/loja` and in `/opt/loja/releases`.',
    },
    {
      'pt-BR':
        'Um deles tem arquivos que os outros não têm: cópias da configuração e uma pasta de versão com nome de hotfix. A versão instalada de verdade é a que aparece nos três.',
      en: 'One of them has files the others lack: copies of the configuration and a release folder named like a hotfix. The release really installed is the one all three have.',
    },
    {
      'pt-BR':
        "De volta ao `bastion`, grave o servidor e a versão com `echo '<servidor> loja <versão>' > ~/inventario.txt` e confira com `cat ~/inventario.txt`.",
      en: "Back on the `bastion`, write the server and the release with `echo '<server> loja <release>' > ~/inventario.txt` and check it with `cat ~/inventario.txt`.",
    },
    {
      'pt-BR':
        "O floco de neve é o `{{snowflake}}`. No `bastion`: `echo '{{snowflake}} loja 2.3.0' > ~/inventario.txt`.",
      en: "The snowflake is `{{snowflake}}`. On the `bastion`: `echo '{{snowflake}} loja 2.3.0' > ~/inventario.txt`.",
    },
  ],
  solution: [
    'ssh {{snowflake}}',
    'ls /opt/loja/releases /etc/loja',
    'exit',
    "echo '{{snowflake}} loja 2.3.0' > ~/inventario.txt",
    'cat ~/inventario.txt',
  ],
  alternativeSolution: [
    "printf '%s\\n' 'floco de neve: {{snowflake}}' > inventario.txt",
    "printf 'release da loja: %s\\n' 2.3.0 >> inventario.txt",
  ],
  debrief: {
    'pt-BR': `Você fez o que toda pessoa que herda servidores tradicionais faz primeiro: arqueologia. Nada no \`{{snowflake}}\` diz por que ele tem \`loja.ini.orig\`, \`loja.ini.bak\` e uma pasta \`2.3.1-hotfix\`: cada item foi um ajuste feito à mão, no lugar, com o servidor rodando, e nenhum foi registrado.

É assim que um **bicho de estimação** vira **floco de neve**: único, difícil de reproduzir e, por isso, temido. Os outros dois servidores web são iguais entre si, e é essa igualdade que permite ao balanceador tratá-los como intercambiáveis.

O \`drift\` mostraria as cópias em \`/etc/loja\` como \`UNMANAGED\`: estão lá, mas o estado desejado não as declara. Na missão «Convergir e reconstruir» você volta a este servidor.

Na infraestrutura imutável, ninguém entra num servidor para ajustá-lo: o \`{{snowflake}}\` seria substituído por uma cópia nova da imagem, igual às outras.`,
    en: `You did what everyone who inherits traditional servers does first: archaeology. Nothing on \`{{snowflake}}\` says why it has \`loja.ini.orig\`, \`loja.ini.bak\` and a \`2.3.1-hotfix\` folder: each was a hand-made change, made in place on a running server, and none was recorded.

This is how a **pet** becomes a **snowflake**: unique, hard to reproduce and therefore feared. The other two web servers are alike, and that sameness is what lets the load balancer treat them as interchangeable.

\`drift\` would show the copies in \`/etc/loja\` as \`UNMANAGED\`: they are there, but the desired state does not declare them. You come back to this server in the mission "Converge and rebuild".

With immutable infrastructure nobody logs into a server to tweak it: \`{{snowflake}}\` would be replaced by a fresh copy of the image, identical to the others.`,
  },
  quiz: [
    {
      question: {
        'pt-BR': 'Por que o `{{snowflake}}` é um servidor floco de neve?',
        en: 'Why is `{{snowflake}}` a snowflake server?',
      },
      options: [
        {
          text: {
            'pt-BR': 'Porque acumulou mudanças feitas à mão que os outros servidores e os registros não têm',
            en: 'Because it piled up hand-made changes that the other servers and the records do not have',
          },
          correct: true,
          explanation: {
            'pt-BR': 'Isso: o que o torna único são ajustes locais que ninguém sabe reproduzir.',
            en: 'Right: what makes it unique is local tweaks nobody knows how to reproduce.',
          },
        },
        {
          text: {
            'pt-BR': 'Porque roda outra versão do Debian',
            en: 'Because it runs another Debian release',
          },
          correct: false,
          explanation: {
            'pt-BR': 'Todos rodam Debian 12; a diferença está nos ajustes locais, não no sistema.',
            en: 'They all run Debian 12; the difference is in the local tweaks, not the system.',
          },
        },
        {
          text: { 'pt-BR': 'Porque fica em homologação', en: 'Because it is in staging' },
          correct: false,
          explanation: {
            'pt-BR': 'Ele está em produção, junto com os outros dois servidores web.',
            en: 'It is in production, with the other two web servers.',
          },
        },
      ],
    },
    {
      question: {
        'pt-BR': 'O que caracteriza a infraestrutura mutável?',
        en: 'What characterises mutable infrastructure?',
      },
      options: [
        {
          text: {
            'pt-BR': 'Os servidores são alterados no lugar, enquanto rodam, depois de provisionados',
            en: 'Servers are changed in place, while running, after they were provisioned',
          },
          correct: true,
          explanation: {
            'pt-BR': 'É a definição: o mesmo servidor recebe mudanças ao longo de toda a sua vida.',
            en: 'That is the definition: the same server takes changes throughout its life.',
          },
        },
        {
          text: {
            'pt-BR': 'Cada mudança gera uma imagem nova e os servidores são substituídos',
            en: 'Every change produces a new image and the servers are replaced',
          },
          correct: false,
          explanation: {
            'pt-BR': 'Isso é a infraestrutura imutável, o assunto da próxima aula.',
            en: 'That is immutable infrastructure, the next lesson.',
          },
        },
        {
          text: { 'pt-BR': 'Os servidores nunca recebem atualizações', en: 'Servers never get updates' },
          correct: false,
          explanation: {
            'pt-BR': 'Pelo contrário: servidores mutáveis são atualizados o tempo todo, no lugar.',
            en: 'Quite the opposite: mutable servers are updated all the time, in place.',
          },
        },
      ],
    },
  ],
});
