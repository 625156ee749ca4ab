import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../files/download';
import { useAppStore } from '../store';
import { NAME_MAX } from './limits';
import { buildSessionExport, serializeSession, sessionFileName } from './sessionExport';
import { sessionMarkdown, wallText } from './sessionMarkdown';
import { useSessionLog } from './sessionRecorder';

/** The learner's name is remembered in this browser, so the next export does not ask again. */
const NAME_KEY = 'driftlab.learnerName';

function savedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The session log for grading: the learner's name (optional), then Markdown or JSON to download. */
export function SessionExportSection() {
  const { t, i18n } = useTranslation();
  const log = useSessionLog((s) => s.log);
  const [name, setName] = useState(savedName);
  const nameId = useId();
  const headingId = useId();

  const download = (kind: 'md' | 'json') => {
    const { missionProgress, locale, authoredMission } = useAppStore.getState();
    try {
      localStorage.setItem(NAME_KEY, name.trim());
    } catch {
      // Not remembered: the export itself does not depend on it.
    }
    const session = buildSessionExport({ name, log, progress: missionProgress, locale, now: new Date() });
    if (kind === 'json')
      downloadText(sessionFileName(session, 'json'), 'application/json', serializeSession(session));
    else
      downloadText(
        sessionFileName(session, 'md'),
        'text/markdown',
        sessionMarkdown(session, i18n.getFixedT(locale), authoredMission ? [authoredMission] : []),
      );
  };

  return (
    <section className="grading-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('grading.session.heading')}</h3>
      <p>{t('grading.session.intro')}</p>
      <p data-testid="session-count">
        {t('grading.session.count', { count: log.commands.length, since: wallText(log.startedAt) })}
      </p>
      <div className="grading-field">
        <label htmlFor={nameId}>{t('grading.session.name')}</label>
        <input
          id={nameId}
          type="text"
          autoComplete="name"
          maxLength={NAME_MAX}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="grading-buttons">
        <button type="button" className="button button--primary" onClick={() => download('md')}>
          {t('grading.session.downloadMd')}
        </button>
        <button type="button" className="button" onClick={() => download('json')}>
          {t('grading.session.downloadJson')}
        </button>
      </div>
    </section>
  );
}
