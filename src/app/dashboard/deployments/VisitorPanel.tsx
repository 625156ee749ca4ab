import { useTranslation } from 'react-i18next';
import type { VisitorView } from '../../../core';
import { visibleText } from './deploymentsModel';

/** What a visitor of the site gets: the status line, the page's title and words, or curl's error. */
export function VisitorPanel({ visitor }: { visitor: VisitorView }) {
  const { t } = useTranslation();
  if (visitor.httpStatus === null) {
    return (
      <div className="visitor visitor--error">
        <p>{t('dashboard.deployments.noAnswer', { url: visitor.url })}</p>
        <pre className="visitor__curl">{visitor.curlError.join('\n')}</pre>
      </div>
    );
  }
  const ok = visitor.httpStatus === 200;
  return (
    <div className={`visitor visitor--${ok ? 'ok' : 'error'}`}>
      <p className="visitor__status">
        <span aria-hidden="true">{ok ? '✔ ' : '✖ '}</span>
        <code>{visitor.headers[0] ?? `HTTP/1.1 ${visitor.httpStatus} ${visitor.statusText}`}</code>
      </p>
      <p className="visitor__title">
        {t('dashboard.deployments.pageTitle')} <strong>{visitor.title}</strong>
      </p>
      <pre className="visitor__page">{visibleText(visitor.body)}</pre>
      {visitor.servedBy && (
        <p className="visitor__served">
          {t('dashboard.deployments.servedBy', { host: visitor.servedBy, release: visitor.release ?? '—' })}
        </p>
      )}
      <details>
        <summary>{t('dashboard.deployments.source')}</summary>
        <pre className="visitor__source">{[...visitor.headers, '', visitor.body].join('\n')}</pre>
      </details>
    </div>
  );
}
