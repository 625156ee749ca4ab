import { defineMission, everyProdWeb as everyWeb, PROD_WEB } from '../define';
import { NGINX_ORG_LIST, SITE } from './inPlaceUpgrade';

const FIX_SITE = `sudo sed -i -e 's/listen 443;/listen 443 ssl;/' -e '/ssl on;/d' ${SITE}`;

/** The reference patch of one web server: everything the security archive offers, then what needrestart lists. */
const patch = (host: string, nginxOrg: boolean) => [
  `ssh ${host}`,
  'sudo apt update',
  'sudo apt upgrade -y',
  'sudo needrestart -r l',
  'sudo nginx -t',
  ...(nginxOrg ? [FIX_SITE, 'sudo nginx -t'] : []),
  'sudo systemctl restart nginx loja ssh',
  'exit',
];

/** Only the two OpenSSL packages, one restart at a time: no new nginx, so no broken configuration. */
const patchNarrowly = (host: string) => [
  `ssh ${host}`,
  'sudo apt-get update',
  'sudo apt-get install -y --only-upgrade libssl3 openssl',
  'sudo systemctl restart nginx',
  'sudo systemctl restart loja',
  'sudo systemctl restart ssh',
  'exit',
];

export const patchCve = defineMission({
  kind: 'mission',
  id: 'patch-cve',
  order: 5,
  title: { 'pt-BR': 'Corrigindo uma CVE', en: 'Patching a CVE' },
  lessonSections: [7],
  scenario: 'frota',
  seed: 1,
  variables: {
    cve: { pickOne: ['CVE-2024-0727', 'CVE-2024-5535', 'CVE-2024-9143'] },
    nginxHost: { pickOne: PROD_WEB },
    other1: { pickOne: PROD_WEB, distinctFrom: ['nginxHost'] },
    other2: { pickOne: PROD_WEB, distinctFrom: ['nginxHost', 'other1'] },
  },
  briefing: {
    'pt-BR': `Saiu um alerta de segurança: a \`{{cve}}\` afeta a biblioteca \`libssl3\` (e a ferramenta \`openssl\`) instalada em toda a frota. A equipe de segurança quer a vulnerabilidade mitigada hoje nos três servidores web de produção.

Aplique o patch no lugar, servidor por servidor, sem derrubar a loja. Duas coisas para ter em mente:
- instalar o pacote corrigido não basta enquanto processos que já estavam rodando mantiverem a biblioteca antiga na memória (\`sudo needrestart -r l\` mostra quais);
- servidores que deveriam ser iguais nem sempre são: confira o que cada \`apt upgrade\` vai trazer antes de confirmar.

**Objetivo:** a \`{{cve}}\` mitigada nos servidores web e a loja de produção saudável.`,
    en: `A security advisory is out: \`{{cve}}\` affects the \`libssl3\` library (and the \`openssl\` tool) installed across the fleet. The security team wants it mitigated today on the three production web servers.

Patch them in place, one server at a time, without taking the shop down. Two things to keep in mind:
- installing the fixed package is not enough while processes that were already running keep the old library in memory (\`sudo needrestart -r l\` shows which);
- servers that should be alike are not always so: check what each \`apt upgrade\` is about to bring before you confirm.

**Goal:** \`{{cve}}\` mitigated on the web servers and the production shop healthy.`,
  },
  setup: [
    {
      hoursBefore: 24 * 60,
      as: 'joana',
      host: '{{nginxHost}}',
      run: [NGINX_ORG_LIST, 'sudo apt update', 'sudo apt install -y nginx=1.24.0-1~bookworm'],
    },
  ],
  events: [],
  checklist: [
    {
      id: 'cve-mitigated',
      label: {
        'pt-BR':
          'A `{{cve}}` está mitigada nos servidores web: pacotes corrigidos e nenhum processo com a biblioteca antiga',
        en: '`{{cve}}` is mitigated on the web servers: fixed packages and no process holding the old library',
      },
      condition: everyWeb({ kind: 'cve-mitigated', host: '{{host}}', cve: '{{cve}}' }),
      failureReason: {
        'pt-BR': 'Em {{hosts}} a `{{cve}}` ainda é explorável por: {{found}}.',
        en: 'On {{hosts}} `{{cve}}` is still exploitable through: {{found}}.',
      },
    },
    {
      id: 'nginx-valid',
      label: {
        'pt-BR': '`nginx -t` aprova a configuração dos servidores web',
        en: '`nginx -t` accepts the web servers’ configuration',
      },
      condition: everyWeb({ kind: 'nginx-config-valid', host: '{{host}}' }),
      failureReason: {
        'pt-BR': '`nginx -t` recusa a configuração de {{hosts}}: {{found}}',
        en: '`nginx -t` rejects the configuration of {{hosts}}: {{found}}',
      },
    },
    {
      id: 'servers-healthy',
      label: { 'pt-BR': 'Os servidores web estão saudáveis', en: 'The web servers are healthy' },
      condition: everyWeb({ kind: 'server-healthy', host: '{{host}}' }),
      failureReason: {
        'pt-BR': 'Problemas em {{hosts}}: {{found}} (veja o painel).',
        en: 'Problems on {{hosts}}: {{found}} (see the dashboard).',
      },
    },
    {
      id: 'shop-up',
      label: { 'pt-BR': 'A loja de produção está saudável', en: 'The production shop is healthy' },
      condition: { kind: 'deployment', env: 'prod', status: 'healthy' },
      failureReason: {
        'pt-BR': 'A implantação de produção está `{{found}}`: veja o painel para saber por quê.',
        en: 'The production deployment is `{{found}}`: the dashboard says why.',
      },
    },
  ],
  hints: [
    {
      'pt-BR':
        'Em cada servidor web: `sudo apt update` e `apt list --upgradable`. A `libssl3` e a `openssl` aparecem com versões do `bookworm-security`.',
      en: 'On each web server: `sudo apt update` and `apt list --upgradable`. `libssl3` and `openssl` show up with versions from `bookworm-security`.',
    },
    {
      'pt-BR':
        'Depois de atualizar, `sudo needrestart -r l` lista os serviços que ainda usam a biblioteca antiga. Reinicie cada um com `sudo systemctl restart`.',
      en: 'After upgrading, `sudo needrestart -r l` lists the services still using the old library. Restart each with `sudo systemctl restart`.',
    },
    {
      'pt-BR':
        'Em `{{nginxHost}}` o nginx vem do nginx.org, e o `apt upgrade` traz uma versão que não aceita `ssl on;`. Rode `sudo nginx -t` antes de reiniciar e corrija `/etc/nginx/sites-enabled/loja` (`listen 443 ssl;`, sem a linha `ssl on;`). Ou atualize só a `libssl3` e a `openssl`.',
      en: 'On `{{nginxHost}}` nginx comes from nginx.org, and `apt upgrade` brings a version that rejects `ssl on;`. Run `sudo nginx -t` before restarting and fix `/etc/nginx/sites-enabled/loja` (`listen 443 ssl;`, no `ssl on;` line). Or upgrade only `libssl3` and `openssl`.',
    },
    {
      'pt-BR':
        'Em cada servidor web: `sudo apt-get install -y --only-upgrade libssl3 openssl` e depois `sudo systemctl restart nginx loja ssh`.',
      en: 'On each web server: `sudo apt-get install -y --only-upgrade libssl3 openssl`, then `sudo systemctl restart nginx loja ssh`.',
    },
  ],
  solution: [...patch('{{nginxHost}}', true), ...patch('{{other1}}', false), ...patch('{{other2}}', false)],
  alternativeSolution: PROD_WEB.flatMap(patchNarrowly),
  debrief: {
    'pt-BR': `Aplicar um patch parece a tarefa mais simples da operação, e você viu que não é:
- **instalado não é protegido.** Até serem reiniciados, \`nginx\`, \`loja\` e \`ssh\` continuavam com a \`libssl3\` vulnerável carregada na memória. O \`needrestart\` existe para isso;
- **o patch pode quebrar o que funcionava.** Em \`{{nginxHost}}\`, que alguém tinha passado para o nginx do nginx.org, o \`apt upgrade\` trouxe junto uma versão que removeu \`ssl on;\`. Uma inconsistência antiga entre servidores "iguais" virou incidente no dia do patch;
- **voltar atrás é difícil.** Sem um histórico claro, desfazer um patch com problemas depende da memória de quem o aplicou.

Na infraestrutura imutável, o patch entra na construção da imagem, que é testada antes de ir para produção; os servidores novos já sobem com a biblioteca corrigida carregada.`,
    en: `Applying a patch looks like the simplest job in operations, and you saw it is not:
- **installed is not protected.** Until restarted, \`nginx\`, \`loja\` and \`ssh\` kept the vulnerable \`libssl3\` loaded in memory. That is what \`needrestart\` is for;
- **the patch can break what worked.** On \`{{nginxHost}}\`, which someone had moved to nginx from nginx.org, \`apt upgrade\` also brought a version that removed \`ssl on;\`. An old inconsistency between "identical" servers became an incident on patch day;
- **going back is hard.** Without a clear history, undoing a bad patch depends on the memory of whoever applied it.

With immutable infrastructure, the patch goes into building the image, which is tested before reaching production; new servers boot with the fixed library already loaded.`,
  },
  quiz: [
    {
      question: {
        'pt-BR': 'Logo depois do `apt upgrade`, por que a `{{cve}}` ainda era explorável?',
        en: 'Right after `apt upgrade`, why was `{{cve}}` still exploitable?',
      },
      options: [
        {
          text: {
            'pt-BR': 'Porque os processos em execução mantêm a biblioteca antiga na memória até reiniciar',
            en: 'Because running processes keep the old library in memory until restarted',
          },
          correct: true,
          explanation: {
            'pt-BR':
              'O dpkg troca o arquivo no disco; quem já o tinha carregado continua com a cópia antiga.',
            en: 'dpkg swaps the file on disk; whoever had already loaded it keeps the old copy.',
          },
        },
        {
          text: {
            'pt-BR': 'Porque o `apt upgrade` não instala atualizações de segurança',
            en: 'Because `apt upgrade` does not install security updates',
          },
          correct: false,
          explanation: {
            'pt-BR': 'Instala, sim: o pacote corrigido estava no disco. Faltava reiniciar.',
            en: 'It does: the fixed package was on disk. The restart was missing.',
          },
        },
        {
          text: {
            'pt-BR': 'Porque é preciso reiniciar o servidor inteiro',
            en: 'Because the whole server must be rebooted',
          },
          correct: false,
          explanation: {
            'pt-BR': 'Para uma biblioteca basta reiniciar os serviços que a usam; reboot é para kernel novo.',
            en: 'For a library, restarting the services that use it is enough; reboots are for a new kernel.',
          },
        },
      ],
    },
    {
      question: {
        'pt-BR': 'Por que o patch quebrou o nginx só em `{{nginxHost}}`?',
        en: 'Why did the patch break nginx only on `{{nginxHost}}`?',
      },
      options: [
        {
          text: {
            'pt-BR':
              'Porque só ele usava o repositório do nginx.org, e a versão nova de lá removeu `ssl on;`',
            en: 'Because only it used the nginx.org repository, whose new version removed `ssl on;`',
          },
          correct: true,
          explanation: {
            'pt-BR':
              'Uma diferença antiga entre servidores do mesmo papel decidiu o que o patch fez em cada um.',
            en: 'An old difference between servers of the same role decided what the patch did on each.',
          },
        },
        {
          text: {
            'pt-BR': 'Porque a `libssl3` nova é incompatível com o nginx',
            en: 'Because the new `libssl3` is incompatible with nginx',
          },
          correct: false,
          explanation: {
            'pt-BR': 'Os outros servidores receberam a mesma `libssl3` e o nginx continuou funcionando.',
            en: 'The other servers got the same `libssl3` and nginx kept working.',
          },
        },
        {
          text: {
            'pt-BR': 'Por azar: patches falham aleatoriamente',
            en: 'Bad luck: patches fail at random',
          },
          correct: false,
          explanation: {
            'pt-BR': 'Não foi acaso: a diferença estava na configuração de repositórios daquele servidor.',
            en: 'It was no accident: the difference was in that server’s repository configuration.',
          },
        },
      ],
    },
  ],
});
