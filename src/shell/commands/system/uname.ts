import { type CommandSpec, fail, ok } from '../../types';
import { aliases, extraOperand, isResult, parseOptions } from '../cli';
import { kernelVersion, serverOf } from './host';

const HELP = `Usage: uname [OPTION]...
Print certain system information.  With no OPTION, same as -s.

  -a, --all                print all information, in the following order,
                             except omit -p and -i if unknown:
  -s, --kernel-name        print the kernel name
  -n, --nodename           print the network node hostname
  -r, --kernel-release     print the kernel release
  -v, --kernel-version     print the kernel version
  -m, --machine            print the machine hardware name
  -p, --processor          print the processor type (non-portable)
  -i, --hardware-platform  print the hardware platform (non-portable)
  -o, --operating-system   print the operating system
      --help        display this help and exit
      --version     output version information and exit
`;

/** The fields in the fixed order uname prints them, whatever order the flags came in. */
const FIELDS = ['s', 'n', 'r', 'v', 'm', 'p', 'i', 'o'] as const;

export const unameCommand: CommandSpec = {
  name: 'uname',
  summary: 'print system information',
  usage: 'uname [-asnrvmpio]',
  options: ['-a', '-s', '-n', '-r', '-v', '-m', '-o'],
  run: (ctx) => {
    const opts = parseOptions('uname', ctx.args, {
      short: 'asnrvmpio',
      long: aliases({
        all: 'a',
        'kernel-name': 's',
        nodename: 'n',
        'kernel-release': 'r',
        'kernel-version': 'v',
        machine: 'm',
        processor: 'p',
        'hardware-platform': 'i',
        'operating-system': 'o',
        version: '',
      }),
      help: HELP,
    });
    if (isResult(opts)) return opts;
    if (opts.operands[0] !== undefined) return extraOperand('uname', opts.operands[0]);
    if (opts.has('version')) return ok('uname (GNU coreutils) 9.1\n');
    const server = serverOf(ctx);
    if (!server) return fail('uname: cannot get system name\n');
    const values: Record<(typeof FIELDS)[number], string> = {
      s: 'Linux',
      n: server.hostname,
      r: server.kernel.running,
      v: kernelVersion(server),
      m: 'x86_64',
      p: 'unknown',
      i: 'unknown',
      o: 'GNU/Linux',
    };
    const all = opts.has('a');
    const wanted = FIELDS.filter((f) =>
      all ? !((f === 'p' || f === 'i') && values[f] === 'unknown') || opts.has(f) : opts.has(f),
    );
    const fields = wanted.length ? wanted : ['s' as const];
    return ok(`${fields.map((f) => values[f]).join(' ')}\n`);
  },
};
