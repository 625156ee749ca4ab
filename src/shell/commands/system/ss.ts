import type { Server } from '../../../core';
import { type CommandContext, type CommandSpec, fail, ok } from '../../types';
import { aliases, isResult, parseOptions, stableHash } from '../cli';
import { loginsOn, serverOf } from './host';
import { processTable } from './processes';
import { listeners } from './sockets';

const HELP = `Usage: ss [ OPTIONS ]
       ss [ OPTIONS ] [ FILTER ]
   -h, --help          this message
   -V, --version       output version information
   -n, --numeric       don't resolve service names
   -a, --all           display all sockets
   -l, --listening     display listening sockets
   -p, --processes     show process using socket
   -4, --ipv4          display only IP version 4 sockets
   -6, --ipv6          display only IP version 6 sockets
   -t, --tcp           display only TCP sockets
   -u, --udp           display only UDP sockets
   -H, --no-header     Suppress header line
`;

/** /etc/services names ss prints unless -n. */
const SERVICES: Readonly<Record<number, string>> = {
  22: 'ssh',
  80: 'http',
  443: 'https',
  873: 'rsync',
  5432: 'postgresql',
  8000: 'irdmi',
};

interface Row {
  state: string;
  send: number;
  local: [string, string];
  peer: [string, string];
  process: string;
}

function established(ctx: CommandContext, server: Server): Omit<Row, 'process'>[] {
  const port = (key: string) => String(32_768 + (stableHash(key) % 28_000));
  const rows = loginsOn(ctx).map((login, i) => ({
    state: 'ESTAB',
    send: 0,
    local: [server.ip, '22'] as [string, string],
    peer: [login.from, port(`${server.hostname}:${i}:in`)] as [string, string],
  }));
  // An ssh client on this host, connected to the next host of the chain.
  const at = ctx.state.stack.findIndex((s) => s.host === server.hostname);
  const next = ctx.state.stack.slice(at).find((s) => s.host !== server.hostname);
  const target = next && ctx.state.world.servers[next.host];
  if (target)
    rows.push({
      state: 'ESTAB',
      send: 0,
      local: [server.ip, port(`${target.hostname}:out`)],
      peer: [target.ip, '22'],
    });
  return rows;
}

/** ss' columns: addresses right-aligned against the colon, ports left-aligned after it. */
function table(rows: readonly Row[], withNetid: boolean): string[] {
  const la = Math.max(13, ...rows.map((r) => r.local[0].length));
  const lp = Math.max(4, ...rows.map((r) => r.local[1].length));
  const pa = Math.max(13, ...rows.map((r) => r.peer[0].length));
  const pp = Math.max(4, ...rows.map((r) => r.peer[1].length));
  const line = (netid: string, state: string, recv: string, send: string, r: Row) =>
    [
      withNetid ? `${netid.padEnd(5)} ` : '',
      `${state.padEnd(6)} ${recv.padEnd(6)} ${send.padEnd(6)} `,
      `${r.local[0].padStart(la)}:${r.local[1].padEnd(lp)} ${r.peer[0].padStart(pa)}:${r.peer[1].padEnd(pp)}`,
      r.process,
    ].join('');
  const header: Row = {
    state: '',
    send: 0,
    local: ['Local Address', 'Port'],
    peer: ['Peer Address', 'Port'],
    process: 'Process',
  };
  return [
    line('Netid', 'State', 'Recv-Q', 'Send-Q', header),
    ...rows.map((r) => line('tcp', r.state, '0', String(r.send), r).trimEnd()),
  ];
}

export const ssCommand: CommandSpec = {
  name: 'ss',
  summary: 'another utility to investigate sockets',
  usage: 'ss [-tulnpa]',
  options: ['-t', '-u', '-l', '-n', '-p', '-a', '-tlnp'],
  run: (ctx) => {
    const opts = parseOptions('ss', ctx.args, {
      short: 'hVnalp46tuHe',
      long: aliases({
        version: 'V',
        numeric: 'n',
        all: 'a',
        listening: 'l',
        processes: 'p',
        ipv4: '4',
        ipv6: '6',
        tcp: 't',
        udp: 'u',
        'no-header': 'H',
      }),
      help: HELP,
      tail: HELP,
      status: 255,
    });
    if (isResult(opts)) return opts;
    if (opts.has('h')) return ok(HELP);
    if (opts.has('V')) return ok('ss utility, iproute2-6.1.0\n');
    const server = serverOf(ctx);
    if (!server) return fail('Cannot open netlink socket: Protocol not supported\n', 1);
    const tcp = opts.has('t') || !opts.has('u');
    const withNetid = !(opts.has('t') && !opts.has('u')) && !(opts.has('u') && !opts.has('t'));
    const procs = opts.has('p') && ctx.user === 'root' ? processTable(ctx, server, 'ss') : [];
    const rows: Row[] = [];
    if (tcp && (opts.has('l') || opts.has('a'))) {
      for (const l of listeners(server)) {
        const owners = procs.filter(
          (p) => p.comm === l.comm && p.unit === l.unit && (l.shared || p.ppid === 1),
        );
        const users = owners
          .sort((a, b) => b.pid - a.pid)
          .map((p) => `("${p.comm}",pid=${p.pid},fd=${l.fd})`)
          .join(',');
        rows.push({
          state: 'LISTEN',
          send: l.backlog,
          local: [l.address, String(l.port)],
          peer: [l.address.startsWith('[') ? '[::]' : '0.0.0.0', '*'],
          process: users ? `users:(${users})` : '',
        });
      }
    }
    if (tcp && !opts.has('l')) rows.push(...established(ctx, server).map((r) => ({ ...r, process: '' })));
    const family = rows.filter(
      (r) =>
        (opts.has('4') ? !r.local[0].startsWith('[') : true) &&
        (opts.has('6') ? r.local[0].startsWith('[') : true),
    );
    const name = (port: string) => (opts.has('n') ? port : (SERVICES[Number(port)] ?? port));
    const named = family.map(
      (r): Row => ({
        ...r,
        local: [r.local[0], name(r.local[1])],
        peer: [r.peer[0], name(r.peer[1])],
      }),
    );
    const lines = table(named, withNetid);
    return ok(`${(opts.has('H') ? lines.slice(1) : lines).join('\n')}\n`);
  },
};
