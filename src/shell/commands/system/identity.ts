import { type CommandResult, type CommandSpec, fail, ok } from '../../types';
import { aliases, extraOperand, isResult, parseOptions } from '../cli';
import { fqdnOf, groupId, hostsEntries, serverOf } from './host';

const HOSTNAME_USAGE = `Usage: hostname [-b] {hostname|-F file}         set host name (from file)
       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name
       hostname                                 display host name

       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)
       {yp,nis,}domainname                      display NIS domain name

       dnsdomainname                            display dns domain name

       hostname -V|--version|-h|--help          print info and exit
`;

const HOSTNAME_HELP = `${HOSTNAME_USAGE}
Program options:
    -a, --alias            alias names
    -A, --all-fqdns        all long host names (FQDNs)
    -b, --boot             set default hostname if none available
    -d, --domain           DNS domain name
    -f, --fqdn, --long     long host name (FQDN)
    -F, --file             read host name or NIS domain name from given file
    -i, --ip-address       addresses for the host name
    -I, --all-ip-addresses all addresses for the host
    -s, --short            short host name
    -y, --yp, --nis        NIS/YP domain name
`;

export const hostnameCommand: CommandSpec = {
  name: 'hostname',
  summary: 'show or set the system host name',
  usage: 'hostname [-a|-A|-d|-f|-i|-I|-s]',
  options: ['-a', '-A', '-d', '-f', '-i', '-I', '-s'],
  run: (ctx) => {
    const opts = parseOptions('hostname', ctx.args, {
      short: 'aAbdfF:iIsyVh',
      long: aliases({
        alias: 'a',
        'all-fqdns': 'A',
        domain: 'd',
        fqdn: 'f',
        long: 'f',
        'ip-address': 'i',
        'all-ip-addresses': 'I',
        short: 's',
        version: 'V',
      }),
      help: HOSTNAME_HELP,
      tail: HOSTNAME_USAGE,
    });
    if (isResult(opts)) return opts;
    const server = serverOf(ctx);
    if (!server) return fail('hostname: Temporary failure in name resolution\n');
    if (opts.has('h')) return ok(HOSTNAME_HELP);
    if (opts.has('V')) return ok('hostname 3.23+nmu1\n');
    if (opts.operands.length || opts.has('F') || opts.has('b')) {
      // Renaming a host would orphan it from the fleet's inventory; the lab keeps names fixed.
      return ctx.user === 'root'
        ? fail('hostname: the lab does not support renaming hosts\n')
        : fail('hostname: you must be root to change the host name\n');
    }
    const fqdn = fqdnOf(server);
    const own = hostsEntries(server).filter((e) => e.names.includes(server.hostname));
    const last = opts.keys.filter((k) => 'aAdfiIsy'.includes(k)).at(-1);
    switch (last) {
      case 'a':
        return ok(`${own.flatMap((e) => e.names.slice(1)).join(' ')}\n`);
      case 'A':
        return ok(`${fqdn} \n`);
      case 'd':
        return ok(`${fqdn.includes('.') ? fqdn.slice(fqdn.indexOf('.') + 1) : ''}\n`);
      case 'f':
        return ok(`${fqdn}\n`);
      case 'i':
        return ok(`${own.map((e) => e.address).join(' ') || server.ip}\n`);
      case 'I':
        return ok(`${server.ip} \n`);
      case 's':
        return ok(`${server.hostname.split('.')[0]}\n`);
      case 'y':
        return fail('hostname: Local domain name not set\n');
      default:
        return ok(`${server.hostname}\n`);
    }
  },
};

export const whoamiCommand: CommandSpec = {
  name: 'whoami',
  summary: 'print effective user name',
  usage: 'whoami [OPTION]...',
  run: (ctx) => {
    const opts = parseOptions('whoami', ctx.args, {
      short: '',
      long: aliases({ version: '' }),
      help: `Usage: whoami [OPTION]...
Print the user name associated with the current effective user ID.
Same as id -un.

      --help        display this help and exit
      --version     output version information and exit
`,
    });
    if (isResult(opts)) return opts;
    if (opts.operands[0] !== undefined) return extraOperand('whoami', opts.operands[0]);
    return ok(`${ctx.user}\n`);
  },
};

const ID_HELP = `Usage: id [OPTION]... [USER]...
Print user and group information for each specified USER,
or (when USER omitted) for the current process.

  -a             ignore, for compatibility with other versions
  -Z, --context  print only the security context of the process
  -g, --group    print only the effective group ID
  -G, --groups   print all group IDs
  -n, --name     print a name instead a number, for -ugG
  -r, --real     print the real ID instead of the effective ID, with -ugG
  -u, --user     print only the effective user ID
  -z, --zero     delimit entries with NUL characters, not whitespace;
                   not permitted in default format
      --help        display this help and exit
      --version     output version information and exit

Without any OPTION, print some useful set of identifiable information.
`;

export const idCommand: CommandSpec = {
  name: 'id',
  summary: 'print real and effective user and group IDs',
  usage: 'id [OPTION]... [USER]...',
  options: ['-u', '-g', '-G', '-n'],
  run: (ctx) => {
    const opts = parseOptions('id', ctx.args, {
      short: 'agGnruzZ',
      long: aliases({ group: 'g', groups: 'G', name: 'n', real: 'r', user: 'u', zero: 'z', context: 'Z' }),
      help: ID_HELP,
    });
    if (isResult(opts)) return opts;
    const server = serverOf(ctx);
    if (!server) return fail('id: cannot find name for user ID\n');
    const only = ['u', 'g', 'G'].filter((k) => opts.has(k));
    if (only.length > 1) return fail('id: cannot print "only" of more than one choice\n');
    if (opts.has('Z')) return fail('id: --context (-Z) works only on an SELinux-enabled kernel\n');
    if (only.length === 0 && opts.has('z'))
      return fail('id: option --zero not permitted in default format\n');
    if (only.length === 0 && (opts.has('n') || opts.has('r')))
      return fail('id: cannot print only names or real IDs in default format\n');
    const names = opts.operands.length ? opts.operands : [ctx.user];
    const results: CommandResult[] = names.map((name) => {
      const user = server.users[name];
      if (!user) return fail(`id: ‘${name}’: no such user\n`);
      const primary = Object.keys(server.users).find((n) => server.users[n]?.gid === user.gid) ?? name;
      const groups = [primary, ...user.groups.filter((g) => g !== primary)];
      const gidOf = (g: string) => (g === primary ? user.gid : (groupId(server, g) ?? 65534));
      const sep = opts.has('z') ? '\0' : ' ';
      const end = opts.has('z') ? '\0' : '\n';
      if (only[0] === 'u') return ok(`${opts.has('n') ? name : user.uid}${end}`);
      if (only[0] === 'g') return ok(`${opts.has('n') ? primary : user.gid}${end}`);
      if (only[0] === 'G') return ok(`${groups.map((g) => (opts.has('n') ? g : gidOf(g))).join(sep)}${end}`);
      const list = groups.map((g) => `${gidOf(g)}(${g})`).join(',');
      return ok(`uid=${user.uid}(${name}) gid=${user.gid}(${primary}) groups=${list}\n`);
    });
    return {
      stdout: results.map((r) => r.stdout).join(''),
      stderr: results.map((r) => r.stderr).join(''),
      exitCode: results.some((r) => r.exitCode) ? 1 : 0,
    };
  },
};
