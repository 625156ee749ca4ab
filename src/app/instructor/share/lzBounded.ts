/**
 * lz-string's `decompressFromEncodedURIComponent`, with a bound on the output. lz-string can expand a short
 * input quadratically (a 32 Ki-character link can hold some 150 million characters of one repeated letter),
 * and the library only returns once it has built all of it; this stops as soon as the output passes
 * `maxChars`. Same algorithm and alphabet as lz-string 1.5 (`_decompress` with 6 bits per character).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export type BoundedResult = { ok: true; text: string } | { ok: false; reason: 'NOT_LZ' | 'TOO_LARGE' };

export function decompressBounded(input: string, maxChars: number): BoundedResult {
  const bad = { ok: false, reason: 'NOT_LZ' } as const;
  const length = input.length;
  if (length === 0) return bad;
  let index = 0;
  let value = 0;
  let position = 0;
  const next = () => {
    position = 32;
    value = VALUE.get(input.charAt(index++)) ?? 0;
  };
  next();
  const read = (bits: number) => {
    let out = 0;
    for (let power = 1; power !== 1 << bits; power <<= 1) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) next();
      if (bit > 0) out |= power;
    }
    return out;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const first = read(2);
  if (first === 2) return bad;
  if (first !== 0 && first !== 1) return bad;
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const result = [w];
  let size = w.length;
  for (;;) {
    if (index > length) return bad;
    let code = read(numBits);
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      enlargeIn--;
    } else if (code === 2) {
      return { ok: true, text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (code < dictionary.length && dictionary[code] !== undefined && code > 2)
      entry = dictionary[code] as string;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return bad;
    size += entry.length;
    if (size > maxChars) return { ok: false, reason: 'TOO_LARGE' };
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
