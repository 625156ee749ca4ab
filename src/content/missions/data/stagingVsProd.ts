import { defineMission, PROD_WEB, SHOP_UP } from '../define';

const PYTHON_REPO = 'deb http://apt.driftlab.lan/python bookworm main';
const LOJA_REPO = 'deb http://apt.loja.lan/debian stable main';
const addRepo = (line: string, file: string) =>
  `echo '${line}' | sudo tee /etc/apt/sources.list.d/${file}.list`;
const PYTHON_INSTALL = 'sudo apt install -y python3={{python}} python3-minimal={{python}}';

/** The morning's deployment on one production server, as the colleague typed it. */
const deploy = (host: string, migrate: boolean) => ({
  hoursBefore: 2,
  as: 'joana',
  host,
  allowFailure: true,
  run: [
    addRepo(LOJA_REPO, 'loja'),
    'sudo apt update',
    'sudo apt install -y loja=3.0.0',
    ...(migrate ? ['sudo loja-manage migrate'] : []),
  ],
});

/** The learner's fix on one production server: the same Python as staging, from the same repository. */
const fix = (host: string) => [
  `ssh ${host}`,
  addRepo(PYTHON_REPO, 'lab-python'),
  'sudo apt update',
  PYTHON_INSTALL,
  'sudo systemctl restart loja',
  'exit',
];

const fixOtherwise = (host: string) => [
  `ssh ${host}`,
  `printf '%s\\n' '${PYTHON_REPO}' | sudo tee /etc/apt/sources.list.d/python312.list`,
  'sudo apt-get update',
  'sudo apt-get install -y python3={{python}} python3-minimal={{python}}',
  'sudo systemctl start loja',
  'exit',
];

