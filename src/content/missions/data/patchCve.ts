import { defineMission, everyProdWeb as everyWeb, FIX_SSL_ON, PROD_WEB, SHOP_UP, SITE } from '../define';
import { NGINX_ORG_LIST } from './inPlaceUpgrade';

/** The nginx advisory that comes with the OpenSSL one: fixed by Debian's 1.22.1-9+deb12u1 and nginx.org's 1.26.2. */
const NGINX_CVE = 'CVE-2024-7347';

/**
 * The reference patch of one web server: only the packages the advisories name, then what needrestart lists.
 * Where nginx comes from nginx.org, the configuration moves to the new syntax first (both versions accept it).
 */
const patch = (host: string, nginxOrg: boolean) => [
  `ssh ${host}`,
  'sudo apt update',
  'apt list --upgradable',
  ...(nginxOrg ? [FIX_SSL_ON, 'sudo nginx -t'] : []),
  'sudo apt install --only-upgrade -y libssl3 openssl nginx',
  'sudo needrestart -r l',
  'sudo systemctl restart nginx loja ssh',
  'exit',
];

/** The same packages through apt-get, the configuration fixed first, one restart at a time. */
const patchOtherwise = (host: string, nginxOrg: boolean) => [
  `ssh ${host}`,
  ...(nginxOrg ? [`sudo sed -i '/ssl on;/d' ${SITE}`, `sudo sed -i 's/443;/443 ssl;/' ${SITE}`] : []),
  'sudo apt-get update',
  'sudo apt-get install -y --only-upgrade nginx openssl libssl3',
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
    'pt-BR': `Saíram dois alertas de segurança: a \`{{cve}}\`, na biblioteca \`libssl3\` (e na ferramenta \`openssl\`), e a \`CVE-2024-7347\`, no \`nginx\`. A equipe de segurança quer as duas mitigadas hoje nos três servidores web de produção.

Aplique o patch no lugar, servidor por servidor, sem derrubar a loja. Duas coisas para ter em mente:
- instalar o pacote corrigido não basta enquanto processos que já estavam rodando mantiverem a biblioteca antiga na memória (\`sudo needrestart -r l\` mostra quais);
- atualize só o que os alertas pedem: um \`apt upgrade\` geral traria junto coisas que ninguém testou;
- servidores que deveriam ser iguais nem sempre são: o mesmo patch pode fazer coisas diferentes em cada um.

**Objetivo:** as duas CVEs mitigadas nos servidores web e a loja de produção saudável.`,
    en: `Two security advisories are out: \`{{cve}}\`, in the \`libssl3\` library (and the \`openssl\` tool), and \`CVE-2024-7347\`, in \`nginx\`. The security team wants both mitigated today on the three production web servers.

Patch them in place, one server at a time, without taking the shop down. Two things to keep in mind:
- installing the fixed package is not enough while processes that were already running keep the old library in memory (\`sudo needrestart -r l\` shows which);
- upgrade only what the advisories ask for: a general \`apt upgrade\` would bring along things nobody tested;
- servers that should be alike are not always so: the same patch may do different things on each.

**Goal:** both CVEs mitigated on the web servers and the production shop healthy.`,
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
        'pt-BR': 'Em {{hosts}} a `{{cve}}` ainda é explorável (por exemplo, por {{found}}).',
        en: 'On {{hosts}} `{{cve}}` is still exploitable (for example, through {{found}}).',
      },
    },
    {
      id: 'nginx-cve-mitigated',
      label: {
        'pt-BR': `A \`${NGINX_CVE}\` está mitigada: nginx corrigido e já reiniciado`,
        en: `\`${NGINX_CVE}\` is mitigated: nginx fixed and already restarted`,
      },
      condition: everyWeb({ kind: 'cve-mitigated', host: '{{host}}', cve: NGINX_CVE }),
      failureReason: {
        'pt-BR': `Em {{hosts}} a \`${NGINX_CVE}\` ainda é explorável (por exemplo, por {{found}}).`,
        en: `On {{hosts}} \`${NGINX_CVE}\` is still exploitable (for example, through {{found}}).`,
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
        'pt-BR': 'Problemas em {{hosts}} (por exemplo, {{found}}): veja o painel.',
        en: 'Problems on {{hosts}} (for example, {{found}}): see the dashboard.',
      },
    },
    SHOP_UP,
  ],
  hints: [
    {
      'pt-BR':
        'Em cada servidor web: `sudo apt update` e `apt list --upgradable`. Repare em `libssl3`, `openssl` e `nginx`, e também no que mais apareceria num `apt upgrade` geral.',
      en: 'On each web server: `sudo apt update` and `apt list --upgradable`. Look at `libssl3`, `openssl` and `nginx`, and at what else a general `apt upgrade` would bring.',
    },
    {
      'pt-BR':
        'Atualize só os pacotes dos alertas com `sudo apt install --only-upgrade`. Depois, `sudo needrestart -r l` lista os serviços que ainda usam a versão antiga: reinicie cada um.',
      en: 'Upgrade only the advisories’ packages with `sudo apt install --only-upgrade`. Then `sudo needrestart -r l` lists the services still using the old version: restart each one.',
    },
    {
      'pt-BR':
        'Em `{{nginxHost}}` o nginx vem do nginx.org, e a versão corrigida de lá não aceita `ssl on;`. Rode `sudo nginx -t` antes de reiniciar e corrija `/etc/nginx/sites-enabled/loja` (`listen 443 ssl;`, sem a linha `ssl on;`).',
      en: 'On `{{nginxHost}}` nginx comes from nginx.org, and the fixed version from there rejects `ssl on;`. Run `sudo nginx -t` before restarting and fix `/etc/nginx/sites-enabled/loja` (`listen 443 ssl;`, no `ssl on;` line).',
    },
    {
      'pt-BR': `Em cada servidor web: \`sudo apt install --only-upgrade -y libssl3 openssl nginx\`; em \`{{nginxHost}}\`, \`${FIX_SSL_ON}\`; por fim \`sudo systemctl restart nginx loja ssh\`.`,
      en: `On each web server: \`sudo apt install --only-upgrade -y libssl3 openssl nginx\`; on \`{{nginxHost}}\`, \`${FIX_SSL_ON}\`; finally \`sudo systemctl restart nginx loja ssh\`.`,
    },
  ],
  solution: [...patch('{{nginxHost}}', true), ...patch('{{other1}}', false), ...patch('{{other2}}', false)],
  alternativeSolution: [
    ...patchOtherwise('{{other2}}', false),
    ...patchOtherwise('{{nginxHost}}', true),
    ...patchOtherwise('{{other1}}', false),
  ],
  debrief: {
    'pt-BR': `Aplicar um patch parece a tarefa mais simples da operação, e você viu que não é:
- **instalado não é protegido.** Até serem reiniciados, \`nginx\`, \`loja\` e \`ssh\` continuavam com a \`libssl3\` vulnerável carregada na memória. O \`needrestart\` existe para isso;
- **o patch pode quebrar o que funcionava.** Em \`{{nginxHost}}\`, que alguém tinha passado para o nginx do nginx.org, a correção da \`CVE-2024-7347\` veio numa versão que removeu \`ssl on;\`. Nos outros dois, o mesmo alerta foi corrigido pelo Debian sem quebrar nada. Uma inconsistência antiga entre servidores "iguais" virou incidente no dia do patch;
- **patch não é upgrade geral.** Um \`apt upgrade\` teria trazido junto a loja 3.0.0 do repositório da empresa, que ninguém tinha testado em produção;
- **voltar atrás é difícil.** Sem um histórico claro, desfazer um patch com problemas depende da memória de quem o aplicou.

Na infraestrutura imutável, o patch entra na construção da imagem, que é testada antes de ir para produção; os servidores novos já sobem com a biblioteca corrigida carregada.`,
    en: `Applying a patch looks like the simplest job in operations, and you saw it is not:
- **installed is not protected.** Until restarted, \`nginx\`, \`loja\` and \`ssh\` kept the vulnerable \`libssl3\` loaded in memory. That is what \`needrestart\` is for;
- **the patch can break what worked.** On \`{{nginxHost}}\`, which someone had moved to nginx from nginx.org, the fix for \`CVE-2024-7347\` came in a version that removed \`ssl on;\`. On the other two, Debian fixed the same advisory without breaking anything. An old inconsistency between "identical" servers became an incident on patch day;
- **a patch is not a general upgrade.** An \`apt upgrade\` would also have brought shop 3.0.0 from the company repository, which nobody had tested in production;
- **going back is hard.** Without a clear history, undoing a bad patch depends on the memory of whoever applied it.

With immutable infrastructure, the patch goes into building the image, which is tested before reaching production; new servers boot with the fixed library already loaded.`,
  },
  quiz: [
    {
      question: {
        'pt-BR': 'Logo depois de instalar os pacotes corrigidos, por que a `{{cve}}` ainda era explorável?',
        en: 'Right after installing the fixed packages, why was `{{cve}}` still exploitable?',
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
            'pt-BR': 'Porque o apt não instala atualizações de segurança',
            en: 'Because apt does not install security updates',
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
              'Porque só ele usava o repositório do nginx.org, e a versão corrigida de lá removeu `ssl on;`',
            en: 'Because only it used the nginx.org repository, whose fixed version removed `ssl on;`',
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
