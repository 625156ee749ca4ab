import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { classCsv } from './classCsv';
import { buildClassTable, filterRows, missionColumnTitle, sortRows } from './classTable';
import { sampleSession } from './testkit';

const files = [
  { fileName: 'ana.json', session: sampleSession('Ana Souza', 7) },
  { fileName: 'bruno.json', session: sampleSession('Bruno', 9) },
  { fileName: 'caio.json', session: sampleSession('Caio', 11) },
];
// Bruno solved nothing; Caio used two hints on the first mission.
const bruno = files[1]?.session;
const caio = files[2]?.session;
if (bruno) bruno.missions = bruno.missions.map((m) => ({ ...m, status: 'in-progress', solvedAt: null }));
if (caio) caio.missions = caio.missions.map((m) => (m.id === 'meet-the-fleet' ? { ...m, hintsUsed: 2 } : m));

describe('the class table', () => {
  it('has a row per learner and a column per mission of the content, with their totals', () => {
    const table = buildClassTable(files);
    expect(table.missions[0]).toBe('meet-the-fleet');
    expect(table.rows.map((r) => [r.name, r.solved, r.hints])).toEqual([
      ['Ana Souza', 1, 0],
      ['Bruno', 0, 0],
      ['Caio', 1, 2],
    ]);
    expect(table.rows[0]?.cells.get('meet-the-fleet')).toEqual({
      status: 'solved',
      attempts: 1,
      hintsUsed: 0,
      solutionRevealed: false,
      seconds: 170,
    });
    expect(table.rows[0]?.cells.has('hotfix-drift')).toBe(false);
  });

  it('keeps the newer export of the same learner and names the file left out', () => {
    const older = {
      fileName: 'ana-old.json',
      session: sampleSession('  ana  SOUZA', 7, '2026-11-29T10:00:00.000Z'),
    };
    const otherSeed = { fileName: 'ana-2.json', session: sampleSession('Ana Souza', 8) };
    const anonymous = [sampleSession('', 7), sampleSession('', 7)].map((session, i) => ({
      fileName: `x${i}.json`,
      session,
    }));
    const table = buildClassTable([older, ...files, otherSeed, ...anonymous]);
    expect(table.duplicates).toEqual([{ fileName: 'ana-old.json', keptFileName: 'ana.json' }]);
    expect(table.rows.map((r) => r.fileName)).toEqual([
      'ana.json',
      'bruno.json',
      'caio.json',
      'ana-2.json',
      'x0.json',
      'x1.json',
    ]);
  });

  it('counts mission ids it does not know instead of showing them', () => {
    const session = sampleSession('Dora', 3);
    session.missions = [
      ...session.missions,
      { ...session.missions[0], id: '<img src=x onerror=alert(1)>' } as never,
    ];
    const table = buildClassTable([{ fileName: 'dora.json', session }]);
    expect(table.unknownMissions).toBe(1);
    expect(table.rows[0]?.cells.size).toBe(2);
  });

  it("gives the instructor's own mission a column, titled, when learners played it", () => {
    const session = sampleSession('Eva', 4);
    session.missions = [...session.missions, { ...session.missions[0], id: 'mais-workers' } as never];
    const file = { fileName: 'eva.json', session };
    const own = [{ id: 'mais-workers', title: { 'pt-BR': 'Mais workers', en: 'More workers' } }];
    const withOwn = buildClassTable([file], own);
    expect(withOwn.missions.at(-1)).toBe('mais-workers');
    expect(withOwn.unknownMissions).toBe(0);
    expect(withOwn.rows[0]?.cells.get('mais-workers')?.status).toBe(session.missions[0]?.status);
    expect(missionColumnTitle(withOwn, 'mais-workers', 'en')).toBe('More workers');
    // Another browser (no such mission authored there): the id is counted, not shown.
    const without = buildClassTable([file]);
    expect(without.missions).not.toContain('mais-workers');
    expect(without.unknownMissions).toBe(1);
    expect(without.rows[0]?.cells.has('mais-workers')).toBe(false);
    // A mission of their own nobody played adds no empty column.
    expect(
      buildClassTable([{ fileName: 'f.json', session: sampleSession('Gil', 5) }], own).missions,
    ).not.toContain('mais-workers');
  });

  it('sorts by name, by a mission (status, then fewer hints) and by totals, both ways', () => {
    const { rows } = buildClassTable(files);
    const names = (sorted: typeof rows) => sorted.map((r) => r.name);
    expect(names(sortRows(rows, { column: 'name', direction: 'descending' }))).toEqual([
      'Caio',
      'Bruno',
      'Ana Souza',
    ]);
    expect(names(sortRows(rows, { column: 'mission:meet-the-fleet', direction: 'descending' }))).toEqual([
      'Ana Souza',
      'Caio',
      'Bruno',
    ]);
    expect(names(sortRows(rows, { column: 'hints', direction: 'ascending' }))).toEqual([
      'Ana Souza',
      'Bruno',
      'Caio',
    ]);
    expect(names(sortRows(rows, { column: 'solved', direction: 'ascending' }))).toEqual([
      'Bruno',
      'Ana Souza',
      'Caio',
    ]);
  });

  it('exports the rows as shown to CSV, headers in the UI language, names kept as text', () => {
    const evil = { fileName: 'evil.json', session: sampleSession('=HYPERLINK("http://x")', 5) };
    const table = buildClassTable([...files, evil]);
    const rows = sortRows(table.rows, { column: 'name', direction: 'ascending' });
    const csv = classCsv(table, rows, initI18n('en').t, 'en');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Learner,File,Seed,Meet the fleet: Status,Meet the fleet: Attempts,/);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",evil\.json,5,/);
    expect(lines[2]).toMatch(
      /^Ana Souza,ana\.json,7,Solved,1,0,no,3,In progress,1,0,no,7,Not started,0,0,no,0,/,
    );
    expect(lines[2]).toMatch(/,1,0,9$/);
  });
});

