// cat: concatenation plus the GNU formatting flags. Inputs are joined first and formatted once,
// because GNU cat carries line numbering and blank-squeezing state across file boundaries.

import { describeOptionError, getopt } from './getopt';
import { HELP } from './help';
import { ERRNO_TEXT, quoteIfNeeded, readInput, type TextIO, type TextResult, toBytes, tryHelp } from './io';

const LONG = [
  { name: 'show-all', key: 'A' },
  { name: 'number-nonblank', key: 'b' },
  { name: 'show-ends', key: 'E' },
  { name: 'number', key: 'n' },
  { name: 'squeeze-blank', key: 's' },
  { name: 'show-tabs', key: 'T' },
  { name: 'show-nonprinting', key: 'v' },
  { name: 'help' },
  { name: 'version' },
];

interface CatFlags {
  number: boolean;
  nonblank: boolean;
  ends: boolean;
  squeeze: boolean;
  tabs: boolean;
  nonprinting: boolean;
}

/** `cat -v` notation for one byte: ^X for controls, M- for the high half (so UTF-8 shows as M-...). */
function showByte(b: number, tabs: boolean): string {
  if (b === 9) return tabs ? '^I' : '\t';
  if (b >= 128) return `M-${showByte(b - 128, true)}`;
  if (b < 32) return `^${String.fromCharCode(b + 64)}`;
  if (b === 127) return '^?';
  return String.fromCharCode(b);
}

function render(line: string, f: CatFlags): string {
  if (f.nonprinting) {
    let s = '';
    for (const b of toBytes(line)) s += showByte(b, f.tabs);
    return s;
  }
  return f.tabs ? line.replaceAll('\t', '^I') : line;
}

function formatText(text: string, f: CatFlags): string {
  if (!f.number && !f.nonblank && !f.ends && !f.squeeze && !f.tabs && !f.nonprinting) return text;
  const lines = text.split('\n');
  const last = lines.pop() as string;
  let out = '';
  let n = 0;
  let prevBlank = false;
  const emit = (line: string, terminated: boolean) => {
    const blank = line === '';
    if (f.nonblank ? !blank : f.number) out += `${String(++n).padStart(6)}\t`;
    out += render(line, f);
    if (terminated) out += f.ends ? '$\n' : '\n';
  };
  for (const line of lines) {
    const blank = line === '';
    if (f.squeeze && blank && prevBlank) continue;
    prevBlank = blank;
    emit(line, true);
  }
  if (last !== '') emit(last, false);
  return out;
}

export function cat(args: string[], io: TextIO): TextResult {
  const parsed = getopt(args, { short: 'AbeEnstTuv', long: LONG });
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('cat', parsed.error) + tryHelp('cat'), exitCode: 1 };
  const f: CatFlags = {
    number: false,
    nonblank: false,
    ends: false,
    squeeze: false,
    tabs: false,
    nonprinting: false,
  };
  for (const { key } of parsed.options) {
    if (key === 'help') return { stdout: HELP.cat as string, stderr: '', exitCode: 0 };
    if (key === 'version') return { stdout: 'cat (GNU coreutils) 9.1\n', stderr: '', exitCode: 0 };
    if (key === 'A' || key === 'e' || key === 't') f.nonprinting = true;
    if (key === 'A' || key === 'e' || key === 'E') f.ends = true;
    if (key === 'A' || key === 't' || key === 'T') f.tabs = true;
    if (key === 'n') f.number = true;
    if (key === 'b') f.nonblank = true;
    if (key === 's') f.squeeze = true;
    if (key === 'v') f.nonprinting = true;
  }
  let text = '';
  let stderr = '';
  for (const file of parsed.operands.length > 0 ? parsed.operands : ['-']) {
    const r = readInput(io, file);
    if (r.ok) text += r.content;
    else stderr += `cat: ${quoteIfNeeded(file)}: ${ERRNO_TEXT[r.error]}\n`;
  }
  return { stdout: formatText(text, f), stderr, exitCode: stderr === '' ? 0 : 1 };
}
