// Number handling for the printf builtin. bash converts arguments with strtoimax/strtold and prints
// with the C library, so integers are 64-bit and floats are x87 80-bit long doubles. We keep floats
// as exact binary values (64-bit mantissa, power-of-two exponent) in BigInt and round exactly,
// half-to-even, which is what glibc does; that keeps %.0f of 2.5 at "2" and %.25f honest.

export interface IntParse {
  value: bigint;
  /** Conversion problem to report: the whole argument was not a number, or it overflowed. */
  problem?: 'invalid' | 'range';
}

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

/** strtoimax(base 0) semantics plus bash's `'c` / `"c` character-code form. */
export function parseInteger(arg: string): IntParse {
  if (arg === '') return { value: 0n };
  if (arg[0] === "'" || arg[0] === '"') {
    const cp = arg.codePointAt(1);
    return { value: BigInt(cp ?? 0) };
  }
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(arg);
  if (!m) return { value: 0n, problem: 'invalid' };
  const digits = m[2] as string;
  let v = /^0[xX]/.test(digits)
    ? BigInt(digits)
    : digits.length > 1 && digits[0] === '0'
      ? BigInt(`0o${digits.slice(1)}`)
      : BigInt(digits);
  if (m[1] === '-') v = -v;
  const rest = arg.slice(m[0].length);
  if (v > INT64_MAX) return { value: INT64_MAX, problem: 'range' };
  if (v < INT64_MIN) return { value: INT64_MIN, problem: 'range' };
  return rest === '' ? { value: v } : { value: v, problem: 'invalid' };
}

export type Float =
  | { kind: 'finite'; neg: boolean; mant: bigint; exp2: number }
  | { kind: 'inf' | 'nan'; neg: boolean };

export interface FloatParse {
  value: Float;
  problem?: 'invalid';
}

const ZERO: Float = { kind: 'finite', neg: false, mant: 0n, exp2: 0 };

function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  return r2 > den || (r2 === den && q % 2n === 1n) ? q + 1n : q;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** Rounds the positive rational num/den to a 64-bit mantissa, like strtold on x86-64. */
function toLongDouble(neg: boolean, num: bigint, den: bigint): Float {
  if (num === 0n) return { ...ZERO, neg };
  const at = (e: number) => (e >= 0 ? roundDiv(num, den << BigInt(e)) : roundDiv(num << BigInt(-e), den));
  // The quotient lands in [2^63, 2^65); one retry with a larger exponent fixes the upper half.
  let e = bitLength(num) - bitLength(den) - 64;
  let mant = at(e);
  if (mant >= 1n << 64n) mant = at(++e);
  if (mant === 1n << 64n) {
    mant >>= 1n;
    e++;
  }
  return { kind: 'finite', neg, mant, exp2: e };
}

export function parseFloatArg(arg: string): FloatParse {
  if (arg === '') return { value: ZERO };
  if (arg[0] === "'" || arg[0] === '"') {
    return { value: toLongDouble(false, BigInt(arg.codePointAt(1) ?? 0), 1n) };
  }
  const special = /^\s*([+-]?)(inf(?:inity)?|nan)/i.exec(arg);
  if (special) {
    const kind = (special[2] as string).toLowerCase() === 'nan' ? 'nan' : 'inf';
    return {
      value: { kind, neg: special[1] === '-' },
      ...(special[0].length < arg.length ? { problem: 'invalid' } : {}),
    };
  }
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?/.exec(arg);
  if (!m || `${m[2]}${m[3] ?? ''}` === '') return { value: ZERO, problem: 'invalid' };
  // An exponent without digits before it is not part of the number (`1e` parses as 1).
  const neg = m[1] === '-';
  const intDigits = m[2] as string;
  const frac = m[3] ?? '';
  const exp10 = Number(m[4] ?? 0) - frac.length;
  const digits = BigInt(`${intDigits}${frac}` || '0');
  const num = exp10 >= 0 ? digits * 10n ** BigInt(exp10) : digits;
  const den = exp10 >= 0 ? 1n : 10n ** BigInt(-exp10);
  const value = toLongDouble(neg, num, den);
  return m[0].length < arg.length ? { value, problem: 'invalid' } : { value };
}

