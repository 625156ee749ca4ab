import { quote } from '../../parser';

/** `name=nginx state=latest` → `{ name: 'nginx', state: 'latest' }` (values may be quoted). */
export function parseModuleArgs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of text.matchAll(/(\w+)=("([^"]*)"|'([^']*)'|\S+)/g)) {
    out[match[1] as string] = match[3] ?? match[4] ?? (match[2] as string);
  }
  return out;
}

/**
 * The command line a module runs on each host: the lab executes modules through the same shell a learner
 * uses, so a module changes the world exactly as typing it by hand would. Null with an error for bad args.
 */
export function moduleCommand(module: string, args: string): { line: string } | { error: string } {
  if (module === 'shell' || module === 'command' || module === 'raw') {
    return args.trim() ? { line: args } : { error: 'no command given' };
  }
  const a = parseModuleArgs(args);
  if (module === 'ping') return { line: 'true' };
  if (module === 'apt') {
    const names = (a.name ?? a.pkg ?? '').split(',').filter(Boolean).map(quote).join(' ');
    const update = a.update_cache === 'yes' || a.update_cache === 'true' ? 'apt-get update -q && ' : '';
    if (a.upgrade === 'dist' || a.upgrade === 'full') return { line: `${update}apt-get dist-upgrade -y` };
    if (a.upgrade === 'yes' || a.upgrade === 'safe') return { line: `${update}apt-get upgrade -y` };
    if (!names)
      return update
        ? { line: 'apt-get update -q' }
        : { error: 'one of the following is required: name, upgrade, update_cache' };
    const state = a.state ?? 'present';
    if (state === 'absent') return { line: `${update}apt-get remove -y ${names}` };
    // `apt-get install` also upgrades an installed package to its candidate: that is state=latest.
    if (state === 'latest' || state === 'present') return { line: `${update}apt-get install -y ${names}` };
    return { error: `value of state must be one of: absent, latest, present, got: ${state}` };
  }
  if (module === 'service' || module === 'systemd') {
    const name = a.name;
    if (!name) return { error: 'missing required arguments: name' };
    const verbs: Record<string, string> = {
      started: 'start',
      stopped: 'stop',
      restarted: 'restart',
      reloaded: 'reload',
    };
    const parts: string[] = [];
    if (a.enabled === 'yes' || a.enabled === 'true') parts.push(`systemctl enable ${quote(name)}`);
    if (a.enabled === 'no' || a.enabled === 'false') parts.push(`systemctl disable ${quote(name)}`);
    if (a.state) {
      const verb = verbs[a.state];
      if (!verb)
        return {
          error: `value of state must be one of: reloaded, restarted, started, stopped, got: ${a.state}`,
        };
      parts.push(`systemctl ${verb} ${quote(name)}`);
    }
    return parts.length
      ? { line: parts.join(' && ') }
      : { error: 'one of the following is required: state, enabled' };
  }
  if (module === 'copy') {
    if (!a.dest || a.content === undefined) return { error: 'missing required arguments: content, dest' };
    return { line: `printf '%s' ${quote(a.content)} > ${quote(a.dest)}` };
  }
  return { error: `couldn't resolve module/action '${module}'` };
}
