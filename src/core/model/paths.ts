/** POSIX path helpers for the simulated filesystem (always absolute, `/`-separated). */

/** True when `path` is already absolute and normal (no `//`, `.` or `..` segments, no trailing slash). */
function isNormal(path: string): boolean {
  return (
    path.startsWith('/') &&
    !path.includes('//') &&
    !path.includes('/.') &&
    (path.length === 1 || !path.endsWith('/'))
  );
}

export function normalizePath(path: string): string {
  // Fast path: most paths the engine handles are already normal (this runs for every file of every server).
  if (isNormal(path)) return path;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Resolves `path` against `cwd` the way the kernel does for relative paths. */
export function resolvePath(cwd: string, given: string): string {
  // A path is a C string to the kernel: it ends at the first NUL (bash drops them from typed lines already).
  const nul = given.indexOf('\0');
  const path = nul === -1 ? given : given.slice(0, nul);
  return normalizePath(path.startsWith('/') ? path : `${cwd}/${path}`);
}

export function dirname(path: string): string {
  const normalized = normalizePath(path);
  const index = normalized.lastIndexOf('/');
  return index <= 0 ? '/' : normalized.slice(0, index);
}

export function basename(path: string): string {
  const normalized = normalizePath(path);
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}

/** Direct children names of `dir` in a flat path map, sorted like `ls` in the C locale. */
export function childNames(paths: Iterable<string>, dir: string): string[] {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const names = new Set<string>();
  for (const path of paths) {
    if (path === dir || !path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    if (!rest.includes('/')) names.add(rest);
  }
  return [...names].sort();
}