/** round_half_even(mant * 2^exp2 * 10^exp10) */
function scaled(mant: bigint, exp2: number, exp10: number): bigint {
  let num = mant;
  let den = 1n;
  if (exp2 >= 0) num <<= BigInt(exp2);
  else den <<= BigInt(-exp2);
  if (exp10 >= 0) num *= 10n ** BigInt(exp10);
  else den *= 10n ** BigInt(-exp10);
  return roundDiv(num, den);
}

function fixed(f: Extract<Float, { kind: 'finite' }>, prec: number, alt: boolean): string {
  const digits = scaled(f.mant, f.exp2, prec)
    .toString()
    .padStart(prec + 1, '0');
  const int = digits.slice(0, digits.length - prec);
  const fracPart = digits.slice(digits.length - prec);
  return prec > 0 || alt ? `${int}.${fracPart}` : int;
}

/** Digits and decimal exponent for %e: d.ddd × 10^exp with `prec` fraction digits. */
function expParts(f: Extract<Float, { kind: 'finite' }>, prec: number): { digits: string; exp: number } {
  if (f.mant === 0n) return { digits: '0'.repeat(prec + 1), exp: 0 };
  let exp = Math.floor((bitLength(f.mant) - 1 + f.exp2) * Math.log10(2));
  for (;;) {
    const q = scaled(f.mant, f.exp2, prec - exp).toString();
    if (q.length > prec + 1) exp++;
    else if (q.length < prec + 1) exp--;
    else return { digits: q, exp };
  }
}

function expString(digits: string, exp: number, alt: boolean, upper: boolean): string {
  const mant = digits.length > 1 || alt ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${mant}${upper ? 'E' : 'e'}${e}`;
}

function hexFloat(f: Extract<Float, { kind: 'finite' }>, prec: number | null, upper: boolean): string {
  if (f.mant === 0n) return upper ? '0X0P+0' : '0x0p+0';
  // glibc prints long doubles with the top four mantissa bits as the leading digit.
  let hex = f.mant.toString(16);
  const exp = f.exp2 + 60;
  let frac = hex.slice(1).replace(/0+$/, '');
  if (prec !== null) frac = frac.padEnd(prec, '0').slice(0, prec);
  hex = `0x${hex[0]}${frac ? `.${frac}` : ''}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  return upper ? hex.toUpperCase() : hex;
}

/** Formats the magnitude of a float for conversion `conv`; sign and padding are the caller's. */
export function formatFloat(v: Float, conv: string, precision: number | null, alt: boolean): string {
  const upper = conv === conv.toUpperCase();
  if (v.kind !== 'finite') return upper ? v.kind.toUpperCase() : v.kind;
  const lc = conv.toLowerCase();
  if (lc === 'a') return hexFloat(v, precision, upper);
  const prec = precision ?? 6;
  if (lc === 'f') return fixed(v, prec, alt);
  if (lc === 'e') {
    const { digits, exp } = expParts(v, prec);
    return expString(digits, exp, alt, upper);
  }
  // %g: choose between %e and %f style from the exponent, then drop trailing zeros.
  const p = prec === 0 ? 1 : prec;
  const { exp } = expParts(v, p - 1);
  let s: string;
  if (exp < p && exp >= -4) s = fixed(v, p - 1 - exp, alt);
  else {
    const parts = expParts(v, p - 1);
    s = expString(parts.digits, parts.exp, alt, upper);
  }
  if (alt || !s.includes('.')) return s;
  const cut = s.search(/[eE]/);
  const mantissa = cut < 0 ? s : s.slice(0, cut);
  return mantissa.replace(/0+$/, '').replace(/\.$/, '') + (cut < 0 ? '' : s.slice(cut));
}
