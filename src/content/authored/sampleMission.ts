import type { Mission } from '../missions/schema';

const INI = '/etc/loja/loja.ini';

/**
 * What the authoring editor opens with for a mission: a small guided mission an instructor can play at once
 * and change (its id is not a shipped mission's, so it can be used in the lab as it is).
 */
export const SAMPLE_MISSION: Mission = {
  kind: 'mission',
  id: 'minha-missao',
  order: 99,
  title: { 'pt-BR': 'Mais workers na web-01', en: 'More workers on web-01' },
  lessonSections: [3],
  scenario: 'frota',
  seed: 1,
  variables: {},
  briefing: {
    'pt-BR':
      'A loja em `web-01` não dá conta do movimento. Aumente `workers` para **8** em `/etc/loja/loja.ini` na `web-01` e reinicie o serviço `loja` para que ele leia a mudança.',
    en: 'The shop on `web-01` cannot keep up. Raise `workers` to **8** in `/etc/loja/loja.ini` on `web-01` and restart the `loja` service so it reads the change.',
  },
  setup: [],
  events: [],
  checklist: [
    {
      id: 'workers-eight',
      label: {
        'pt-BR': '`workers = 8` no `loja.ini` da `web-01`',
        en: '`workers = 8` in `loja.ini` on `web-01`',
      },
      condition: { kind: 'file-contains', host: 'web-01', path: INI, pattern: '^workers = 8$' },
      failureReason: {
        'pt-BR': 'O `loja.ini` da `web-01` ainda não diz `workers = 8`.',
        en: '`loja.ini` on `web-01` does not say `workers = 8` yet.',
      },
    },
    {
      id: 'loja-restarted',
      label: {
        'pt-BR': 'O serviço `loja` da `web-01` roda com `workers = 8`',
        en: 'The `loja` service on `web-01` runs with `workers = 8`',
      },
      // Fresh alone holds at the start (nothing changed yet): it must be fresh after the change.
      condition: {
        kind: 'all-of',
        conditions: [
          { kind: 'file-contains', host: 'web-01', path: INI, pattern: '^workers = 8$' },
          { kind: 'service-fresh', host: 'web-01', unit: 'loja', path: INI },
        ],
      },
      failureReason: {
        'pt-BR': 'O `loja` da `web-01` ainda roda com a configuração antiga: ele a lê ao iniciar.',
        en: '`loja` on `web-01` still runs with the old configuration: it reads it when it starts.',
      },
    },
  ],
  hints: [
    { 'pt-BR': 'Entre na `web-01` com `ssh web-01`.', en: 'Log into `web-01` with `ssh web-01`.' },
    {
      'pt-BR': 'O arquivo é do root: `sudo sed -i` troca uma linha no lugar.',
      en: 'The file belongs to root: `sudo sed -i` changes a line in place.',
    },
    {
      'pt-BR':
        "`sudo sed -i 's/^workers = 4$/workers = 8/' /etc/loja/loja.ini` e depois `sudo systemctl restart loja`.",
      en: "`sudo sed -i 's/^workers = 4$/workers = 8/' /etc/loja/loja.ini`, then `sudo systemctl restart loja`.",
    },
  ],
  solution: [
    'ssh web-01',
    "sudo sed -i 's/^workers = 4$/workers = 8/' /etc/loja/loja.ini",
    'sudo systemctl restart loja',
    'exit',
  ],
  alternativeSolution: [
    'ssh web-01',
    "sudo sed -i '/^workers = /c workers = 8' /etc/loja/loja.ini",
    'sudo systemctl restart loja.service',
    'exit',
  ],
  debrief: {
    'pt-BR':
      'Você mudou um servidor em execução, no lugar: isso é infraestrutura mutável. Agora a `web-01` difere das outras `web` e do estado desejado (`drift`): a próxima convergência desfaz a mudança, a menos que ela vá para o manifesto.',
    en: 'You changed a running server in place: that is mutable infrastructure. Now `web-01` differs from the other `web` servers and from the desired state (`drift`): the next converge undoes the change unless it goes into the manifest.',
  },
  quiz: [
    {
      question: {
        'pt-BR': 'Por que reiniciar o `loja` depois de editar o arquivo?',
        en: 'Why restart `loja` after editing the file?',
      },
      options: [
        {
          text: {
            'pt-BR': 'O serviço lê a configuração ao iniciar',
            en: 'The service reads its configuration when it starts',
          },
          correct: true,
          explanation: {
            'pt-BR': 'Até reiniciar, ele continua com o que leu antes.',
            en: 'Until it restarts, it keeps what it read before.',
          },
        },
        {
          text: { 'pt-BR': 'Para apagar o drift', en: 'To clear the drift' },
          correct: false,
          explanation: {
            'pt-BR': 'Reiniciar não muda o arquivo: o drift continua.',
            en: 'Restarting does not change the file: the drift stays.',
          },
        },
      ],
    },
    {
      question: {
        'pt-BR': 'O que a próxima convergência faz com `workers = 8`?',
        en: 'What does the next converge do to `workers = 8`?',
      },
      options: [
        {
          text: { 'pt-BR': 'Volta para o valor do manifesto', en: 'Puts back the manifest value' },
          correct: true,
          explanation: {
            'pt-BR': 'O estado desejado manda; a mudança à mão se perde.',
            en: 'The desired state rules; the hand-made change is lost.',
          },
        },
        {
          text: { 'pt-BR': 'Mantém, porque o serviço já leu', en: 'Keeps it, since the service read it' },
          correct: false,
          explanation: {
            'pt-BR': 'O que o serviço leu não entra no manifesto.',
            en: 'What the service read does not go into the manifest.',
          },
        },
      ],
    },
  ],
};
