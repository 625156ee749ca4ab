import type { Locale } from '../../i18n';
import {
  type CommandContext,
  type CommandRegistry,
  type CommandResult,
  type CommandSpec,
  createShell,
  terminalColumns,
  wrapText,
} from '../../shell';
import { fail, ok } from '../../shell/types';
import { MISSIONS } from './registry';
import type { MissionRuntime } from './runtime';
import { fill } from './variables';

/** The terminal's words for missions, in the learner's language (tool output of the lab's own commands). */
const WORDS: Record<Locale, Record<string, string>> = {
  'pt-BR': {
    'not-started': 'não iniciada',
    'in-progress': 'em andamento',
    solved: 'resolvida',
    start: 'Para começar: mission start ID    Travou? hint    Lista de verificação: mission status',
    unknown: "mission: missão desconhecida '{{id}}' (veja a lista com: mission)",
    none: 'mission: nenhuma missão ativa (comece uma com: mission start ID)',
    hintNone: 'hint: nenhuma missão ativa (comece uma com: mission start ID)',
    checklist: 'Lista de verificação',
    complete: 'Missão cumprida! Leia a conversa final no painel da missão.',
    noHints: 'hint: não há mais dicas para esta missão (a solução: mission solution)',
    hint: 'Dica {{index}}/{{total}}: {{text}}',
    confirm: 'Isto mostra a solução completa. Para ver mesmo assim: mission solution --yes',
    sandbox: 'A caixa de areia não tem lista de verificação nem solução: experimente à vontade.',
    usage: 'Uso: mission [list | start ID | status | reset | solution [--yes]]',
    authored: '(do instrutor)',
  },
  en: {
    'not-started': 'not started',
    'in-progress': 'in progress',
    solved: 'solved',
    start: 'To begin: mission start ID    Stuck? hint    Checklist: mission status',
    unknown: "mission: unknown mission '{{id}}' (see the list with: mission)",
    none: 'mission: no active mission (start one with: mission start ID)',
    hintNone: 'hint: no active mission (start one with: mission start ID)',
    checklist: 'Checklist',
    complete: 'Mission complete! Read the debrief in the mission pane.',
    noHints: 'hint: no more hints for this mission (the solution: mission solution)',
    hint: 'Hint {{index}}/{{total}}: {{text}}',
    confirm: 'This shows the whole solution. To see it anyway: mission solution --yes',
    sandbox: 'The sandbox has no checklist and no solution: experiment freely.',
    usage: 'Usage: mission [list | start ID | status | reset | solution [--yes]]',
    authored: '(by the instructor)',
  },
};

/** Briefings, checklists and hints are prose: broken at words to the terminal's width, not mid-word by xterm. */
function fitted(ctx: CommandContext, result: CommandResult): CommandResult {
  const width = terminalColumns(ctx.state);
  return { ...result, stdout: wrapText(result.stdout, width), stderr: wrapText(result.stderr, width) };
}

function say(runtime: MissionRuntime, key: string, params: Record<string, string> = {}): string {
  return fill(WORDS[runtime.locale][key] ?? key, params);
}

/** Markdown read in a terminal: emphasis markers go, the rest (code in backticks, lists) reads fine. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*(.+?)\*\*/g, '$1').replace(/(^|\s)_(.+?)_(?=\s|[.,;:]|$)/g, '$1$2');
}

const SHIPPED = new Set(MISSIONS.map((m) => m.id));

function list(runtime: MissionRuntime): CommandResult {
  const progress = runtime.progress();
  const rows = [...runtime.missions]
    .sort((a, b) => a.order - b.order)
    .map((m) => {
      const status = say(runtime, progress.missions[m.id]?.status ?? 'not-started');
      // The instructor's mission (authored in this browser or opened from a link) is told apart, as in the panel.
      const by = SHIPPED.has(m.id) ? '' : ` ${say(runtime, 'authored')}`;
      return `${String(m.order).padStart(2)}  ${m.id.padEnd(22)} ${status.padEnd(14)} ${m.title[runtime.locale]}${by}`;
    });
  return ok(`${rows.join('\n')}\n\n${say(runtime, 'start')}\n`);
}

