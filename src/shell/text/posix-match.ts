// POSIX regex engines return the leftmost-LONGEST match; JavaScript returns the leftmost match
// whose alternatives succeed first (`ab|abc` on "abc" gives "ab", GNU grep -o gives "abc"). Only
// alternation makes the two differ for the patterns we translate, so for those we retry at the same
// start with every longer end, longest first, using a lookahead that pins the end position.

const pinned = new WeakMap<RegExp, Map<number, RegExp>>();

function pinnedTo(re: RegExp, remaining: number): RegExp {
  let byLength = pinned.get(re);
  if (!byLength) {
    byLength = new Map();
    pinned.set(re, byLength);
  }
  let r = byLength.get(remaining);
  if (!r) {
    // Exactly `remaining` code points must follow the match.
    r = new RegExp(`(?:${re.source})(?=[\\s\\S]{${remaining}}(?![\\s\\S]))`, `${re.flags.replace('g', '')}y`);
    byLength.set(remaining, r);
  }
  return r;
}

/** Returns the longest match starting where `m` starts (or `m` itself). Leaves `re` untouched. */
export function longestAt(re: RegExp, text: string, m: RegExpExecArray): RegExpExecArray {
  if (!re.source.includes('|')) return m;
  const start = m.index;
  const minEnd = start + m[0].length;
  let remaining = 0;
  let end = text.length;
  while (end > minEnd) {
    const r = pinnedTo(re, remaining);
    r.lastIndex = start;
    const found = r.exec(text);
    if (found) return found;
    // Step back one code point (two code units for a surrogate pair).
    const low = text.charCodeAt(end - 1);
    const high = text.charCodeAt(end - 2);
    end -= low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    remaining++;
  }
  return m;
}