describe('the class table over many learners', () => {
  const many = Array.from({ length: 300 }, (_, i) => ({
    fileName: `f${i}.json`,
    session: sampleSession(`Learner ${(i * 7) % 300}`, i),
  }));

  it('reuses the rows of files already in the class when another import rebuilds it', () => {
    const before = buildClassTable(many.slice(0, 200));
    const after = buildClassTable(many);
    expect(after.rows.slice(0, 200).every((row, i) => row === before.rows[i])).toBe(true);
  });

  it('sorts both ways as the plain comparison would, ties in name order', () => {
    const { rows } = buildClassTable(many);
    const name = (r: (typeof rows)[number]) => Number(r.name?.split(' ')[1]);
    const ascending = sortRows(rows, { column: 'name', direction: 'ascending' }).map(name);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    const byTime = sortRows(rows, { column: 'time', direction: 'descending' });
    for (let i = 1; i < byTime.length; i++) {
      const [a, b] = [byTime[i - 1], byTime[i]] as [(typeof rows)[number], (typeof rows)[number]];
      expect(a.seconds >= b.seconds).toBe(true);
      if (a.seconds === b.seconds) expect(name(a) < name(b)).toBe(true);
    }
  });

  it('finds learners by name or file name, ignoring case, accents and spacing', () => {
    const { rows } = buildClassTable([
      ...files,
      { fileName: 'joao.json', session: sampleSession('João  Pereira', 4) },
      { fileName: 'turma-b/anon.json', session: sampleSession('', 5) },
    ]);
    const names = (query: string) => filterRows(rows, query).map((r) => r.fileName);
    expect(names('joao pereira')).toEqual(['joao.json']);
    expect(names('  SOUZA ')).toEqual(['ana.json']);
    expect(names('turma-b')).toEqual(['turma-b/anon.json']);
    expect(names('nobody')).toEqual([]);
    expect(filterRows(rows, ' ')).toBe(rows);
  });
});
