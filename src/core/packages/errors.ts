/**
 * apt's errors and notes as codes + parameters. The engine returns these; `formatAptError` and
 * `formatAptNote` give apt's exact English output, since apt on a real server prints English.
 */
import { aptOperator } from './depends';
import type { VersionConstraint } from './types';

/** How apt describes the target of a broken relation ("but ... "). */
export type UnmetState =
  | { kind: 'to-be-installed'; version: string }
  | { kind: 'not-going-to-be-installed' }
  | { kind: 'not-installable' }
  | { kind: 'virtual' };

export interface UnmetAlternative {
  name: string;
  constraint?: VersionConstraint;
  state: UnmetState;
}

export interface UnmetProblem {
  package: string;
  relation: 'Depends' | 'Conflicts';
  /** Several entries = an OR-group. */
  alternatives: readonly UnmetAlternative[];
}

export type AptError =
  | { code: 'E_UNABLE_TO_LOCATE'; params: { name: string } }
  | { code: 'E_VERSION_NOT_FOUND'; params: { name: string; version: string } }
  | {
      code: 'E_NO_INSTALLATION_CANDIDATE';
      params: { name: string; providers: readonly { name: string; version: string }[] };
    }
  | { code: 'E_UNMET_DEPENDENCIES'; params: { problems: readonly UnmetProblem[] } }
  | { code: 'E_HELD_PACKAGES_CHANGED'; params: { names: readonly string[] } }
  | { code: 'E_REMOVE_ESSENTIAL'; params: { names: readonly string[] } }
  | { code: 'E_REMOVE_PROTECTED'; params: { names: readonly string[] } };

export type AptErrorCode = AptError['code'];
export type AptErrorParams<C extends AptErrorCode> = Extract<AptError, { code: C }>['params'];

export type AptNote =
  | { code: 'N_ALREADY_NEWEST'; params: { name: string; version: string } }
  | { code: 'N_NOT_INSTALLED'; params: { name: string } }
  | { code: 'N_SELECTING_INSTEAD'; params: { virtual: string; name: string } };

export type AptNoteCode = AptNote['code'];
export type AptNoteParams<C extends AptNoteCode> = Extract<AptNote, { code: C }>['params'];

const IMPOSSIBLE = [
  'Some packages could not be installed. This may mean that you have',
  'requested an impossible situation or if you are using the unstable',
  'distribution that some required packages have not yet been created',
  'or been moved out of Incoming.',
  'The following information may help to resolve the situation:',
  '',
  'The following packages have unmet dependencies:',
];

function formatTarget(alt: UnmetAlternative): string {
  const version = alt.constraint ? ` (${aptOperator(alt.constraint.op)} ${alt.constraint.version})` : '';
  const s = alt.state;
  const but =
    s.kind === 'to-be-installed'
      ? ` but ${s.version} is to be installed`
      : s.kind === 'not-going-to-be-installed'
        ? ' but it is not going to be installed'
        : s.kind === 'not-installable'
          ? ' but it is not installable'
          : '';
  return `${alt.name}${version}${but}`;
}

/** The block apt prints under "The following packages have unmet dependencies:" (apt's ShowBroken). */
export function formatUnmet(problems: readonly UnmetProblem[]): string[] {
  const lines: string[] = [];
  let previous: string | undefined;
  for (const p of problems) {
    p.alternatives.forEach((alt, i) => {
      const head = p.package !== previous ? ` ${p.package} :` : ' '.repeat(p.package.length + 3);
      previous = p.package;
      const rel = i === 0 ? ` ${p.relation}: ` : ' '.repeat(p.relation.length + 3);
      const or = i < p.alternatives.length - 1 ? ' or' : '';
      lines.push(`${head}${rel}${formatTarget(alt)}${or}`);
    });
  }
  return lines;
}

/** apt's exact English output for an error (possibly several lines, joined with `\n`). */
export function formatAptError<C extends AptErrorCode>(code: C, params: AptErrorParams<C>): string {
  const e = { code, params } as AptError;
  switch (e.code) {
    case 'E_UNABLE_TO_LOCATE':
      return `E: Unable to locate package ${e.params.name}`;
    case 'E_VERSION_NOT_FOUND':
      return `E: Version '${e.params.version}' for '${e.params.name}' was not found`;
    case 'E_NO_INSTALLATION_CANDIDATE': {
      const { name, providers } = e.params;
      const head =
        providers.length > 0
          ? [
              `Package ${name} is a virtual package provided by:`,
              ...providers.map((p) => `  ${p.name} ${p.version}`),
              'You should explicitly select one to install.',
            ]
          : [
              `Package ${name} is not available, but is referred to by another package.`,
              'This may mean that the package is missing, has been obsoleted, or',
              'is only available from another source',
            ];
      return [...head, '', `E: Package '${name}' has no installation candidate`].join('\n');
    }
    case 'E_UNMET_DEPENDENCIES':
      return [
        ...IMPOSSIBLE,
        ...formatUnmet(e.params.problems),
        'E: Unable to correct problems, you have held broken packages.',
      ].join('\n');
    case 'E_HELD_PACKAGES_CHANGED':
      return 'E: Held packages were changed and -y was used without --allow-change-held-packages.';
    case 'E_REMOVE_ESSENTIAL':
      return [
        'WARNING: The following essential packages will be removed.',
        'This should NOT be done unless you know exactly what you are doing!',
        `  ${e.params.names.join(' ')}`,
        'E: Essential packages were removed and -y was used without --allow-remove-essential.',
      ].join('\n');
    case 'E_REMOVE_PROTECTED':
      return 'E: Removing essential system-critical packages is not permitted. This might break the system.';
  }
}

/** apt's exact English output for a note. */
export function formatAptNote<C extends AptNoteCode>(code: C, params: AptNoteParams<C>): string {
  const n = { code, params } as AptNote;
  switch (n.code) {
    case 'N_ALREADY_NEWEST':
      return `${n.params.name} is already the newest version (${n.params.version}).`;
    case 'N_NOT_INSTALLED':
      return `Package '${n.params.name}' is not installed, so not removed`;
    case 'N_SELECTING_INSTEAD':
      return `Note, selecting '${n.params.name}' instead of '${n.params.virtual}'`;
  }
}