export const stagingVsProd = defineMission({
  kind: 'mission',
  id: 'staging-vs-prod',
  order: 4,
  title: { 'pt-BR': 'Funciona em staging, falha em produção', en: 'Works in staging, fails in prod' },
  lessonSections: [3],
  scenario: 'frota',
  seed: 1,
  variables: { python: { pickOne: ['3.12.4-1~lab1', '3.12.7-1~lab1'] } },
  briefing: {
    'pt-BR': `A versão 3.0.0 da loja passou em todos os testes de homologação em \`stg-web-01\`. Hoje cedo a Joana a publicou nos três servidores web de produção e... a loja de produção caiu. Em staging, tudo continua verde.

Descubra o que staging tem que produção não tem. Compare os dois ambientes: os registros do serviço (\`sudo journalctl -u loja -n 5 --no-pager\`), as versões dos pacotes (\`apt-cache policy python3\`) e os repositórios configurados (\`/etc/apt/sources.list.d/\`).

**Objetivo:** produção saudável **com a loja 3.0.0**, a versão que foi testada, e com o mesmo Python de staging.`,
    en: `Release 3.0.0 of the shop passed every staging test on \`stg-web-01\`. This morning Joana deployed it to the three production web servers and... the production shop went down. Staging is still all green.

Find out what staging has that production lacks. Compare the two environments: the service's logs (\`sudo journalctl -u loja -n 5 --no-pager\`), package versions (\`apt-cache policy python3\`) and the configured repositories (\`/etc/apt/sources.list.d/\`).

**Goal:** a healthy production **on shop 3.0.0**, the release that was tested, with the same Python as staging.`,
  },
  setup: [
    {
      hoursBefore: 24 * 90,
      as: 'joana',
      host: 'stg-web-01',
      run: [addRepo(PYTHON_REPO, 'lab-python'), 'sudo apt update', PYTHON_INSTALL],
    },
    {
      hoursBefore: 24 * 3,
      as: 'joana',
      host: 'stg-web-01',
      run: [
        addRepo(LOJA_REPO, 'loja'),
        'sudo apt update',
        'sudo apt install -y loja=3.0.0',
        'sudo loja-manage migrate',
      ],
    },
    deploy('web-01', true),
    deploy('web-02', false),
    deploy('web-03', false),
  ],
  events: [],
  checklist: [
    {
      id: 'release-kept',
      label: {
        'pt-BR': 'Os servidores web de produção rodam a loja 3.0.0, a versão testada',
        en: 'The production web servers run shop 3.0.0, the tested release',
      },
      condition: {
        kind: 'every-host',
        role: 'web',
        env: 'prod',
        condition: { kind: 'package-version', host: '{{host}}', name: 'loja', op: '=', version: '3.0.0' },
      },
      failureReason: {
        'pt-BR':
          'Em {{hosts}} a loja está na versão {{found}}: a ideia é consertar produção, não voltar a versão.',
        en: 'On {{hosts}} the shop is at {{found}}: the point is to fix production, not to roll the release back.',
      },
    },
    {
      id: 'python-parity',
      label: {
        'pt-BR': 'Produção tem o mesmo Python de staging (`{{python}}`)',
        en: 'Production has the same Python as staging (`{{python}}`)',
      },
      condition: {
        kind: 'every-host',
        role: 'web',
        env: 'prod',
        condition: {
          kind: 'package-version',
          host: '{{host}}',
          name: 'python3',
          op: '=',
          version: '{{python}}',
        },
      },
      failureReason: {
        'pt-BR': 'Em {{hosts}} o Python ainda é `{{found}}`; staging roda `{{python}}`.',
        en: 'On {{hosts}} Python is still `{{found}}`; staging runs `{{python}}`.',
      },
    },
    {
      id: 'loja-running',
      label: {
        'pt-BR': 'O serviço `loja` roda nos três servidores web',
        en: 'The `loja` service runs on all three web servers',
      },
      condition: {
        kind: 'every-host',
        role: 'web',
        env: 'prod',
        condition: { kind: 'service-state', host: '{{host}}', unit: 'loja', active: 'active' },
      },
      failureReason: {
        'pt-BR': 'O serviço `loja` não está rodando em {{hosts}}: {{found}}.',
        en: 'The `loja` service is not running on {{hosts}}: {{found}}.',
      },
    },
    SHOP_UP,
  ],
  hints: [
    {
      'pt-BR':
        'Em `web-01`, leia o motivo da falha: `sudo journalctl -u loja -n 5 --no-pager`. Depois compare com `stg-web-01`: `apt-cache policy python3` nos dois.',
      en: 'On `web-01`, read why it fails: `sudo journalctl -u loja -n 5 --no-pager`. Then compare with `stg-web-01`: `apt-cache policy python3` on both.',
    },
    {
      'pt-BR':
        'A loja 3.0.0 exige Python 3.12, mas o pacote só declara `python3 (>= 3.9)`. Meses atrás alguém instalou o Python 3.12 em `stg-web-01` de um repositório extra: veja `/etc/apt/sources.list.d/` lá.',
      en: 'Shop 3.0.0 needs Python 3.12, but its package only declares `python3 (>= 3.9)`. Months ago someone installed Python 3.12 on `stg-web-01` from an extra repository: look at `/etc/apt/sources.list.d/` there.',
    },
    {
      'pt-BR':
        'Em cada servidor web de produção: configure o mesmo repositório em `/etc/apt/sources.list.d/`, rode `sudo apt update`, instale o mesmo Python de staging e reinicie a loja.',
      en: 'On each production web server: add the same repository under `/etc/apt/sources.list.d/`, run `sudo apt update`, install the same Python as staging and restart the shop.',
    },
    {
      'pt-BR': `Em web-01, web-02 e web-03: \`${addRepo(PYTHON_REPO, 'lab-python')}\`, \`sudo apt update\`, \`${PYTHON_INSTALL}\` e \`sudo systemctl restart loja\`.`,
      en: `On web-01, web-02 and web-03: \`${addRepo(PYTHON_REPO, 'lab-python')}\`, \`sudo apt update\`, \`${PYTHON_INSTALL}\` and \`sudo systemctl restart loja\`.`,
    },
  ],
  solution: [
    'ssh web-01',
    'sudo journalctl -u loja -n 5 --no-pager',
    'apt-cache policy python3',
    'exit',
    'ssh stg-web-01',
    'apt-cache policy python3',
    'ls /etc/apt/sources.list.d/',
    'exit',
    ...PROD_WEB.flatMap(fix),
  ],
  alternativeSolution: PROD_WEB.flatMap(fixOtherwise),
  debrief: {
    'pt-BR': `O teste em staging "passou" justamente porque staging não era mais igual a produção. Meses atrás, alguém instalou o Python 3.12 em \`stg-web-01\` para outra coisa e nunca desfez: uma mudança pequena, feita à mão em um ambiente só, que apagou a **paridade** entre homologação e produção. O resultado foi uma falha que ninguém previu, em produção.

Você restaurou a paridade levando a produção para o mesmo Python de staging. Voltar a loja para 2.3.0 também tiraria a produção do buraco, mas deixaria os ambientes diferentes e o problema esperando a próxima publicação.

Sem um estado desejado que valha para os dois ambientes, cada diferença entre eles é um teste que mente.

Na infraestrutura imutável, staging e produção sobem da mesma imagem: o que foi testado é exatamente o que vai para produção.`,
    en: `The staging test "passed" precisely because staging was no longer like production. Months ago someone installed Python 3.12 on \`stg-web-01\` for something else and never undid it: a small hand-made change, in one environment only, that erased the **parity** between staging and production. The result was a failure nobody foresaw, in production.

You restored parity by bringing production to the same Python as staging. Rolling the shop back to 2.3.0 would also have got production out of trouble, but would have left the environments different and the problem waiting for the next release.

Without a desired state that holds for both environments, every difference between them is a test that lies.

With immutable infrastructure, staging and production boot from the same image: what was tested is exactly what goes to production.`,
  },
  quiz: [
    {
      question: {
        'pt-BR': 'Por que a versão 3.0.0 passou em staging?',
        en: 'Why did release 3.0.0 pass in staging?',
      },
      options: [
        {
          text: {
            'pt-BR':
              'Porque staging tinha um Python mais novo, instalado à mão, e não era mais igual a produção',
            en: 'Because staging had a newer Python, installed by hand, and was no longer like production',
          },
          correct: true,
          explanation: {
            'pt-BR': 'A perda de paridade fez o teste responder por um ambiente que não existe em produção.',
            en: 'Lost parity made the test speak for an environment that production is not.',
          },
        },
        {
          text: { 'pt-BR': 'Porque staging recebe menos tráfego', en: 'Because staging gets less traffic' },
          correct: false,
          explanation: {
            'pt-BR': 'A loja não chegou a subir em produção: é uma dependência, não carga.',
            en: 'The shop never even started in production: it is a dependency, not load.',
          },
        },
        {
          text: {
            'pt-BR': 'Porque o apt instala dependências diferentes em cada ambiente',
            en: 'Because apt installs different dependencies in each environment',
          },
          correct: false,
          explanation: {
            'pt-BR':
              'O apt faz o mesmo nos dois; o pacote declara `python3 (>= 3.9)`, que os dois satisfazem.',
            en: 'apt does the same in both; the package declares `python3 (>= 3.9)`, which both satisfy.',
          },
        },
      ],
    },
    {
      question: {
        'pt-BR':
          'Voltar a loja para 2.3.0 em produção também resolveria a queda. Qual é o problema dessa saída?',
        en: 'Rolling the shop back to 2.3.0 in production would also end the outage. What is wrong with that way out?',
      },
      options: [
        {
          text: {
            'pt-BR': 'Staging e produção continuariam diferentes, e a próxima publicação falharia de novo',
            en: 'Staging and production would stay different, and the next release would fail again',
          },
          correct: true,
          explanation: {
            'pt-BR': 'O rollback apaga o sintoma; a falta de paridade, que é a causa, continua.',
            en: 'The rollback removes the symptom; the lack of parity, the cause, remains.',
          },
        },
        {
          text: { 'pt-BR': 'É impossível rebaixar um pacote', en: 'Downgrading a package is impossible' },
          correct: false,
          explanation: {
            'pt-BR': 'É possível quando a versão antiga ainda está no repositório, mas nem sempre é simples.',
            en: 'It is possible when the old version is still in the repository, though not always simple.',
          },
        },
        {
          text: { 'pt-BR': 'Nenhum: é sempre a melhor saída', en: 'None: it is always the best way out' },
          correct: false,
          explanation: {
            'pt-BR':
              'Às vezes é a saída mais rápida, mas sozinha não corrige a diferença entre os ambientes.',
            en: 'Sometimes it is the fastest way out, but on its own it does not fix the difference between environments.',
          },
        },
      ],
    },
  ],
});
