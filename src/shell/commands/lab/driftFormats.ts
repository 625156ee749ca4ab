import type { DriftItem } from '../../../core';

/**
 * The same drift, printed the way each tool a team might use would print it. The facts come from the
 * engine; only the words differ — which is the point: every tool is a lens on desired vs actual state.
 */
export interface HostDrift {
  host: string;
  items: readonly DriftItem[];
}

const TYPE: Record<DriftItem['kind'], string> = {
  package: 'package',
  file: 'file',
  service: 'service',
  database: 'database',
};

/** The lab table's own words for a value that is not there (the other formats keep their tools' English). */
export interface ChangeWords {
  absent: string;
  undeclared: string;
}

/** `content: 15 lines #1c96… → 15 lines #35ab…`, `mode: 0640 → 0666` — each property that differs, or the states. */
export function changeParts(
  item: DriftItem,
  words: ChangeWords = { absent: 'absent', undeclared: '(undeclared)' },
): string[] {
  const { absent } = words;
  if (item.status === 'UNMANAGED') return [`${words.undeclared} ${item.actual ?? ''}`];
  if (item.properties?.length) {
    return item.properties.map((p) => `${p.name}: ${p.expected ?? absent} → ${p.actual ?? absent}`);
  }
  return [`${item.expected ?? absent} → ${item.actual ?? absent}`];
}

/** The expected and actual values a tool would compare: the differing properties when there are some. */
function compared(item: DriftItem): { expected: string; actual: string } {
  const props = item.properties ?? [];
  if (props.length === 0) return { expected: item.expected ?? 'absent', actual: item.actual ?? 'absent' };
  return {
    expected: props.map((p) => `${p.name} ${p.expected ?? 'absent'}`).join(', '),
    actual: props.map((p) => `${p.name} ${p.actual ?? 'absent'}`).join(', '),
  };
}

function nameOf(item: DriftItem): string {
  return item.resource.slice(item.resource.indexOf(':') + 1);
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/** `terraform plan`: resources to add (MISSING), change (MODIFIED) and destroy (UNMANAGED, once imported). */
export function terraformFormat(hosts: readonly HostDrift[]): string {
  const out: string[] = [];
  let add = 0;
  let change = 0;
  let destroy = 0;
  for (const { host, items } of hosts) {
    for (const item of items) {
      const address = `${TYPE[item.kind]}.${slug(nameOf(item))}["${host}"]`;
      if (item.status === 'MISSING') {
        add++;
        out.push(
          `  # ${address} will be created`,
          `  + resource "${TYPE[item.kind]}" "${slug(nameOf(item))}" {`,
          `      + state = "${item.expected}"`,
          '    }',
          '',
        );
      } else if (item.status === 'MODIFIED') {
        change++;
        out.push(
          `  # ${address} will be updated in-place`,
          `  ~ resource "${TYPE[item.kind]}" "${slug(nameOf(item))}" {`,
        );
        for (const p of item.properties ?? [
          { name: 'state', expected: item.expected, actual: item.actual },
        ]) {
          out.push(`      ~ ${p.name} = "${p.actual}" -> "${p.expected}"`);
        }
        out.push('    }', '');
      } else if (item.status === 'UNMANAGED') {
        destroy++;
        out.push(`  # ${address} is not in the configuration (unmanaged): import it or remove it`, '');
      }
    }
  }
  if (add + change + destroy === 0) {
    return 'No changes. Your infrastructure matches the configuration.\n';
  }
  return `Terraform will perform the following actions:\n\n${out.join('\n')}\nPlan: ${add} to add, ${change} to change, ${destroy} to destroy.\n`;
}

/** `ansible-playbook --check --diff`: a task per resource, `changed` per host, a recap. */
export function ansibleFormat(hosts: readonly HostDrift[]): string {
  const out: string[] = [
    '',
    'PLAY [desired state (check mode)] ***********************************************',
    '',
  ];
  const recap: string[] = [];
  for (const { host, items } of hosts) {
    let changed = 0;
    for (const item of items) {
      if (item.status === 'UNMANAGED') continue;
      changed++;
      out.push(`TASK [${item.kind} : ${nameOf(item)}] ${'*'.repeat(Math.max(3, 60 - nameOf(item).length))}`);
      if (item.diff) out.push(item.diff.trimEnd());
      else out.push(`--- before\n+++ after\n-${item.actual ?? 'absent'}\n+${item.expected ?? 'absent'}`);
      out.push(`changed: [${host}]`, '');
    }
    recap.push(
      `${host.padEnd(26)} : ok=${items.length - changed}  changed=${changed}  unreachable=0    failed=0    skipped=0`,
    );
  }
  return `${out.join('\n')}\nPLAY RECAP *********************************************************************\n${recap.join('\n')}\n`;
}

/** `puppet agent --noop`: one Notice per out-of-sync property. */
export function puppetFormat(hosts: readonly HostDrift[]): string {
  const out: string[] = [];
  let events = 0;
  for (const { host, items } of hosts) {
    const declared = items.filter((i) => i.status !== 'UNMANAGED' && i.status !== 'IN_SYNC');
    if (declared.length === 0) continue;
    out.push(`Info: Applying configuration version '${host}-noop'`);
    for (const item of declared) {
      events++;
      const type =
        item.kind === 'file'
          ? 'File'
          : item.kind === 'package'
            ? 'Package'
            : item.kind === 'service'
              ? 'Service'
              : 'Exec';
      const properties = item.properties?.length
        ? item.properties
        : [{ name: 'ensure', expected: item.expected, actual: item.actual }];
      for (const p of properties) {
        out.push(
          `Notice: /Stage[main]/Role::${host}/${type}[${nameOf(item)}]/${p.name}: current_value '${p.actual ?? 'absent'}', should be '${p.expected ?? 'absent'}' (noop)`,
        );
      }
    }
  }
  out.push(
    `Notice: Stage[main]: Would have triggered 'refresh' from ${events} event${events === 1 ? '' : 's'}`,
    'Notice: Applied catalog in 0.42 seconds',
  );
  return `${out.join('\n')}\n`;
}

/** `inspec exec`: a control per resource, ✔ or ×, and a summary. */
export function inspecFormat(hosts: readonly HostDrift[]): string {
  const out: string[] = ['', 'Profile:   DriftLab baseline (driftlab-baseline)', 'Version:   1.0.0', ''];
  let passed = 0;
  let failed = 0;
  for (const { host, items } of hosts) {
    out.push(`  Target:  ssh://aluno@${host}:22`, '');
    for (const item of items) {
      if (item.status === 'IN_SYNC') {
        passed++;
        out.push(`  ✔  ${item.kind} ${nameOf(item)} is expected to be ${item.expected}`);
      } else {
        failed++;
        const { expected, actual } = compared(item);
        const want = item.status === 'UNMANAGED' ? 'not to exist (undeclared)' : `to be ${expected}`;
        out.push(`  ×  ${item.kind} ${nameOf(item)} is expected ${want}`, `     got: ${actual}`);
      }
    }
    out.push('');
  }
  out.push(`Profile Summary: ${passed} successful controls, ${failed} control failures, 0 controls skipped`);
  return `${out.join('\n')}\n`;
}
