import { defineMission, PROD_WEB } from '../define';

export const sandbox = defineMission({
  kind: 'sandbox',
  id: 'sandbox',
  order: 8,
  title: { 'pt-BR': 'Caixa de areia', en: 'Sandbox' },
  lessonSections: [9],
  scenario: 'frota',
  seed: 1,
  variables: {
    target: { pickOne: PROD_WEB },
    other: { pickOne: PROD_WEB, distinctFrom: ['target'] },
  },
  briefing: {
    'pt-BR': `A frota é sua, sem objetivo e sem lista de verificação. Atualize pacotes, edite configurações, pare serviços, convirja, reconstrua, e use \`undo\` quando quiser voltar um passo.

Para ver a frota se degradar sozinha, ligue as **chaves de caos** no painel da missão: cada uma dispara algo que acontece "pelas costas" de quem opera servidores de verdade. Depois, use \`drift\`, os logs e o painel para descobrir o que aconteceu.`,
    en: `The fleet is yours, with no goal and no checklist. Upgrade packages, edit configurations, stop services, converge, rebuild, and use \`undo\` whenever you want to step back.

To watch the fleet degrade on its own, flip the **chaos switches** in the mission pane: each one fires something that happens "behind the back" of people who run real servers. Then use \`drift\`, the logs and the dashboard to find out what happened.`,
  },
  setup: [],
  events: [],
  chaos: [
    {
      id: 'colleague-hotfix',
      label: { 'pt-BR': 'Hotfix de madrugada', en: 'Night-time hotfix' },
      description: {
        'pt-BR': 'Uma colega edita o `loja.ini` de `{{target}}` à mão e reinicia a loja.',
        en: 'A colleague edits `loja.ini` on `{{target}}` by hand and restarts the shop.',
      },
      event: { kind: 'hotfix', host: '{{target}}' },
    },
    {
      id: 'unattended-upgrades',
      label: { 'pt-BR': 'Atualização automática', en: 'Unattended upgrades' },
      description: {
        'pt-BR':
          'O `unattended-upgrades` instala patches de segurança em `{{target}}`; os serviços continuam com as bibliotecas antigas.',
        en: '`unattended-upgrades` installs security patches on `{{target}}`; services keep the old libraries.',
      },
      event: { kind: 'unattended-upgrades', host: '{{target}}' },
    },
    {
      id: 'cron-rewrite',
      label: { 'pt-BR': 'Cron esquecido', en: 'Forgotten cron job' },
      description: {
        'pt-BR': 'Um script antigo no cron reescreve um arquivo de configuração do `lb-01`.',
        en: 'An old cron script rewrites a configuration file on `lb-01`.',
      },
      event: { kind: 'cron-rewrite', host: 'lb-01' },
    },
    {
      id: 'disk-fill',
      label: { 'pt-BR': 'Disco enchendo', en: 'Disk filling up' },
      description: {
        'pt-BR': 'Um log em modo de depuração enche o disco do `db-01`.',
        en: 'A log left in debug mode fills the disk of `db-01`.',
      },
      event: { kind: 'disk-fill', host: 'db-01' },
    },
    {
      id: 'cert-expire',
      label: { 'pt-BR': 'Certificado vencido', en: 'Expired certificate' },
      description: {
        'pt-BR': 'O certificado TLS do balanceador `lb-01` vence.',
        en: 'The TLS certificate of the `lb-01` load balancer expires.',
      },
      event: { kind: 'cert-expire', host: 'lb-01' },
    },
    {
      id: 'unreachable',
      label: { 'pt-BR': 'Servidor inalcançável', en: 'Unreachable server' },
      description: {
        'pt-BR': '`{{other}}` para de responder na rede: uma mudança na frota inteira fica pela metade.',
        en: '`{{other}}` stops answering on the network: a fleet-wide change ends up half done.',
      },
      event: { kind: 'unreachable', host: '{{other}}' },
    },
  ],
  hints: [
    {
      'pt-BR':
        'Ligue o «Hotfix de madrugada» e veja quanto tempo leva para achá-lo com `drift` e com os logs.',
      en: 'Flip "Night-time hotfix" and see how long it takes to find it with `drift` and with the logs.',
    },
    {
      'pt-BR':
        'Ligue a «Atualização automática» e rode `sudo needrestart -r l` em `{{target}}`: quem ainda usa a biblioteca antiga?',
      en: 'Flip "Unattended upgrades" and run `sudo needrestart -r l` on `{{target}}`: who still uses the old library?',
    },
    {
      'pt-BR':
        'Deixe `{{other}}` inalcançável e rode `converge`: o que acontece com a frota quando um servidor não responde?',
      en: 'Make `{{other}}` unreachable and run `converge`: what happens to the fleet when one server does not answer?',
    },
  ],
  debrief: {
    'pt-BR':
      'Cada chave de caos é algo que acontece em frotas reais sem que ninguém digite um comando: colegas com pressa, atualizações automáticas, scripts esquecidos, discos cheios, certificados vencidos, redes instáveis. Na infraestrutura mutável, tudo isso se acumula nos mesmos servidores. Na imutável, a resposta padrão é trocar o servidor por um novo, igual aos outros.',
    en: 'Each chaos switch is something that happens in real fleets without anyone typing a command: colleagues in a hurry, automatic updates, forgotten scripts, full disks, expired certificates, flaky networks. With mutable infrastructure all of it piles up on the same servers. With immutable infrastructure the default answer is to replace the server with a new one, identical to the others.',
  },
});
