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
  return (
    <>
      <SkipLink />
      <header className="topbar">
        <h1>
          {t('app.title')} <span className="tagline">{t('app.tagline')}</span>
        </h1>
        <SettingsBar />
      </header>
      <StorageNotices />
      <Workbench />
      <InstructorPanel />
      <DiffOverlay />
      <UpdatePrompt />
    </>
  );
}
