// echo as the bash builtin (what a student's `echo` really runs): only clusters of -n/-e/-E are
// options; anything else, even `--` or `--help`, is printed.

import { expandEscapes } from './escapes';
import { fromBytes, type TextIO, type TextResult } from './io';

export function echo(args: string[], _io: TextIO): TextResult {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (!/^-[neE]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  const text = args.slice(i).join(' ');
  if (!escapes) return { stdout: text + (newline ? '\n' : ''), stderr: '', exitCode: 0 };
  const { bytes, stop } = expandEscapes(text, 'echo');
  if (newline && !stop) bytes.push(10);
  return { stdout: fromBytes(Uint8Array.from(bytes)), stderr: '', exitCode: 0 };
}
