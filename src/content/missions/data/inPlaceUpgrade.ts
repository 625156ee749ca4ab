import { defineMission, FIX_SSL_ON, PROD_WEB, SHOP_UP, SITE } from '../define';

/** The nginx.org repository line, as `/etc/apt/sources.list.d/nginx.list` holds it. */
export const NGINX_ORG_LIST =
  "echo 'deb https://nginx.org/packages/debian bookworm nginx' | sudo tee /etc/apt/sources.list.d/nginx.list";

export const inPlaceUpgrade = defineMission({
  kind: 'mission',
  id: 'in-place-upgrade',
  order: 2,
  title: { 'pt-BR': 'Uma atualização no lugar', en: 'An in-place upgrade' },
  lessonSections: [6],
  scenario: 'frota',
  seed: 1,
  variables: {
    target: { pickOne: PROD_WEB },
    version: { pickOne: ['1.26.0-1~bookworm', '1.26.2-1~bookworm'] },
  },
  briefing: {
    'pt-BR': `A equipe quer o nginx do nginx.org (com HTTP/3) em produção e vai começar por um único servidor, um **canário**: se ele se comportar bem, os outros seguem depois. O repositório do nginx.org já foi configurado em \`{{target}}\`, e a mudança aprovada é a versão \`{{version}}\`.

Atualizar no lugar é trocar o software de uma máquina que está atendendo clientes, e o próprio pacote reinicia o serviço. Saiba o que muda na versão nova e use \`sudo nginx -t\` para testar a configuração.

**Objetivo:** \`{{target}}\` rodando o nginx \`{{version}}\`, os outros servidores web intocados e a loja de produção saudável.`,
    en: `The team wants nginx from nginx.org (with HTTP/3) in production and will start with a single server, a **canary**: if it behaves, the others follow later. The nginx.org repository is already configured on \`{{target}}\`, and the approved change is version \`{{version}}\`.

Upgrading in place means swapping the software of a machine that is serving customers, and the package restarts the service by itself. Know what changes in the new version and use \`sudo nginx -t\` to test the configuration.

**Goal:** \`{{target}}\` running nginx \`{{version}}\`, the other web servers untouched and the production shop healthy.`,
  },
  setup: [{ hoursBefore: 24 * 7, as: 'joana', host: '{{target}}', run: [NGINX_ORG_LIST, 'sudo apt update'] }],
  events: [],
  checklist: [
    {
      id: 'approved-version',
      label: {
        'pt-BR': 'O nginx de `{{target}}` está na versão aprovada, `{{version}}`',
        en: 'nginx on `{{target}}` is at the approved version, `{{version}}`',
      },
      condition: {
        kind: 'package-version',
        host: '{{target}}',
        name: 'nginx',
        op: '=',
        version: '{{version}}',
      },
      failureReason: {
        'pt-BR':
          'Em `{{target}}` o nginx está em `{{found}}`; o esperado é `{{version}}`, instalado e configurado.',
        en: 'On `{{target}}` nginx is at `{{found}}`; it should be `{{version}}`, installed and configured.',
      },
    },
    {
      id: 'config-valid',
      label: {
        'pt-BR': '`nginx -t` aprova a configuração de `{{target}}`',
        en: '`nginx -t` accepts the configuration of `{{target}}`',
      },
      condition: { kind: 'nginx-config-valid', host: '{{target}}' },
      failureReason: {
        'pt-BR': '`nginx -t` recusa a configuração de `{{target}}`: {{found}}',
        en: '`nginx -t` rejects the configuration of `{{target}}`: {{found}}',
      },
    },
    {
      id: 'nginx-running',
      label: {
        'pt-BR': 'O nginx de `{{target}}` está rodando, já com o programa novo',
        en: 'nginx on `{{target}}` is running, with the new program loaded',
      },
      condition: {
        kind: 'all-of',
        conditions: [
          { kind: 'service-state', host: '{{target}}', unit: 'nginx', active: 'active', enabled: true },
          { kind: 'no-restart-pending', host: '{{target}}' },
        ],
      },
      failureReason: {
        'pt-BR': 'O nginx de `{{target}}` não está rodando com a versão instalada: {{found}}.',
        en: 'nginx on `{{target}}` is not running the installed version: {{found}}.',
      },
    },
    {
      id: 'canary-only',
      label: {
        'pt-BR': 'Os outros servidores web continuam no nginx `1.22.1-9`',
        en: 'The other web servers stay on nginx `1.22.1-9`',
      },
      condition: {
        kind: 'every-host',
        role: 'web',
        env: 'prod',
        except: ['{{target}}'],
        condition: { kind: 'package-version', host: '{{host}}', name: 'nginx', op: '=', version: '1.22.1-9' },
      },
      failureReason: {
        'pt-BR': 'Em {{hosts}} o nginx também mudou (para {{found}}): o canário é só `{{target}}`.',
        en: 'nginx changed on {{hosts}} too ({{found}}): only `{{target}}` is the canary.',
      },
    },
    SHOP_UP,
  ],
  hints: [
    {
      'pt-BR':
        'Entre com `ssh {{target}}`, rode `sudo apt update` e veja as versões disponíveis com `apt-cache policy nginx`.',
      en: 'Log in with `ssh {{target}}`, run `sudo apt update` and look at the available versions with `apt-cache policy nginx`.',
    },
    {
      'pt-BR':
        'Instale a versão exata com `sudo apt install nginx={{version}}`. Antes de reiniciar, rode `sudo nginx -t`: o que ele diz sobre a linha 4 de `/etc/nginx/sites-enabled/loja`?',
      en: 'Install the exact version with `sudo apt install nginx={{version}}`. Before restarting, run `sudo nginx -t`: what does it say about line 4 of `/etc/nginx/sites-enabled/loja`?',
    },
    {
      'pt-BR':
        'Desde o nginx 1.25.1 a diretiva `ssl on;` não existe: o `ssl` vai para o `listen` (`listen 443 ssl;`) e a linha `ssl on;` sai. Edite com `sudo sed -i`; se o apt parou com erro, `sudo dpkg --configure -a` termina a instalação.',
      en: 'Since nginx 1.25.1 the `ssl on;` directive is gone: `ssl` moves onto `listen` (`listen 443 ssl;`) and the `ssl on;` line goes. Edit it with `sudo sed -i`; if apt stopped with an error, `sudo dpkg --configure -a` finishes the installation.',
    },
    {
      'pt-BR':
        "Em `{{target}}`: `sudo sed -i -e 's/listen 443;/listen 443 ssl;/' -e '/ssl on;/d' /etc/nginx/sites-enabled/loja`, depois `sudo nginx -t`, `sudo dpkg --configure -a` e `sudo systemctl restart nginx`.",
      en: "On `{{target}}`: `sudo sed -i -e 's/listen 443;/listen 443 ssl;/' -e '/ssl on;/d' /etc/nginx/sites-enabled/loja`, then `sudo nginx -t`, `sudo dpkg --configure -a` and `sudo systemctl restart nginx`.",
    },
  ],
  solution: [
    'ssh {{target}}',
    'sudo apt update',
    'sudo apt install -y nginx={{version}}',
    'sudo nginx -t',
    FIX_SSL_ON,
    'sudo nginx -t',
    'sudo dpkg --configure -a',
    'sudo systemctl restart nginx',
    'exit',
  ],
  alternativeSolution: [
    'ssh {{target}}',
    `sudo sed -i '/ssl on;/d' ${SITE}`,
    `sudo sed -i 's/443;/443 ssl;/' ${SITE}`,
    'sudo apt-get install -y nginx={{version}}',
    'sudo systemctl stop nginx',
    'sudo systemctl start nginx',
  ],
  debrief: {
    'pt-BR': `O \`apt\` trocou o nginx de \`{{target}}\` com o servidor no ar, e o próprio pacote tentou reiniciá-lo. Com a diretiva \`ssl on;\`, removida no nginx 1.25.1, o reinício falhou e a instalação parou no meio (\`dpkg: error processing package nginx\`), com \`{{target}}\` fora do ar. O \`nginx -t\` mostrou o motivo; corrigir a configuração e rodar \`dpkg --configure -a\` terminou o trabalho. Havia um caminho mais seguro: passar a configuração para a sintaxe nova **antes** de atualizar (\`listen 443 ssl;\` funciona nas duas versões) e testá-la com \`nginx -t\`.

Repare no que ficou para trás:
- \`{{target}}\` roda \`{{version}}\` e os outros dois, \`1.22.1-9\`: uma **inconsistência** entre servidores do mesmo papel, aceitável só enquanto o canário estiver em observação;
- \`/etc/nginx/sites-enabled/loja\` agora difere do estado desejado: é **deriva** até alguém levar a nova sintaxe para o manifesto;
- se algo der errado, voltar atrás exige rebaixar o pacote e desfazer a edição à mão.

Na infraestrutura imutável, a atualização seria uma imagem nova, testada (inclusive com \`nginx -t\`) antes de ir para produção; um servidor com problema seria trocado, não consertado.`,
    en: `\`apt\` swapped nginx on \`{{target}}\` while the server was live, and the package itself tried to restart it. With the \`ssl on;\` directive, removed in nginx 1.25.1, the restart failed and the installation stopped halfway (\`dpkg: error processing package nginx\`), with \`{{target}}\` down. \`nginx -t\` showed why; fixing the configuration and running \`dpkg --configure -a\` finished the job. There was a safer way: move the configuration to the new syntax **before** upgrading (\`listen 443 ssl;\` works with both versions) and test it with \`nginx -t\`.

Look at what is left behind:
- \`{{target}}\` runs \`{{version}}\` and the other two \`1.22.1-9\`: an **inconsistency** between servers of the same role, acceptable only while the canary is being watched;
- \`/etc/nginx/sites-enabled/loja\` now differs from the desired state: it is **drift** until someone puts the new syntax into the manifest;
- if something goes wrong, going back means downgrading the package and undoing the hand edit.

With immutable infrastructure the upgrade would be a new image, tested (\`nginx -t\` included) before reaching production; a server in trouble would be replaced, not repaired.`,
  },
  quiz: [
    {
      question: {
        'pt-BR': 'Por que rodar `sudo nginx -t` antes de `systemctl restart nginx`?',
        en: 'Why run `sudo nginx -t` before `systemctl restart nginx`?',
      },
      options: [
        {
          text: {
            'pt-BR': 'Porque, se a configuração for inválida, o reinício para o nginx e ele não volta',
            en: 'Because if the configuration is invalid, the restart stops nginx and it does not come back',
          },
          correct: true,
          explanation: {
            'pt-BR':
              'O processo antigo ainda atende com a configuração que carregou; o teste evita trocá-lo por nada.',
            en: 'The old process still serves with the configuration it loaded; the test keeps you from swapping it for nothing.',
          },
        },
        {
          text: { 'pt-BR': 'Porque o apt exige', en: 'Because apt requires it' },
          correct: false,
          explanation: {
            'pt-BR': 'O apt não roda o teste por você; é uma disciplina de quem opera o servidor.',
            en: 'apt does not run the test for you; it is a discipline of whoever operates the server.',
          },
        },
        {
          text: {
            'pt-BR': 'Porque `nginx -t` instala a versão nova',
            en: 'Because `nginx -t` installs the new version',
          },
          correct: false,
          explanation: {
            'pt-BR': '`nginx -t` só lê e valida a configuração; não instala nem reinicia nada.',
            en: '`nginx -t` only reads and checks the configuration; it installs and restarts nothing.',
          },
        },
      ],
    },
    {
      question: {
        'pt-BR': 'Ao fim da missão, `{{target}}` tem um nginx e os outros servidores web, outro. Isso é:',
        en: 'At the end of the mission, `{{target}}` has one nginx and the other web servers another. That is:',
      },
      options: [
        {
          text: {
            'pt-BR':
              'Uma inconsistência entre servidores do mesmo papel, que precisa de um plano para acabar',
            en: 'An inconsistency between servers of the same role, which needs a plan to end',
          },
          correct: true,
          explanation: {
            'pt-BR': 'Um canário é uma inconsistência de propósito; esquecida, ela vira permanente.',
            en: 'A canary is a deliberate inconsistency; forgotten, it becomes permanent.',
          },
        },
        {
          text: { 'pt-BR': 'Paridade entre ambientes', en: 'Parity between environments' },
          correct: false,
          explanation: {
            'pt-BR': 'Paridade é staging parecido com produção; aqui a diferença está dentro de produção.',
            en: 'Parity is staging resembling production; here the difference is inside production.',
          },
        },
        {
          text: { 'pt-BR': 'Infraestrutura imutável', en: 'Immutable infrastructure' },
          correct: false,
          explanation: {
            'pt-BR': 'Você mudou um servidor em execução: é exatamente o modelo mutável.',
            en: 'You changed a running server: that is exactly the mutable model.',
          },
        },
      ],
    },
  ],
});
