import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiffOverlay } from './editor/DiffOverlay';
import { InstructorPanel } from './instructor/InstructorPanel';
import { SkipLink } from './layout/SkipLink';
import { Workbench } from './layout/Workbench';
import { UpdatePrompt } from './offline/UpdatePrompt';
import { StorageNotices } from './persistence/StorageNotices';
import { SettingsBar } from './settings/SettingsBar';
import { useDocumentSettings } from './settings/useDocumentSettings';
import './layout/layout.css';

export function App() {
  const { t } = useTranslation();
  useDocumentSettings();
  // On a phone the settings fold under one button: open, they took a third of the screen above the panes.
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsId = useId();
  return (
    <>
      <SkipLink />
      <header className="topbar">
        <h1>
          {t('app.title')} <span className="tagline">{t('app.tagline')}</span>
        </h1>
        <button
          type="button"
          className="button settings-toggle"
          aria-expanded={settingsOpen}
          aria-controls={settingsId}
          onClick={() => setSettingsOpen((open) => !open)}
        >
          <span aria-hidden="true">⚙ </span>
          {t('settings.label')}
        </button>
        <SettingsBar id={settingsId} folded={!settingsOpen} />
      </header>
      <StorageNotices />
      <Workbench />
      <InstructorPanel />
      <DiffOverlay />
      <UpdatePrompt />
    </>
  );
}
