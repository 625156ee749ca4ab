import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DriftItem } from '../../../core';
import { tableWords } from './drift';
import { changeParts, type HostDrift } from './driftFormats';
import { driftTable, ENGLISH_TABLE } from './driftTable';

const HOTFIX: HostDrift[] = [
  {
    host: 'web-02',
    items: [
      { resource: 'package:htop', kind: 'package', status: 'UNMANAGED', expected: null, actual: '3.2.2-2' },
      {
        resource: 'file:/etc/loja/loja.ini',
        kind: 'file',
        status: 'MODIFIED',
        expected: null,
        actual: null,
        properties: [
          { name: 'content', expected: '15 lines #35ab83eb', actual: '15 lines #1c960fa5' },
          { name: 'mode', expected: '0640', actual: '0666' },
        ],
        diff: '-timeout = 30\n+timeout = 120\n',
      },
      {
        resource: 'service:nginx',
        kind: 'service',
        status: 'MODIFIED',
        expected: 'running',
        actual: 'stopped',
      },
    ],
  },
];

describe('drift table', () => {
  it('puts each resource on one line when the widest row fits', () => {
    const lines = driftTable(HOTFIX, false, 120);
    expect(lines).toEqual([
      'HOST    RESOURCE                 STATUS     EXPECTED → ACTUAL',
      'web-02  package:htop             UNMANAGED  (undeclared) 3.2.2-2',
      'web-02  file:/etc/loja/loja.ini  MODIFIED   content: 15 lines #35ab83eb → 15 lines #1c960fa5; mode: 0640 → 0666',
      'web-02  service:nginx            MODIFIED   running → stopped',
    ]);
  });

  it('at 80 columns puts the values under their row, a property per line, with the diff after them', () => {
    const lines = driftTable(HOTFIX, true, 80);
    expect(lines).toEqual([
      'HOST    RESOURCE                 STATUS',
      '    EXPECTED → ACTUAL',
      'web-02  package:htop             UNMANAGED',
      '    (undeclared) 3.2.2-2',
      'web-02  file:/etc/loja/loja.ini  MODIFIED',
      '    content: 15 lines #35ab83eb → 15 lines #1c960fa5',
      '    mode: 0640 → 0666',
      '    -timeout = 30\n    +timeout = 120',
      'web-02  service:nginx            MODIFIED',
      '    running → stopped',
    ]);
    expect(Math.max(...lines.flatMap((l) => l.split('\n')).map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('on a phone-narrow terminal leads with the status and pads nothing else', () => {
    const lines = driftTable(HOTFIX, false, 36);
    expect(lines.slice(0, 4)).toEqual([
      'STATUS    HOST RESOURCE',
      '    EXPECTED → ACTUAL',
      'UNMANAGED web-02 package:htop',
      '    (undeclared) 3.2.2-2',
    ]);
    expect(lines).toContain('MODIFIED  web-02 file:/etc/loja/loja.ini');
    // A value too wide for the line puts its actual side under its expected one.
    expect(lines).toContain('    content: 15 lines #35ab83eb');
    expect(lines).toContain('      → 15 lines #1c960fa5');
    expect(lines).toContain('    mode: 0640 → 0666');
  });

  it('puts the pt-BR headings and words in the same layout', () => {
    const lines = driftTable(HOTFIX, false, 200, tableWords({ locale: 'pt-BR' }));
    expect(lines[0]).toMatch(/^SERVIDOR {2}RECURSO +ESTADO {5}ESPERADO → ATUAL$/);
    expect(lines.join('\n')).toContain('(não declarado) 3.2.2-2');
  });

  it('prints nothing for no rows', () => {
    expect(driftTable([{ host: 'web-01', items: [] }], false, 80)).toEqual([]);
  });

  it.each([
    ['English', ENGLISH_TABLE],
    ['pt-BR', tableWords({ locale: 'pt-BR' })],
  ])('shows every row and value at any width, within the width whenever the names allow (%s)', (_, words) => {
    const name = fc.stringMatching(/^[a-z0-9/._-]{1,30}$/);
    const item: fc.Arbitrary<DriftItem> = fc.record({
      resource: name.map((n) => `file:/${n}`),
      kind: fc.constant('file' as const),
      status: fc.constantFrom(
        'MODIFIED' as const,
        'MISSING' as const,
        'UNMANAGED' as const,
        'IN_SYNC' as const,
      ),
      expected: fc.option(name, { nil: null }),
      actual: fc.option(name, { nil: null }),
    });
    const hosts = fc.array(
      fc.record({ host: fc.stringMatching(/^[a-z0-9-]{1,20}$/), items: fc.array(item, { maxLength: 5 }) }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(hosts, fc.integer({ min: 20, max: 200 }), (fleet, columns) => {
        const text = driftTable(fleet, false, columns, words).join('\n');
        const rows = fleet.flatMap((h) => h.items.map((i) => ({ host: h.host, item: i })));
        if (rows.length === 0) {
          expect(text).toBe('');
          return;
        }
        for (const { host, item } of rows) {
          expect(text).toMatch(
            new RegExp(`(^|\\s)${escapeRegExp(host)}\\s.*${escapeRegExp(item.resource)}`, 'm'),
          );
        }
        // The compact layout's widest parts: its header, `STATUS host resource`, an indented value.
        const widest = Math.max(
          `${words.status.padEnd(9)} ${words.host} ${words.resource}`.length,
          4 + words.change.length,
          ...rows.map((r) => 10 + r.host.length + 1 + r.item.resource.length),
          ...rows.flatMap((r) => changeParts(r.item, words).map((part) => 4 + part.length)),
        );
        if (widest <= columns) {
          for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
        }
      }),
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
