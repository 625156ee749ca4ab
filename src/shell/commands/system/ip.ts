import type { Server } from '../../../core';
import { type CommandSpec, fail, ok } from '../../types';
import { stableHash } from '../cli';
import { serverOf } from './host';

const USAGE = `Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp | link |
                   macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}
`;

/** A KVM-style MAC (52:54:00:…) derived from the host name, and the link-local address it implies. */
function mac(server: Server): { mac: string; linkLocal: string } {
  const h = stableHash(server.hostname);
  const bytes = [h & 0xff, (h >>> 8) & 0xff, (h >>> 16) & 0xff].map((b) => b.toString(16).padStart(2, '0'));
  const hex = (a: string, b: string) => `${a}${b}`.replace(/^0+(?=.)/, '');
  return {
    mac: `52:54:00:${bytes.join(':')}`,
    linkLocal: `fe80::5054:ff:${hex('fe', bytes[0] ?? '00')}:${hex(bytes[1] ?? '00', bytes[2] ?? '00')}/64`,
  };
}

function subnet(ip: string): { prefix: string; broadcast: string; gateway: string } {
  const base = ip.split('.').slice(0, 3).join('.');
  return { prefix: `${base}.0/24`, broadcast: `${base}.255`, gateway: `${base}.1` };
}

type Family = 'all' | '4' | '6';

function links(server: Server): string[][] {
  const { mac: address } = mac(server);
  return [
    [
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
      '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    ],
    [
      '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000',
      `    link/ether ${address} brd ff:ff:ff:ff:ff:ff`,
    ],
  ];
}

function addresses(server: Server, family: Family, only?: string): string {
  const { linkLocal } = mac(server);
  const { broadcast } = subnet(server.ip);
  const v4 = family !== '6';
  const v6 = family !== '4';
  const forever = '       valid_lft forever preferred_lft forever';
  const [lo, eth] = links(server);
  const blocks = [
    [
      ...(lo ?? []),
      ...(v4 ? ['    inet 127.0.0.1/8 scope host lo', forever] : []),
      ...(v6 ? ['    inet6 ::1/128 scope host ', forever] : []),
    ],
    [
      ...(eth ?? []),
      ...(v4 ? [`    inet ${server.ip}/24 brd ${broadcast} scope global eth0`, forever] : []),
      ...(v6 ? [`    inet6 ${linkLocal} scope link `, forever] : []),
    ],
  ];
  const names = ['lo', 'eth0'];
  return `${blocks
    .filter((_, i) => !only || names[i] === only)
    .flat()
    .join('\n')}\n`;
}

function routes(server: Server): string {
  const { prefix, gateway } = subnet(server.ip);
  return `default via ${gateway} dev eth0 onlink \n${prefix} dev eth0 proto kernel scope link src ${server.ip} \n`;
}

const SHOW = ['show', 'list', 'lst', 'sh', 'ls'];
const CHANGE = ['add', 'del', 'delete', 'change', 'replace', 'flush', 'set'];

/** `ip -br a`: one line per interface. */
function briefly(server: Server, kind: 'address' | 'link', family: Family, dev?: string): string {
  const { mac: address, linkLocal } = mac(server);
  const rows = [
    ['lo', 'UNKNOWN', kind === 'link' ? '00:00:00:00:00:00' : '', '127.0.0.1/8', '::1/128'],
    ['eth0', 'UP', kind === 'link' ? address : '', `${server.ip}/24`, linkLocal],
  ];
  return rows
    .filter((r) => !dev || r[0] === dev)
    .map(([name, state, link, v4, v6]) => {
      const tail =
        kind === 'link'
          ? `${link} <${name === 'lo' ? 'LOOPBACK' : 'BROADCAST,MULTICAST'},UP,LOWER_UP> `
          : [family !== '6' ? v4 : '', family !== '4' ? v6 : '']
              .filter(Boolean)
              .map((a) => `${a} `)
              .join('');
      return `${(name ?? '').padEnd(16)} ${(state ?? '').padEnd(14)} ${tail}`;
    })
    .join('\n')
    .concat('\n');
}

/** `ip a`, `ip addr show eth0`, `ip link`, `ip route`: objects may be abbreviated like iproute2 allows. */
export const ipCommand: CommandSpec = {
  name: 'ip',
  summary: 'show routing, network devices and interfaces',
  usage: 'ip [-4|-6] { addr | link | route } [show [DEV]]',
  options: ['a', 'addr', 'link', 'route', '-4', '-6', '-br'],
  run: (ctx) => {
    const args = [...ctx.args];
    let family: Family = 'all';
    let brief = false;
    while (args[0]?.startsWith('-')) {
      const flag = args.shift() as string;
      if (flag === '-4' || flag === '-6') family = flag.slice(1) as Family;
      else if (flag === '-br' || flag === '-brief') brief = true;
      else if (flag === '-V' || flag === '-Version') return ok('ip utility, iproute2-6.1.0, libbpf 1.1.0\n');
      else if (flag === '--help' || flag === '-h' || flag === '-help') return ok(USAGE);
      else return fail(`Option "${flag}" is unknown, try "ip -help".\n`, 255);
    }
    const server = serverOf(ctx);
    if (!server) return fail('Cannot open netlink socket: Protocol not supported\n');
    const [object, ...rest] = args;
    if (object === undefined || object === 'help') return fail(USAGE, 255);
    const kind = (['address', 'link', 'route'] as const).find((o) => o.startsWith(object));
    if (!kind) return fail(`Object "${object}" is unknown, try "ip help".\n`, 255);
    let words = rest;
    if (words[0] && SHOW.includes(words[0])) words = words.slice(1);
    else if (words[0] && CHANGE.includes(words[0]))
      return fail(`RTNETLINK answers: Operation not ${ctx.user === 'root' ? 'supported' : 'permitted'}\n`, 2);
    else if (words[0] && words[0] !== 'dev' && kind === 'route')
      return fail(`Command "${words[0]}" is unknown, try "ip route help".\n`, 255);
    if (words[0] === 'dev') words = words.slice(1);
    const dev = words[0];
    if (dev !== undefined && dev !== 'lo' && dev !== 'eth0')
      return fail(`Device "${dev}" does not exist.\n`, 1);
    if (kind === 'route') return ok(family === '6' ? '' : routes(server));
    if (brief) return ok(briefly(server, kind, family, dev));
    if (kind === 'address') return ok(addresses(server, family, dev));
    const [lo, eth] = links(server);
    const picked = dev === 'lo' ? [lo] : dev === 'eth0' ? [eth] : [lo, eth];
    const lines = picked
      .flatMap((b) => b ?? [])
      .map((l) => l.replace(' group default', ' mode DEFAULT group default'));
    return ok(`${lines.join('\n')}\n`);
  },
};
