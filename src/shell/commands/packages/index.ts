/** The packages family: apt and apt-get, apt-cache, apt-mark, dpkg and dpkg-query. */
import type { CommandSpec } from '../../types';
import { aptCommand, aptGetCommand } from './apt';
import { aptCacheCommand, aptMarkCommand } from './aptCache';
import { dpkgCommand, dpkgQueryCommand } from './dpkg';

export function packageCommands(): CommandSpec[] {
  return [aptCommand, aptGetCommand, aptCacheCommand, aptMarkCommand, dpkgCommand, dpkgQueryCommand];
}
