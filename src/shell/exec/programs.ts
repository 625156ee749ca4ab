/**
 * Running a program that is on the host's disk but that the lab does not implement as a command (htop,
 * git, python3…): it exists, so it is never "command not found". Asked its version, it answers as the real
 * program does for the installed version; anything else says, in one line on stderr, that the lab does not
 * simulate it, and fails.
 */
import { basename, installedOwner, type Server } from '../../core';
import type { CommandResult } from '../types';
import { versionBanner } from './versionBanners';

/** Exit status of a program the lab cannot run: a plain failure, not bash's 127 (not found). */
export const NOT_SIMULATED_EXIT = 1;

export function runProgram(server: Server, path: string, args: readonly string[]): CommandResult {
  const name = basename(path);
  const owner = installedOwner(server.packages, path);
  const banner = owner ? versionBanner(name, args, owner.version, server) : null;
  if (banner !== null) return { stdout: banner, stderr: '', exitCode: 0 };
  const why = owner
    ? `installed: ${owner.name} ${owner.version}`
    : `${path} is not from an installed package`;
  return {
    stdout: '',
    stderr: `${name}: this lab does not simulate ${name} (${why})\n`,
    exitCode: NOT_SIMULATED_EXIT,
  };
}
