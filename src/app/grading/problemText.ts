import type { TFunction } from 'i18next';
import type { FileProblem } from './fileCheck';
import { shown } from './fileCheck';
import { SESSION_VERSION } from './sessionFormat';

/** Which kind of DriftLab file was expected, for the message. */
export type FileKind = 'session' | 'progress';

export type ImportProblem = FileProblem | { code: 'unreadable' };

/** A problem in words, naming the file (its name shown safely: no control characters, shortened). */
export function problemText(t: TFunction, fileName: string, problem: ImportProblem, kind: FileKind): string {
  const file = shown(fileName, 80);
  const what = t(`grading.kinds.${kind}`);
  switch (problem.code) {
    case 'too-large':
      return t('grading.problems.too-large', { file, limitKb: problem.limitKb, kind: what });
    case 'forbidden-key':
      return t('grading.problems.forbidden-key', { file, key: problem.key, path: problem.path || '/' });
    case 'wrong-format':
      return t('grading.problems.wrong-format', { file, found: problem.found, kind: what });
    case 'wrong-version':
      return t('grading.problems.wrong-version', { file, found: problem.found, expected: SESSION_VERSION });
    case 'invalid':
      return problem.path === ''
        ? t('grading.problems.invalidRoot', { file, kind: what })
        : t('grading.problems.invalid', { file, path: problem.path });
    default:
      return t(`grading.problems.${problem.code}`, { file });
  }
}
