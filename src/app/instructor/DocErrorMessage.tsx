import { useTranslation } from 'react-i18next';
import type { DocError } from '../../content/authored';

/**
 * What is wrong with a document or a link, in the instructor's language: the code worded, then the first
 * problems with their place in the document. Plain text nodes only.
 */
export function DocErrorMessage({ heading, error }: { heading: string; error: DocError }) {
  const { t } = useTranslation();
  return (
    <div className="instructor-error" role="alert" data-testid="doc-error" data-code={error.code}>
      <p>
        {heading} {t(`instructor.errors.${error.code}`)}
      </p>
      <ul>
        {error.issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            {t('instructor.errors.issue', { path: issue.path || '/', message: issue.message })}
          </li>
        ))}
      </ul>
    </div>
  );
}
