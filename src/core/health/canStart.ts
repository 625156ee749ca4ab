/**
 * Whether a unit can start on a server now, and if not, what systemd and the service print. The operations
 * call it on start/restart/reboot and after a package's postinst; server health calls it for enabled units.
 */
import type { Server } from '../model/types';
import { checkRuntime, serviceProvider } from '../packages';
import { fileContent, installedVersions, resolves, unitDescription } from './facts';
import type { FailureParams, StartFailureCode } from './failures';
import { parseIni } from './lojaIni';
import { NGINX_CONF, nginxConfigTest } from './nginx/configTest';
import { failedStartJournal, systemctlStartError, unitNotFound } from './systemd';

export const LOJA_INI = '/etc/loja/loja.ini';

export type StartCheck =
  | { ok: true }
  | {
      ok: false;
      code: StartFailureCode;
      params: FailureParams;
      /** Journal lines of the failed start, systemd's and the unit's own. */
      journal: string[];
      /** The failing process's exit status (`status=N/…`); 5 when the unit does not exist. */
      exitCode: number;
      /** What `systemctl start` prints (nothing for a simple unit: its job succeeds, then it fails). */
      systemctl: string[];
      /** The unit's own lines: why it failed. */
      cause: string[];
    };

export interface StartOptions {
  /** Hostnames the lab DNS knows (every server of the world); default: any `*.lab.internal` resolves. */
  hosts?: readonly string[];
}

type Cause = { code: StartFailureCode; params: FailureParams; lines: string[]; exitCode: number };

function lojaCause(server: Server, hosts: readonly string[] | undefined): Cause | null {
  const installed = installedVersions(server);
  const version = installed.loja;
  if (version !== undefined) {
    const [unmet] = checkRuntime('loja', version, installed);
    if (unmet) {
      const { requirement } = unmet;
      const params = {
        unit: 'loja',
        package: requirement.package,
        required: `${requirement.constraint.op} ${requirement.constraint.version}`,
        found: unmet.found,
      };
      return { code: 'RUNTIME_UNMET', params, lines: [unmet.message], exitCode: requirement.exitCode };
    }
  }
  const text = fileContent(server, LOJA_INI);
  if (text === null) {
    const lines = [`loja: error: [Errno 2] No such file or directory: '${LOJA_INI}'`];
    return { code: 'CONFIG_MISSING', params: { unit: 'loja', file: LOJA_INI }, lines, exitCode: 1 };
  }
  const ini = parseIni(LOJA_INI, text);
  if (!ini.ok) {
    const lines = ini.errors.map((l, i) => (i === 0 ? `loja: error: ${l}` : l));
    return {
      code: 'CONFIG_INVALID',
      params: { unit: 'loja', file: LOJA_INI, line: ini.line },
      lines,
      exitCode: 1,
    };
  }
  const database = ini.sections.database;
  const host = database?.host;
  if (host === undefined) {
    const why = database ? "No option 'host' in section: 'database'" : "No section: 'database'";
    return {
      code: 'CONFIG_INVALID',
      params: { unit: 'loja', file: LOJA_INI },
      lines: [`loja: error: ${why}`],
      exitCode: 1,
    };
  }
  if (!resolves(server, host, hosts)) {
    const lines = [
      `loja: error: could not translate host name "${host}" to address: Name or service not known`,
    ];
    return { code: 'DB_HOST_UNRESOLVABLE', params: { unit: 'loja', host }, lines, exitCode: 1 };
  }
  return null;
}

function configFileCause(server: Server, unit: string, path: string, message: string): Cause | null {
  if (fileContent(server, path) !== null) return null;
  return { code: 'CONFIG_MISSING', params: { unit, file: path }, lines: [message], exitCode: 1 };
}

function causeFor(server: Server, unit: string, options: StartOptions): Cause | null {
  if (unit === 'nginx') {
    const test = nginxConfigTest(server);
    if (test.ok || test.version === null) return null;
    const { file, line } = test.error ?? {};
    // The unit runs `nginx -t -q` first: warnings and the error, without the success lines.
    const lines = test.output;
    // Errors found after parsing (a certificate that cannot be loaded) have no line; the test is of nginx.conf.
    const params = { unit, file: file ?? NGINX_CONF, ...(line === undefined ? {} : { line }) };
    return { code: 'NGINX_CONFIG_INVALID', params, lines, exitCode: 1 };
  }
  if (unit === 'loja') return lojaCause(server, options.hosts);
  if (unit === 'ssh') {
    return configFileCause(
      server,
      unit,
      '/etc/ssh/sshd_config',
      '/etc/ssh/sshd_config: No such file or directory',
    );
  }
  const cluster = /^postgresql@(\d+)-(.+)$/.exec(unit);
  if (cluster) {
    const conf = `/etc/postgresql/${cluster[1]}/${cluster[2]}/postgresql.conf`;
    return configFileCause(server, unit, conf, 'Error: specified cluster does not exist');
  }
  return null;
}

/** Can `unit` start on `server` as it is now? */
export function canStart(server: Server, unitName: string, options: StartOptions = {}): StartCheck {
  const unit = unitName.replace(/\.service$/, '');
  const known = server.services[unit];
  // The package recorded on the unit usually still ships it; ask the catalog only when it is gone.
  const shipped = known !== undefined && Object.hasOwn(server.packages, known.package);
  if (!shipped && !serviceProvider(unit, installedVersions(server))) {
    const code = known ? 'PACKAGE_NOT_INSTALLED' : 'UNIT_NOT_FOUND';
    const params = known ? { unit, package: known.package } : { unit };
    const lines = unitNotFound(unit);
    return { ok: false, code, params, journal: [], exitCode: 5, systemctl: lines, cause: [] };
  }
  const cause = causeFor(server, unit, options);
  if (!cause) return { ok: true };
  return {
    ok: false,
    code: cause.code,
    params: cause.params,
    journal: failedStartJournal(unit, unitDescription(server, unit), cause.lines, cause.exitCode),
    exitCode: cause.exitCode,
    systemctl: systemctlStartError(unit),
    cause: cause.lines,
  };
}
