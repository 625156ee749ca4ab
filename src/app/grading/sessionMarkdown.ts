import type { TFunction } from 'i18next';
import { findMission, type Mission } from '../../content';
import { CONTROL_BUT_WHITESPACE } from './controlChars';
import type { CommandRecord, SessionExport } from './sessionFormat';

/**
 * A session as Markdown a grader reads: a summary, the missions as a table, then per mission the commands
 * typed with their output in fenced blocks. Nothing from the file can become markup: its text outside code
 * loses its control characters and line breaks, and every character that starts markup is backslash-escaped
 * (no HTML, links, autolinks or
 * emphasis), and each code block's fence is longer than any run of backticks inside it.
 * Labels come from the translations (trusted); values from the file are escaped before they are put in.
 * `t` must speak the session's language.
 */

/** Text from a file as Markdown text inside a line: no markup, no line break. */
export function mdText(text: string): string {
  return text
    .replace(CONTROL_BUT_WHITESPACE, '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_[\]<>&|~#!:@.]/g, (c) => `\\${c}`);
}

/** A fenced block that shows `body` literally, whatever it contains. */
export function mdCode(body: string, info = 'text'): string {
  const clean = body.replace(/\r\n?/g, '\n').replace(CONTROL_BUT_WHITESPACE, '').replace(/\t/g, '    ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${clean.endsWith('\n') || clean === '' ? clean : `${clean}\n`}${fence}`;
}

/** `2026-11-29T15:30:02.000Z` → `2026-11-29 15:30:02 UTC`. */
export function wallText(iso: string | null): string {
  return iso === null ? '—' : `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

export function durationText(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes >= 60
    ? `${Math.floor(minutes / 60)} h ${minutes % 60} min`
    : `${minutes} min ${seconds % 60} s`;
}

/** The instructor's missions played in the session (not shipped): their titles, marked as theirs. */
type Authored = readonly Mission[];

function missionTitle(id: string, session: SessionExport, t: TFunction, authored: Authored): string {
  const shipped = findMission(id);
  if (shipped) return shipped.title[session.locale];
  const own = authored.find((m) => m.id === id);
  return own ? `${own.title[session.locale]} (${t('grading.md.authored')})` : id;
}

function commandBlock(c: CommandRecord, index: number, t: TFunction): string {
  const facts = t('grading.md.commandFacts', {
    n: index + 1,
    exit: c.exitCode,
    at: wallText(c.at),
    host: mdText(c.host),
  });
  const cut = c.outputCut ? `\n\n_${t('grading.md.outputCut')}_` : '';
  return `**${facts}**\n\n${mdCode(`$ ${c.line}\n${c.output}`, 'console')}${cut}`;
}

function summary(session: SessionExport, t: TFunction): string[] {
  const { log, limits } = session;
  const lines = [
    `- ${t('grading.md.learner')}: ${session.learner.name === null ? t('grading.anonymous') : mdText(session.learner.name)}`,
    `- ${t('grading.md.exportedAt')}: ${wallText(session.exportedAt)}`,
    `- ${t('grading.md.startedAt')}: ${wallText(log.startedAt)}`,
    `- ${t('grading.md.seed')}: ${session.seed}`,
    `- ${t('grading.md.commands', { count: log.commands.length })}`,
    `- ${t('grading.md.hints', { count: session.hintsUsed })}`,
    `- ${t('grading.md.limits', { commands: limits.commands, perCommand: limits.outputPerCommand, total: limits.outputTotal })}`,
  ];
  if (log.droppedCommands > 0) lines.push(`- ${t('grading.md.dropped', { count: log.droppedCommands })}`);
  if (log.cutOutputs > 0) lines.push(`- ${t('grading.md.cut', { count: log.cutOutputs })}`);
  return lines;
}

function missionTable(session: SessionExport, t: TFunction, authored: Authored): string[] {
  if (session.missions.length === 0) return [t('grading.md.noMissions')];
  const head = [
    'mission',
    'status',
    'attempts',
    'commandsCol',
    'hintsCol',
    'solution',
    'time',
    'solvedAt',
  ] as const;
  const rows = session.missions.map((m) => [
    mdText(missionTitle(m.id, session, t, authored)),
    t(`grading.status.${m.status}`),
    String(m.attempts),
    String(m.commands),
    String(m.hintsUsed),
    m.solutionRevealed ? t('grading.yes') : t('grading.no'),
    durationText(m.activeSeconds),
    wallText(m.solvedAt),
  ]);
  return [
    `| ${head.map((h) => t(`grading.md.col.${h}`)).join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** The commands grouped by mission, in the order the missions were first worked on. */
function commandSections(session: SessionExport, t: TFunction, authored: Authored): string[] {
  const groups = new Map<string | null, { c: CommandRecord; i: number }[]>();
  session.log.commands.forEach((c, i) => {
    const group = groups.get(c.mission) ?? [];
    group.push({ c, i });
    groups.set(c.mission, group);
  });
  const sections: string[] = [];
  for (const [mission, items] of groups) {
    const title =
      mission === null ? t('grading.md.noMission') : mdText(missionTitle(mission, session, t, authored));
    sections.push(`### ${title}`, '', ...items.flatMap(({ c, i }) => [commandBlock(c, i, t), '']));
  }
  return sections.length > 0 ? sections : [t('grading.md.noCommands'), ''];
}

export function sessionMarkdown(session: SessionExport, t: TFunction, authored: Authored = []): string {
  const name = session.learner.name === null ? t('grading.anonymous') : mdText(session.learner.name);
  return [
    `# ${t('grading.md.title', { name })}`,
    '',
    ...summary(session, t),
    '',
    `## ${t('grading.md.missions')}`,
    '',
    ...missionTable(session, t, authored),
    '',
    `## ${t('grading.md.log')}`,
    '',
    ...commandSections(session, t, authored),
  ].join('\n');
}
