import { findMission, MISSIONS, type MissionStatus } from '../../content';
import type { Locale } from '../../i18n';
import type { SessionExport } from './sessionFormat';

/**
 * The class view's data: one row per learner, one column per mission (the content's missions, in the
 * lesson's order, then the instructor's own mission when learners played it). Pure; the same learner
 * exported twice (same name and seed) keeps the newer export.
 */
export interface ClassFile {
  fileName: string;
  session: SessionExport;
}

export interface ClassCell {
  status: MissionStatus;
  attempts: number;
  hintsUsed: number;
  solutionRevealed: boolean;
  seconds: number;
}

export interface LearnerRow {
  /** Unique within the table (the file name of the export kept). */
  key: string;
  name: string | null;
  fileName: string;
  seed: number;
  exportedAt: string;
  cells: ReadonlyMap<string, ClassCell>;
  solved: number;
  hints: number;
  seconds: number;
}

/** A mission the instructor authored in this browser: learners who played it get a column for it. */
export interface OwnMission {
  id: string;
  title: Readonly<Record<Locale, string>>;
}

export interface ClassTable {
  missions: readonly string[];
  /** Titles of the instructor's own missions among `missions`. */
  ownTitles: ReadonlyMap<string, Readonly<Record<Locale, string>>>;
  rows: LearnerRow[];
  /** Files left out because a newer export of the same learner was imported. */
  duplicates: { fileName: string; keptFileName: string }[];
  /** Mission ids in the files that this version of DriftLab does not know (not shown). */
  unknownMissions: number;
}

const SHIPPED = MISSIONS.map((m) => m.id);

/**
 * Each file's row, built once per set of known missions: a new import rebuilds the table without redoing
 * the learners already in it.
 */
const rowCache = new WeakMap<ClassFile, { known: ReadonlySet<string>; row: LearnerRow }>();

function rowOf(file: ClassFile, known: ReadonlySet<string>): LearnerRow {
  const cached = rowCache.get(file);
  if (cached?.known === known) return cached.row;
  const row = buildRow(file, known);
  rowCache.set(file, { known, row });
  return row;
}

function buildRow({ fileName, session }: ClassFile, known: ReadonlySet<string>): LearnerRow {
  const cells = new Map<string, ClassCell>();
  for (const m of session.missions) {
    if (!known.has(m.id) || cells.has(m.id)) continue;
    cells.set(m.id, {
      status: m.status,
      attempts: m.attempts,
      hintsUsed: m.hintsUsed,
      solutionRevealed: m.solutionRevealed,
      seconds: m.activeSeconds,
    });
  }
  const all = [...cells.values()];
  return {
    key: fileName,
    name: session.learner.name,
    fileName,
    seed: session.seed,
    exportedAt: session.exportedAt,
    cells,
    solved: all.filter((c) => c.status === 'solved').length,
    hints: all.reduce((sum, c) => sum + c.hintsUsed, 0),
    seconds: all.reduce((sum, c) => sum + c.seconds, 0),
  };
}

/** A name as people match it: case, accents and runs of spaces do not count. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same learner: same name (ignoring case, accents and spaces) and same seed. Anonymous files never match. */
function identity({ fileName, session }: ClassFile): string {
  const name = session.learner.name;
  if (name === null) return `file:${fileName}`;
  return `learner:${fold(name)}:${session.seed}`;
}

/** The known-missions set for `own`, the same object while `own` is unchanged (it keys the row cache). */
let knownFor: { own: readonly OwnMission[]; known: ReadonlySet<string> } | null = null;

function knownMissions(own: readonly OwnMission[]): ReadonlySet<string> {
  if (knownFor?.own !== own) knownFor = { own, known: new Set([...SHIPPED, ...own.map((m) => m.id)]) };
  return knownFor.known;
}

const NO_OWN: readonly OwnMission[] = [];