function checklist(runtime: MissionRuntime): string {
  const active = runtime.active();
  if (active?.mission.kind !== 'mission') return `${say(runtime, 'sandbox')}\n`;
  const labels = new Map(
    active.mission.checklist.map((c) => [c.id, fill(c.label[runtime.locale], active.vars)]),
  );
  const lines = active.evaluation.checks.map(
    (c) => `  [${c.passed ? 'x' : ' '}] ${labels.get(c.id) ?? c.id}${c.reason ? `\n      ${c.reason}` : ''}`,
  );
  const done = active.evaluation.complete ? `\n${say(runtime, 'complete')}\n` : '';
  return `${say(runtime, 'checklist')}:\n${lines.join('\n')}\n${done}`;
}

/** A mission by its id, or by the number `mission list` shows beside it. */
function missionId(runtime: MissionRuntime, typed: string): string | undefined {
  const byNumber = /^\d+$/.test(typed) ? runtime.missions.find((m) => m.order === Number(typed)) : undefined;
  return byNumber?.id ?? runtime.missions.find((m) => m.id === typed)?.id;
}

function start(runtime: MissionRuntime, typed: string): CommandResult {
  const id = missionId(runtime, typed) ?? typed;
  const started = runtime.start(id, { typed: true });
  const active = runtime.active();
  if (!started || !active) return fail(`${say(runtime, 'unknown', { id: typed })}\n`);
  const { mission, vars } = active;
  const briefing = plain(fill(mission.briefing[runtime.locale], vars));
  const text = `== ${mission.title[runtime.locale]} ==\n\n${briefing}\n\n${checklist(runtime)}`;
  // The learner is back on the bastion of the mission's world, with a fresh history.
  return { ...ok(text), world: started.world, stack: createShell(started.world).stack, history: {} };
}

function solution(runtime: MissionRuntime, args: readonly string[]): CommandResult {
  const active = runtime.active();
  if (!active) return fail(`${say(runtime, 'none')}\n`);
  if (active.mission.kind !== 'mission') return ok(`${say(runtime, 'sandbox')}\n`);
  if (!args.includes('--yes')) return ok(`${say(runtime, 'confirm')}\n`);
  return ok(`${(runtime.revealSolution() ?? []).join('\n')}\n`);
}

export function missionCommand(runtime: MissionRuntime): CommandSpec {
  return {
    name: 'mission',
    summary: 'list, start and follow the lab missions',
    usage: 'mission [list | start ID | status | reset | solution [--yes]]',
    complete: ({ args }) =>
      args.length === 0
        ? ['list', 'start', 'status', 'reset', 'solution']
        : args[0] === 'start'
          ? runtime.missions.map((m) => m.id)
          : [],
    run: (ctx) => {
      const [sub, ...rest] = ctx.args;
      // The list is a table and the solution command lines: both are left whole.
      if (sub === undefined || sub === 'list') return list(runtime);
      if (sub === 'solution') return solution(runtime, rest);
      return fitted(ctx, subcommand(sub, rest));
    },
  };

  function subcommand(sub: string, rest: readonly string[]): CommandResult {
    if (sub === 'start') return rest[0] ? start(runtime, rest[0]) : fail(`${say(runtime, 'usage')}\n`, 2);
    if (sub === 'status' || sub === 'check')
      return runtime.active() ? ok(checklist(runtime)) : fail(`${say(runtime, 'none')}\n`);
    if (sub === 'reset') {
      const active = runtime.active();
      return active ? start(runtime, active.mission.id) : fail(`${say(runtime, 'none')}\n`);
    }
    if (missionId(runtime, sub)) return start(runtime, sub);
    return fail(`${say(runtime, 'usage')}\n`, 2);
  }
}

export function hintCommand(runtime: MissionRuntime): CommandSpec {
  return {
    name: 'hint',
    summary: 'show the next hint of the active mission',
    usage: 'hint',
    run: (ctx) => fitted(ctx, nextHint(runtime)),
  };
}

function nextHint(runtime: MissionRuntime): CommandResult {
  if (!runtime.active()) return fail(`${say(runtime, 'hintNone')}\n`);
  const hint = runtime.nextHint();
  if (!hint) return ok(`${say(runtime, 'noHints')}\n`);
  const params = { index: String(hint.index), total: String(hint.total), text: plain(hint.text) };
  return ok(`${say(runtime, 'hint', params)}\n`);
}

/** Adds `mission` and `hint` to a shell registry (the CLI and the app call this when they build theirs). */
export function registerMissionCommands(registry: CommandRegistry, runtime: MissionRuntime): CommandRegistry {
  return registry.register(missionCommand(runtime), hintCommand(runtime));
}
