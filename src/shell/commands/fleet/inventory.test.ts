import { describe, expect, it } from 'vitest';
import { matchPattern, parseInventory } from './inventory';
import { moduleCommand, parseModuleArgs } from './modules';

const INVENTORY = `[bastion]\nbastion\n\n[lb]\nlb-01\n\n[web]\nweb-01\nweb-02\nweb-03\n\n[staging_web]\nstg-web-01\n\n[db]\ndb-01\n\n[prod:children]\nlb\nweb\ndb\n\n[staging:children]\nstaging_web\n`;

describe('inventory and patterns', () => {
  const inventory = parseInventory(INVENTORY);
  it('resolves groups, children, unions, exclusions, intersections and globs like Ansible', () => {
    expect(matchPattern(inventory, 'web').hosts).toEqual(['web-01', 'web-02', 'web-03']);
    expect(matchPattern(inventory, 'prod').hosts).toEqual(['lb-01', 'web-01', 'web-02', 'web-03', 'db-01']);
    expect(matchPattern(inventory, 'web:!web-02').hosts).toEqual(['web-01', 'web-03']);
    expect(matchPattern(inventory, 'prod:&web').hosts).toEqual(['web-01', 'web-02', 'web-03']);
    expect(matchPattern(inventory, 'web:staging').hosts).toEqual([
      'web-01',
      'web-02',
      'web-03',
      'stg-web-01',
    ]);
    expect(matchPattern(inventory, '*web-0*').hosts).toEqual(['web-01', 'web-02', 'web-03', 'stg-web-01']);
    expect(matchPattern(inventory, 'all').hosts).toHaveLength(7);
    expect(matchPattern(inventory, 'nope').unmatched).toEqual(['nope']);
  });
});

describe('modules', () => {
  it('parses key=value arguments with quotes', () => {
    expect(parseModuleArgs(`name=nginx state="latest" dest='/tmp/a b'`)).toEqual({
      name: 'nginx',
      state: 'latest',
      dest: '/tmp/a b',
    });
  });
  it('turns modules into the command lines a person would type', () => {
    expect(moduleCommand('apt', 'name=htop state=present')).toEqual({ line: 'apt-get install -y htop' });
    expect(moduleCommand('apt', 'name=htop state=absent')).toEqual({ line: 'apt-get remove -y htop' });
    expect(moduleCommand('service', 'name=nginx state=restarted')).toEqual({
      line: 'systemctl restart nginx',
    });
    expect(moduleCommand('frob', '')).toEqual({ error: "couldn't resolve module/action 'frob'" });
    expect(moduleCommand('service', 'state=restarted')).toEqual({
      error: 'missing required arguments: name',
    });
  });
});
