import { defineMission, PROD_WEB, SHOP_UP } from '../define';

const HOTFIX_DIR = '/opt/loja/releases/2.3.1-hotfix';
const UPLOAD_CONF = '/etc/nginx/conf.d/upload.conf';

export const convergeAndRebuild = defineMission({
  kind: 'mission',
  id: 'converge-and-rebuild',
  order: 7,
  title: { 'pt-BR': 'Convergir e reconstruir', en: 'Converge and rebuild' },
  lessonSections: [8],
  scenario: 'frota',
  seed: 1,
  variables: {
    drifted: { pickOne: PROD_WEB },
    snowflake: { pickOne: PROD_WEB, distinctFrom: ['drifted'] },
    timeout: { pickOne: ['90', '120', '180'] },
  },
  briefing: {
    'pt-BR': `A equipe finalmente escreveu o estado desejado da frota, como um playbook do Ansible, e quer colocar produção de volta nele. Há dois tipos de problema:
- deriva comum, que a convergência resolve: arquivos gerenciados alterados à mão, como o hotfix de ontem à noite;
- o floco de neve \`{{snowflake}}\`, cheio de coisas que ninguém declarou (cópias de configuração, arquivos extras do nginx, uma versão \`2.3.1-hotfix\`). Convergir não apaga o que não é gerenciado; para ele, vale mais a pena **reconstruir** a partir da imagem dourada.

Siga o ciclo: **detectar** (\`drift\`), **simular** (\`converge --check --diff\`, que não muda nada) e **convergir** (\`converge\`). Depois, \`rebuild {{snowflake}}\` mostra o que a reconstrução vai apagar, e \`--yes\` confirma.

**Objetivo:** todos os servidores de produção \`IN_SYNC\`, nada do floco de neve sobrando e a loja saudável.`,
    en: `The team has finally written down the fleet's desired state, like an Ansible playbook, and wants production back on it. There are two kinds of problem:
- ordinary drift, which converging fixes: managed files changed by hand, like last night's hotfix;
- the snowflake \`{{snowflake}}\`, full of things nobody declared (configuration copies, extra nginx files, a \`2.3.1-hotfix\` release). Converging does not delete what is not managed; for it, **rebuilding** from the golden image is worth more.

Follow the cycle: **detect** (\`drift\`), **simulate** (\`converge --check --diff\`, which changes nothing) and **converge** (\`converge\`). Then \`rebuild {{snowflake}}\` shows what rebuilding will wipe out, and \`--yes\` confirms it.

**Goal:** every production server \`IN_SYNC\`, nothing of the snowflake left over and the shop healthy.`,
  },
  setup: [
    {
      hoursBefore: 24 * 120,
      as: 'joana',
      host: '{{snowflake}}',
      run: [
        `sudo mkdir ${HOTFIX_DIR}`,
        'sudo cp /etc/loja/loja.ini /etc/loja/loja.ini.orig',
        `echo 'client_max_body_size 64m;' | sudo tee ${UPLOAD_CONF}`,
      ],
    },
    {
      hoursBefore: 24 * 30,
      as: 'joana',
      host: '{{snowflake}}',
      run: ['sudo cp /etc/loja/loja.ini /etc/loja/loja.ini.bak'],
    },
    {
      hoursBefore: 6,
      event: {
        kind: 'hotfix',
        host: '{{drifted}}',
        params: { find: 'timeout = 30', replace: 'timeout = {{timeout}}', unit: 'loja', user: 'joana' },
      },
    },
  ],
  events: [],
  checklist: [
    {
      id: 'fleet-in-sync',
      label: {
        'pt-BR': 'Todos os servidores de produção estão `IN_SYNC` com o estado desejado',
        en: 'Every production server is `IN_SYNC` with the desired state',
      },
      condition: { kind: 'every-host', env: 'prod', condition: { kind: 'server-in-sync', host: '{{host}}' } },
      failureReason: {
        'pt-BR': 'Ainda há deriva em {{hosts}} (por exemplo, {{found}}).',
        en: 'There is still drift on {{hosts}} (for example, {{found}}).',
      },
    },
    {
      id: 'snowflake-gone',
      label: {
        'pt-BR': 'Nada do que foi feito à mão em `{{snowflake}}` sobrou, nem a `2.3.1-hotfix`',
        en: 'Nothing hand-made is left on `{{snowflake}}`, not even `2.3.1-hotfix`',
      },
      condition: { kind: 'path-exists', host: '{{snowflake}}', path: HOTFIX_DIR, negate: true },
      failureReason: {
        'pt-BR': '`{{snowflake}}` ainda tem `/opt/loja/releases/2.3.1-hotfix`, que nenhum manifesto declara.',
        en: '`{{snowflake}}` still has `/opt/loja/releases/2.3.1-hotfix`, which no manifest declares.',
      },
    },
    SHOP_UP,
  ],
  hints: [
    {
      'pt-BR':
        'Rode `drift` no `bastion` e anote, por servidor, o que está `MODIFIED` e o que está `UNMANAGED`.',
      en: 'Run `drift` on the `bastion` and note, per server, what is `MODIFIED` and what is `UNMANAGED`.',
    },
    {
      'pt-BR':
        '`converge --check --diff` mostra o que a convergência mudaria, com o diff de cada arquivo, sem tocar em nada. Repare que ela desfaz o hotfix e não mexe no que é `UNMANAGED`.',
      en: '`converge --check --diff` shows what converging would change, with each file’s diff, touching nothing. Notice that it undoes the hotfix and leaves what is `UNMANAGED` alone.',
    },
    {
      'pt-BR':
        'Depois de `converge`, o que sobrar em `{{snowflake}}` é o que ninguém declarou. Em vez de limpar à mão, reconstrua-o da imagem dourada com `rebuild`.',
      en: 'After `converge`, what is left on `{{snowflake}}` is what nobody declared. Rather than cleaning it by hand, rebuild it from the golden image with `rebuild`.',
    },
    {
      'pt-BR':
        'No `bastion`: `converge`, depois `rebuild {{snowflake}}` (mostra o que vai se perder), `rebuild {{snowflake}} --yes` e, para conferir, `drift`.',
      en: 'On the `bastion`: `converge`, then `rebuild {{snowflake}}` (it shows what will be lost), `rebuild {{snowflake}} --yes` and, to check, `drift`.',
    },
  ],
  solution: [
    'drift',
    'converge --check --diff',
    'converge',
    'rebuild {{snowflake}}',
    'rebuild {{snowflake}} --yes',
    'drift',
  ],
  alternativeSolution: [
    'converge --limit {{drifted}}',
    'ssh {{snowflake}}',
    `sudo rm -r ${HOTFIX_DIR}`,
    `sudo rm /etc/loja/loja.ini.bak /etc/loja/loja.ini.orig ${UPLOAD_CONF}`,
    'sudo systemctl stop nginx',
    'sudo systemctl start nginx',
    'exit',
  ],
  debrief: {
    'pt-BR': `Com o estado desejado escrito, a deriva deixou de ser um mistério e virou uma lista: \`drift\` detectou, \`converge --check --diff\` mostrou o que mudaria antes de mudar, e \`converge\` trouxe cada servidor de volta. Repare que convergir **desfez o hotfix** de \`{{drifted}}\`: qualquer ajuste que não esteja no manifesto está condenado a se perder na próxima convergência.

O floco de neve mostrou o limite da convergência: ela corrige o que é declarado, mas não sabe o que fazer com o que ninguém declarou. Reconstruir a partir da imagem dourada foi mais simples e mais seguro do que uma faxina à mão, e tudo o que não estava na imagem nem no manifesto, inclusive a \`2.3.1-hotfix\`, desapareceu.

Esse é o gancho para a próxima aula. Se reconstruir é tão melhor que consertar, por que não fazer isso sempre? Na **infraestrutura imutável**, toda mudança é uma imagem nova e todo servidor é substituído em vez de alterado: a deriva não tem tempo de nascer.`,
    en: `With the desired state written down, drift stopped being a mystery and became a list: \`drift\` detected it, \`converge --check --diff\` showed what would change before changing it, and \`converge\` brought every server back. Notice that converging **undid the hotfix** on \`{{drifted}}\`: any tweak that is not in the manifest is doomed to be lost at the next converge.

The snowflake showed the limit of converging: it fixes what is declared, but does not know what to do with what nobody declared. Rebuilding from the golden image was simpler and safer than a hand clean-up, and everything that was in neither the image nor the manifest, \`2.3.1-hotfix\` included, disappeared.

That is the hook for the next lesson. If rebuilding is so much better than repairing, why not always do it? With **immutable infrastructure**, every change is a new image and every server is replaced rather than changed: drift has no time to be born.`,
  },
  quiz: [
    {
      question: {
        'pt-BR': 'Por que rodar `converge --check --diff` antes de `converge`?',
        en: 'Why run `converge --check --diff` before `converge`?',
      },
      options: [
        {
          text: {
            'pt-BR':
              'Para ver, sem mudar nada, o que a convergência vai alterar, inclusive hotfixes que ela vai desfazer',
            en: 'To see, without changing anything, what converging will alter, including hotfixes it will undo',
          },
          correct: true,
          explanation: {
            'pt-BR':
              'O ensaio revela surpresas, como uma correção importante que ainda não foi para o manifesto.',
            en: 'The dry run reveals surprises, like an important fix that has not reached the manifest yet.',
          },
        },
        {
          text: {
            'pt-BR': 'Porque `converge` só funciona depois dele',
            en: 'Because `converge` only works after it',
          },
          correct: false,
          explanation: {
            'pt-BR': 'São independentes; o ensaio é uma precaução, não um pré-requisito.',
            en: 'They are independent; the dry run is a precaution, not a prerequisite.',
          },
        },
        {
          text: { 'pt-BR': 'Para apagar o que é `UNMANAGED`', en: 'To delete what is `UNMANAGED`' },
          correct: false,
          explanation: {
            'pt-BR': 'O modo `--check` não muda nada, e a convergência deixa o que é `UNMANAGED` em paz.',
            en: '`--check` changes nothing, and converging leaves what is `UNMANAGED` alone.',
          },
        },
      ],
    },
    {
      question: {
        'pt-BR': 'Quando reconstruir um servidor vale mais do que convergi-lo?',
        en: 'When is rebuilding a server worth more than converging it?',
      },
      options: [
        {
          text: {
            'pt-BR': 'Quando ele acumulou tanta coisa não declarada que ninguém sabe o que é seguro apagar',
            en: 'When it piled up so much undeclared stuff that nobody knows what is safe to delete',
          },
          correct: true,
          explanation: {
            'pt-BR': 'A imagem dourada mais o manifesto dão um servidor conhecido, sem arqueologia.',
            en: 'The golden image plus the manifest give a known server, with no archaeology.',
          },
        },
        {
          text: { 'pt-BR': 'Nunca: reconstruir perde dados', en: 'Never: rebuilding loses data' },
          correct: false,
          explanation: {
            'pt-BR':
              'Perde o que não foi declarado; é exatamente o ponto. Dados de verdade ficam fora do servidor.',
            en: 'It loses what was not declared; that is exactly the point. Real data lives off the server.',
          },
        },
        {
          text: {
            'pt-BR': 'Sempre que um pacote precisar de atualização',
            en: 'Whenever a package needs an update',
          },
          correct: false,
          explanation: {
            'pt-BR': 'Na infraestrutura mutável, uma atualização comum é convergida no lugar.',
            en: 'With mutable infrastructure, an ordinary update is converged in place.',
          },
        },
      ],
    },
  ],
});
