// Edit script for diff: the `diff` package finds a minimal line alignment, then each run of
// changed lines is given the placement GNU diff prints when several minimal scripts exist: slid
// through identical lines as far down as possible, unless an earlier spot lets it end exactly
// where a change in the other file ends (so the two print as one `c` hunk). This matches GNU
// diff on typical config edits; on inputs made of many repeated lines GNU's own search may still
// pick a different (equally small) script.

import { diffArrays } from 'diff';

/** `aLen` lines of A starting at index `a` replaced by `bLen` lines of B starting at `b`. */
export interface Change {
  a: number;
  aLen: number;
  b: number;
  bLen: number;
}

function changedFlags(
  a: string[],
  b: string[],
  equal?: (x: string, y: string) => boolean,
): [boolean[], boolean[]] {
  const ca = Array<boolean>(a.length).fill(false);
  const cb = Array<boolean>(b.length).fill(false);
  let i = 0;
  let j = 0;
  for (const p of diffArrays(a, b, equal ? { comparator: equal } : {})) {
    if (p.removed) for (let k = 0; k < p.count; k++) ca[i++] = true;
    else if (p.added) for (let k = 0; k < p.count; k++) cb[j++] = true;
    else {
      i += p.count;
      j += p.count;
    }
  }
  return [ca, cb];
}

/** For each count u of unchanged lines, whether a change run follows the u-th unchanged line. */
function changeAfterUnchanged(changed: boolean[]): boolean[] {
  const out = [changed[0] === true];
  changed.forEach((c, i) => {
    if (!c) out.push(changed[i + 1] === true);
  });
  return out;
}

function place(mine: boolean[], other: boolean[], keys: string[]): void {
  const aligned = changeAfterUnchanged(other);
  const n = keys.length;
  let unchangedBefore = 0;
  let i = 0;
  while (i < n) {
    if (!mine[i]) {
      unchangedBefore++;
      i++;
      continue;
    }
    let start = i;
    let end = i;
    while (end < n && mine[end]) end++;
    // Up through identical lines first, absorbing runs met on the way.
    while (start > 0 && keys[start - 1] === keys[end - 1]) {
      mine[--start] = true;
      mine[--end] = false;
      unchangedBefore--;
      while (start > 0 && mine[start - 1]) start--;
    }
    // Then down as far as possible, remembering the last spot that lines up with the other file.
    let u = unchangedBefore;
    let best = aligned[u] ? end : -1;
    while (end < n && keys[start] === keys[end]) {
      mine[start++] = false;
      mine[end++] = true;
      u++;
      while (end < n && mine[end]) end++;
      if (aligned[u]) best = end;
    }
    while (best >= 0 && end > best) {
      mine[--start] = true;
      mine[--end] = false;
      u--;
    }
    unchangedBefore = u;
    i = end;
  }
}

export function editScript(a: string[], b: string[], key: (line: string) => string = (l) => l): Change[] {
  const ka = a.map(key);
  const kb = b.map(key);
  const [ca, cb] = changedFlags(ka, kb);
  place(ca, cb, ka);
  place(cb, ca, kb);
  const changes: Change[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (ca[i] || cb[j]) {
      const c: Change = { a: i, aLen: 0, b: j, bLen: 0 };
      while (ca[i]) i++;
      while (cb[j]) j++;
      c.aLen = i - c.a;
      c.bLen = j - c.b;
      changes.push(c);
    }
    i++;
    j++;
  }
  return changes;
}
