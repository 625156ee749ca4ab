import type { DesiredService, Service } from '../model/types';
import { getOrAdd } from './memo';
import type { DesiredFile } from './types';

/**
 * The short strings a person reads in a drift report: `1.22.1-9`, `running, enabled`,
 * `root:loja 0640, 15 lines`, `schema 7`.
 */

/** Permission bits as `ls`/Ansible write them: `0644`, `1777`. */
export function modeString(mode: number): string {
  return mode.toString(8).padStart(4, '0');
}

/** A short content fingerprint (FNV-1a, 32 bits): enough to tell two versions of a file apart at a glance. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function lineCount(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.length > 0 && !text.endsWith('\n') ? lines + 1 : lines;
}

function lines(text: string): string {
  const count = lineCount(text);
  return `${count} ${count === 1 ? 'line' : 'lines'}`;
}

/** `15 lines #3f9a1c07`: enough to tell two versions of a file's content apart. */
export function contentSummary(text: string): string {
  return `${lines(text)} #${fingerprint(text)}`;
}

// Rendered desired files are shared by many servers: their summary is made once.
const summaries = new WeakMap<DesiredFile, string>();

/** `root:loja 0640, 15 lines`: a file (node or desired) in one line. */
export function fileSummary(file: DesiredFile): string {
  return getOrAdd(
    summaries,
    file,
    () => `${file.owner}:${file.group} ${modeString(file.mode)}, ${lines(file.content)}`,
  );
}

export type ServiceRunState = 'running' | 'stopped' | 'failed';

export function runState(service: Service): ServiceRunState {
  return service.active === 'active' ? 'running' : service.active === 'failed' ? 'failed' : 'stopped';
}

export function enabledWord(enabled: boolean): string {
  return enabled ? 'enabled' : 'disabled';
}

/** `running, enabled`. */
export function serviceSummary(service: Service | DesiredService): string {
  const state = 'state' in service ? service.state : runState(service);
  return `${state}, ${enabledWord(service.enabled)}`;
}

export function schemaSummary(version: number): string {
  return `schema ${version}`;
}
