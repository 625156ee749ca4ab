import { useTranslation } from 'react-i18next';
import type { HealthFailure, Server } from '../../../core';
import { FailureText, failureKey } from '../FailureText';
import { clockText, journalTail } from './detailModel';

function Journal({ server, unit }: { server: Server; unit: string }) {
  const { t } = useTranslation();
  const lines = journalTail(server, unit);
  if (lines.length === 0) return null;
  return (
    <figure className="journal">
      <figcaption>{t('dashboard.detail.journal', { unit })}</figcaption>
      <pre>
        {lines
          .map((line) => `${clockText(line.time)} ${server.hostname} ${unit}: ${line.message}`)
          .join('\n')}
      </pre>
    </figure>
  );
}

/** Every failing check with its reason, and the journal of the unit it concerns. */
export function HealthSection({ server, failures }: { server: Server; failures: readonly HealthFailure[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="detail-health">
      <h3 id="detail-health">{t('dashboard.detail.health')}</h3>
      {failures.length === 0 ? (
        <p>{t('dashboard.detail.healthy')}</p>
      ) : (
        <ul className="failures">
          {failures.map((failure) => (
            <li key={failureKey(failure)} data-severity={failure.severity}>
              <span className="failures__severity">{t(`dashboard.severity.${failure.severity}`)}</span>{' '}
              <FailureText failure={failure} />
              {failure.params.unit && <Journal server={server} unit={failure.params.unit} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
