import type { Server } from '../../../core';
import { nginxSites } from '../network/nginxSites';

/** A listening TCP socket, derived from a running unit and its configuration file. */
export interface Listener {
  address: string;
  port: number;
  /** Unit that owns it, and the process name ss shows. */
  unit: string;
  comm: string;
  /** Listen backlog, shown by ss as Send-Q. */
  backlog: number;
  fd: number;
  /** Worker processes share the socket (nginx); others keep it in the main process only. */
  shared: boolean;
  tls: boolean;
}

function fileText(server: Server, path: string): string {
  const node = server.fs[path];
  return node?.kind === 'file' ? node.content : '';
}

function setting(text: string, key: string): string | undefined {
  const m = new RegExp(`^\\s*${key}\\s*[=\\s]\\s*(.+?)\\s*$`, 'm').exec(text);
  return m?.[1]?.replace(/^'(.*)'$/, '$1').replace(/\s+#.*$/, '');
}

function active(server: Server, unit: string): boolean {
  return server.services[unit]?.active === 'active';
}

/** Both stacks, as daemons that listen on "all addresses" do. */
function everywhere(port: number): { address: string; port: number }[] {
  return [
    { address: '0.0.0.0', port },
    { address: '[::]', port },
  ];
}

/** What is listening on this server right now: ssh, nginx's sites, the shop app and PostgreSQL. */
export function listeners(server: Server): Listener[] {
  if (server.power === 'off') return [];
  const out: Listener[] = [];
  type Where = { address: string; port: number; ssl?: boolean };
  const push = (unit: string, comm: string, backlog: number, shared: boolean, fd: number, where: Where[]) => {
    where.forEach((w, i) => {
      out.push({
        address: w.address,
        port: w.port,
        unit,
        comm,
        backlog,
        shared,
        tls: w.ssl ?? false,
        fd: fd + i,
      });
    });
  };
  if (active(server, 'ssh')) {
    const port = Number(setting(fileText(server, '/etc/ssh/sshd_config'), 'Port') ?? 22) || 22;
    push('ssh', 'sshd', 128, false, 3, everywhere(port));
  }
  if (active(server, 'nginx')) {
    const seen = new Set<string>();
    const listens = nginxSites(server).servers.flatMap((s) => s.listens);
    push(
      'nginx',
      'nginx',
      511,
      true,
      6,
      listens.filter((l) => !seen.has(`${l.address}:${l.port}`) && seen.add(`${l.address}:${l.port}`)),
    );
  }
  if (active(server, 'loja')) {
    const bind = setting(fileText(server, '/etc/loja/loja.ini'), 'bind') ?? '127.0.0.1:8000';
    const [address, port] = bind.includes(':') ? bind.split(':') : ['127.0.0.1', bind];
    push('loja', 'python3', 2048, false, 5, [{ address: address || '0.0.0.0', port: Number(port) || 8000 }]);
  }
  const pgUnit = Object.keys(server.services).find((u) => u.startsWith('postgresql@'));
  if (pgUnit && active(server, pgUnit)) {
    const conf = fileText(server, '/etc/postgresql/15/main/postgresql.conf');
    const port = Number(setting(conf, 'port') ?? 5432) || 5432;
    const where = setting(conf, 'listen_addresses') ?? 'localhost';
    const addrs =
      where === '*'
        ? everywhere(port)
        : where.split(',').map((a) => ({ address: a.trim() === 'localhost' ? '127.0.0.1' : a.trim(), port }));
    push(pgUnit, 'postgres', 244, false, 6, addrs);
  }
  return out;
}

/** The socket a connection to `port` from `local` (same host) or from elsewhere reaches, if any. */
export function acceptor(
  server: Server,
  port: number,
  toAddress: string,
  local: boolean,
): Listener | undefined {
  return listeners(server).find((l) => {
    if (l.port !== port) return false;
    if (l.address === '0.0.0.0' || l.address === '[::]') return true;
    if (l.address === '127.0.0.1' || l.address === '[::1]') return local && toAddress.startsWith('127.');
    return l.address === toAddress;
  });
}
