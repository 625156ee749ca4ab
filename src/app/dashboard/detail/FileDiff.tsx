import { useTranslation } from 'react-i18next';
import { diffLines } from './detailModel';

const SIGNS = { add: 'dashboard.detail.added', del: 'dashboard.detail.removed' } as const;

/**
 * A unified diff (desired → actual) as pre-formatted text, added and removed lines coloured; each changed
 * line also says in words (for screen readers) whether it was added or removed.
 */
export function FileDiff({ diff, label }: { diff: string; label: string }) {
  const { t } = useTranslation();
  return (
    <figure className="diff">
      <figcaption>{label}</figcaption>
      <pre>
        {diffLines(diff).map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one diff never move
          <span key={i} className={`diff__line diff__line--${line.kind}`}>
            {(line.kind === 'add' || line.kind === 'del') && (
              <span className="visually-hidden">{t(SIGNS[line.kind])} </span>
            )}
            {line.text}
            {'\n'}
          </span>
        ))}
      </pre>
    </figure>
  );
}
