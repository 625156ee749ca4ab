import type { ClassFile } from './classTable';
import type { ImportProblem } from './problemText';
import { parseSession, SESSION_FILE_MAX_BYTES } from './sessionExport';

/** The part of a `File` the import reads; tests hand in their own. */
export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface RefusedFile {
  fileName: string;
  problem: ImportProblem;
}

export interface ClassImport {
  accepted: ClassFile[];
  refused: RefusedFile[];
}

/** Files read between two pauses that let the page paint the progress. */
const BATCH = 20;

/** A name not yet taken: `a.json`, then `a.json (2)`… (files from two folders may share a name). */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
  taken.add(candidate);
  return candidate;
}

async function readOne(
  file: FileLike,
): Promise<{ ok: true; text: string } | { ok: false; problem: ImportProblem }> {
  if (file.size > SESSION_FILE_MAX_BYTES) {
    return { ok: false, problem: { code: 'too-large', limitKb: SESSION_FILE_MAX_BYTES / 1024 } };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
}

/**
 * Reads and checks every file; a bad one is refused with its reason and the others go on. `taken` holds the
 * names already in the class (a new file with the same name gets a suffix); `onProgress` hears each batch.
 */
export async function importClassFiles(
  files: readonly FileLike[],
  taken: ReadonlySet<string>,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ClassImport> {
  const names = new Set(taken);
  const accepted: ClassFile[] = [];
  const refused: RefusedFile[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as FileLike;
    const fileName = uniqueName(file.name, names);
    const read = await readOne(file);
    const parsed = read.ok ? parseSession(read.text) : read;
    if (parsed.ok) accepted.push({ fileName, session: parsed.value });
    else refused.push({ fileName, problem: parsed.problem });
    if ((i + 1) % BATCH === 0 && i + 1 < files.length) {
      onProgress(i + 1, files.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  onProgress(files.length, files.length);
  return { accepted, refused };
}