export function buildClassTable(
  files: readonly ClassFile[],
  own: readonly OwnMission[] = NO_OWN,
): ClassTable {
  const kept = new Map<string, ClassFile>();
  const duplicates: ClassTable['duplicates'] = [];
  for (const file of files) {
    const id = identity(file);
    const other = kept.get(id);
    if (!other) {
      kept.set(id, file);
      continue;
    }
    const newer = file.session.exportedAt > other.session.exportedAt ? file : other;
    const older = newer === file ? other : file;
    kept.set(id, newer);
    duplicates.push({ fileName: older.fileName, keptFileName: newer.fileName });
  }
  const known = knownMissions(own);
  const unknown = new Set<string>();
  const played = new Set<string>();
  for (const { session } of kept.values()) {
    for (const m of session.missions) (known.has(m.id) ? played : unknown).add(m.id);
  }
  const ownPlayed = own.filter((m) => played.has(m.id) && !SHIPPED.includes(m.id));
  return {
    missions: [...SHIPPED, ...ownPlayed.map((m) => m.id)],
    ownTitles: new Map(ownPlayed.map((m) => [m.id, m.title])),
    rows: [...kept.values()].map((file) => rowOf(file, known)),
    duplicates,
    unknownMissions: unknown.size,
  };
}

/** A mission column's title: the lesson's mission, or the instructor's own. */
export function missionColumnTitle(table: ClassTable, id: string, locale: Locale): string {
  return findMission(id)?.title[locale] ?? table.ownTitles.get(id)?.[locale] ?? id;
}

export type SortColumn = 'name' | 'solved' | 'hints' | 'time' | `mission:${string}`;
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  column: SortColumn;
  direction: SortDirection;
}

const STATUS_RANK: Record<MissionStatus, number> = { 'not-started': 0, 'in-progress': 1, solved: 2 };

const collator = new Intl.Collator(['pt-BR', 'en'], { sensitivity: 'base', numeric: true });

export function rowLabel(row: LearnerRow): string {
  return row.name ?? row.fileName;
}

/** A mission cell's place in a sort: by status, then fewer hints, fewer attempts and less time first. */
function missionScore(cell: ClassCell | undefined): number[] {
  if (!cell) return [-1, 0, 0, 0];
  return [STATUS_RANK[cell.status], -cell.hintsUsed, -cell.attempts, -cell.seconds];
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Each row's place by name, then file name: the name column's key and every other column's tie-break.
 * Collating is the costly comparison, so it runs once per set of rows (the table's), not once per sort.
 */
const nameRanks = new WeakMap<readonly LearnerRow[], Map<LearnerRow, number>>();

function nameRank(rows: readonly LearnerRow[]): Map<LearnerRow, number> {
  let ranks = nameRanks.get(rows);
  if (ranks) return ranks;
  const byName = [...rows].sort(
    (a, b) => collator.compare(rowLabel(a), rowLabel(b)) || collator.compare(a.fileName, b.fileName),
  );
  ranks = new Map(byName.map((row, i) => [row, i]));
  nameRanks.set(rows, ranks);
  return ranks;
}

/** A row's key for `column`, computed once per row per sort (not once per comparison). */
function sortKey(column: SortColumn, row: LearnerRow, rank: number): readonly number[] {
  if (column === 'name') return [rank];
  if (column === 'solved') return [row.solved];
  if (column === 'hints') return [row.hints];
  if (column === 'time') return [row.seconds];
  return missionScore(row.cells.get(column.slice('mission:'.length)));
}

/** A sorted copy; ties keep the learners' names in order, then the file names. */
export function sortRows(rows: readonly LearnerRow[], sort: Sort): LearnerRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const ranks = nameRank(rows);
  const keyed = rows.map((row) => {
    const rank = ranks.get(row) ?? 0;
    return { row, rank, key: sortKey(sort.column, row, rank) };
  });
  keyed.sort((a, b) => sign * compareScores(a.key, b.key) || a.rank - b.rank);
  return keyed.map((k) => k.row);
}

/** The rows whose learner's name or file name holds `query` (case, accents and spacing aside), in order. */
export function filterRows(rows: readonly LearnerRow[], query: string): readonly LearnerRow[] {
  const wanted = fold(query);
  if (wanted === '') return rows;
  return rows.filter((row) => fold(row.name ?? '').includes(wanted) || fold(row.fileName).includes(wanted));
}
