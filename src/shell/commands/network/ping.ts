import type { Server } from '../../../core';
import { type CommandSpec, fail, ok } from '../../types';
import { isResult, parseOptions, stableHash } from '../cli';
import { serverOf } from '../system/host';
import { reachable, resolveName, reverseName } from './resolve';

const USAGE = `
Usage
  ping [options] <destination>

Options:
  <destination>      dns name or ip address
  -c <count>         stop after <count> replies
  -i <interval>      seconds between sending each packet
  -q                 quiet output
  -s <size>          use <size> as number of data bytes to be sent
  -t <ttl>           define time to live
  -W <timeout>       time to wait for response
  -w <deadline>      reply wait <deadline> in seconds
  -4                 use IPv4
  -n                 no dns name resolution

For more details see ping(8).
`;

const MAX = '9223372036854775807';

/** Round-trip time in ms, stable per pair of hosts and sequence number: loopback, same subnet, or routed. */
function rtt(from: Server, ip: string, seq: number): number {
  const jitter = (stableHash(`${from.hostname}>${ip}#${seq}`) % 1000) / 1000;
  if (ip.startsWith('127.') || ip === from.ip) return 0.02 + jitter * 0.04;
  const sameSubnet = ip.split('.').slice(0, 3).join('.') === from.ip.split('.').slice(0, 3).join('.');
  return sameSubnet ? 0.25 + jitter * 0.35 : 0.55 + jitter * 0.6;
}

function count(value: string | undefined): number | string {
  if (value === undefined) return 4;
  if (!/^-?\d+$/.test(value)) return `ping: invalid argument: '${value}'\n`;
  const n = Number(value);
  if (n < 1) return `ping: invalid argument: '${value}': out of range: 1 <= value <= ${MAX}\n`;
  return Math.min(n, 100);
}

export const pingCommand: CommandSpec = {
  name: 'ping',
  summary: 'send ICMP ECHO_REQUEST to network hosts',
  usage: 'ping [-c COUNT] [-q] [-s SIZE] HOST',
  options: ['-c', '-q', '-s'],
  run: (ctx) => {
    const opts = parseOptions('ping', ctx.args, {
      short: 'c:i:qs:t:W:w:4nvD',
      help: USAGE.slice(1),
      tail: USAGE,
      status: 2,
    });
    if (isResult(opts)) return opts;
    const from = serverOf(ctx);
    if (!from) return fail('ping: socket: Operation not permitted\n', 2);
    const n = count(opts.value('c'));
    if (typeof n === 'string') return fail(n);
    const size = opts.has('s') ? Number(opts.value('s')) : 56;
    if (!Number.isInteger(size) || size < 0 || size > 65_507)
      return fail(`ping: invalid argument: '${opts.value('s')}': out of range: 0 <= value <= 65507\n`);
    const destination = opts.operands.at(-1);
    if (destination === undefined) return fail('ping: usage error: Destination address required\n');
    const target = resolveName(ctx.state.world, from, destination);
    if (!target) return fail(`ping: ${destination}: Name or service not known\n`, 2);
    const numeric = opts.has('n') || target.name === target.ip;
    const peer = numeric ? target.ip : `${reverseName(target)} (${target.ip})`;
    const lines = [`PING ${target.name} (${target.ip}) ${size}(${size + 28}) bytes of data.`];
    // An interrupted ping (no -c) shows the ^C the learner would have typed.
    const interrupted = !opts.has('c');
    const elapsed = (n - 1) * 1000 + (n > 1 ? stableHash(`${from.hostname}>${target.ip}`) % 9 : 0);
    const stats = `--- ${target.name} ping statistics ---`;
    if (!reachable(from, target.server)) {
      // No ARP answer: the sending host itself reports the destination unreachable.
      const silent = !target.ip.startsWith('10.');
      if (!opts.has('q') && !silent)
        for (let seq = 1; seq <= n; seq++)
          lines.push(`From ${from.ip} icmp_seq=${seq} Destination Host Unreachable`);
      const errors = silent ? '' : `, +${n} errors`;
      lines.push(interrupted ? '^C' : '', stats);
      lines.push(`${n} packets transmitted, 0 received${errors}, 100% packet loss, time ${elapsed}ms`, '');
      return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 1 };
    }
    const times = Array.from({ length: n }, (_, i) => rtt(from, target.ip, i + 1));
    if (!opts.has('q')) {
      times.forEach((t, i) => {
        lines.push(
          `${size + 8} bytes from ${peer}: icmp_seq=${i + 1} ttl=64 time=${t < 1 ? t.toFixed(3) : t.toFixed(2)} ms`,
        );
      });
    }
    const avg = times.reduce((a, b) => a + b, 0) / n;
    const mdev = Math.sqrt(times.reduce((a, t) => a + (t - avg) ** 2, 0) / n);
    const ms = (x: number) => x.toFixed(3);
    lines.push(
      ...(interrupted ? ['^C'] : ['']),
      stats,
      `${n} packets transmitted, ${n} received, 0% packet loss, time ${elapsed}ms`,
      `rtt min/avg/max/mdev = ${ms(Math.min(...times))}/${ms(avg)}/${ms(Math.max(...times))}/${ms(mdev)} ms`,
    );
    return ok(`${lines.join('\n')}\n`);
  },
};
