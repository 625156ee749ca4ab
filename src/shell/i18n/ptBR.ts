import type { MessageKey } from './en';

/** What the lab's own commands say to the learner, in Brazilian Portuguese (the same keys as `EN`). */
export const PT_BR: Record<MessageKey, string> = {
  'exit.firstShell':
    'Este é o primeiro shell do laboratório: ele fica aberto. Use ssh HOST para visitar um servidor.',

  'help.header': 'Comandos disponíveis neste laboratório (help COMANDO ou man COMANDO para detalhes):',
  'help.family.files': 'Arquivos e navegação',
  'help.family.filesMore': 'Arquivos: detalhes e busca',
  'help.family.text': 'Texto',
  'help.family.editors': 'Editores',
  'help.family.packages': 'Pacotes',
  'help.family.services': 'Serviços',
  'help.family.system': 'Sistema',
  'help.family.shell': 'Shell',
  'help.family.network': 'Rede',
  'help.family.apptools': 'Ferramentas da aplicação',
  'help.family.fleet': 'Frota',
  'help.family.lab': 'O laboratório',
  'help.family.other': 'Outros',

  'lab.unrecognized': "{{command}}: opção não reconhecida '{{option}}'",
  'lab.needsArgument': "{{command}}: a opção '--{{option}}' precisa de um argumento",

  'undo.usage':
    'Uso: undo [N]\nVolta N passos (padrão: 1) no histórico de mudanças da frota do laboratório.\n',
  'redo.usage':
    'Uso: redo [N]\nAvança de novo N passos (padrão: 1) no histórico de mudanças da frota do laboratório.\n',
  'undo.invalid': '{{command}}: número de passos inválido',
  'undo.done_one': 'undo: 1 passo para trás',
  'undo.done_other': 'undo: {{count}} passos para trás',
  'redo.done_one': 'redo: 1 passo à frente',
  'redo.done_other': 'redo: {{count}} passos à frente',
  'undo.lastChange': ' (a última mudança: {{host}}: {{command}})',

  'drift.usage': `Uso: drift [--host HOST]... [--env AMBIENTE] [--all] [--diff] [--format table|terraform|ansible|puppet|inspec]
Compara cada servidor com o estado desejado do seu papel e lista o que se desviou:
  MODIFIED   declarado, mas diferente no servidor (esperado × atual)
  MISSING    declarado, mas ausente
  UNMANAGED  presente, mas não declarado em lugar nenhum
  --all      lista também os recursos em sincronia (IN_SYNC)
  --diff     mostra as linhas que mudaram nos arquivos modificados
  --format   mostra o mesmo desvio como Terraform, Ansible, Puppet ou InSpec mostrariam
`,
  'drift.unknownFormat': "drift: formato desconhecido '{{format}}' (escolha entre {{formats}})",
  'drift.unknownHost': 'drift: servidor desconhecido {{hosts}}',
  'drift.host': 'SERVIDOR',
  'drift.resource': 'RECURSO',
  'drift.status': 'ESTADO',
  'drift.change': 'ESPERADO → ATUAL',
  'drift.absent': 'ausente',
  'drift.undeclared': '(não declarado)',
  'drift.found_one': 'Encontrado 1 recurso com desvio',
  'drift.found_other': 'Encontrados {{count}} recursos com desvio',
  'drift.scope_one': 'em {{drifted}} de 1 servidor.',
  'drift.scope_other': 'em {{drifted}} de {{count}} servidores.',
  'drift.coverage':
    'Cobertura da frota: {{percent}}% ({{inSync}} de {{declared}} recursos declarados em sincronia), não gerenciados: {{unmanaged}}.',

  'converge.usage': `Uso: converge [--check] [--diff] [--limit HOST|PAPEL|AMBIENTE[,…]] [--purge]
Aplica à frota o estado desejado de cada papel, como ansible-playbook site.yml (roda do bastion com as
credenciais da conta de automação, então não precisa de sudo):
  --check   ensaio: mostra o que mudaria, sem mudar nada
  --diff    mostra as linhas que mudam em cada arquivo
  --limit   só estes servidores, papéis (web, db, lb) ou ambientes (prod, staging)
  --purge   remove também o que ninguém declarou (pacotes e arquivos UNMANAGED)
Servidores inalcançáveis são pulados e ficam como estão.
`,
  'converge.unexpected': "converge: argumento inesperado '{{argument}}'",

  'rebuild.usage': `Uso: rebuild HOST [--yes]
Substitui HOST por um servidor novo, criado da imagem dourada do seu papel, com o estado desejado aplicado —
o jeito imutável. Tudo o que foi feito à mão no servidor antigo se perde. Sem --yes, mostra o que se perderia.
`,
  'rebuild.unknownHost': "rebuild: servidor desconhecido '{{host}}'",
  'rebuild.bastion': 'rebuild: o bastion de onde você trabalha não pode ser reconstruído',
  'rebuild.lost': 'O que se perde em {{host}}:',
  'rebuild.lostDrift': '{{resource}} ({{status}}: {{actual}})',
  'rebuild.lostBaseline': '{{resource}}: {{before}} → {{after}} (volta ao da imagem)',
  'rebuild.lostFile': '{{path}} (fora do estado desejado)',
  'rebuild.lostKernel': 'kernel {{before}} → {{after}}',
  'rebuild.absent': 'ausente',
  'rebuild.nothingLost': '{{host}} está igual à sua imagem: nada se perde.',
  'rebuild.confirm': 'Rode de novo com --yes para substituir {{host}}: rebuild {{host}} --yes',
  'rebuild.done':
    '{{host}}: destruído; um novo servidor {{role}} foi criado da imagem dourada, com o estado desejado aplicado.',
  'rebuild.inSync': '{{host}}: em sincronia.',
};
