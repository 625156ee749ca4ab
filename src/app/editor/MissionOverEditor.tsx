import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../missions/ConfirmDialog';
import { useAppStore } from '../store';
import type { EditorSession } from './editorModel';

/**
 * Asks before a mission started from the panel, a lesson link or the instructor replaces the world of the
 * file being edited: discard the edit and start, or keep editing. Shown over the editor, which it brings
 * into view on a narrow screen.
 */
export function MissionOverEditor({ session, shownPath }: { session: EditorSession; shownPath: string }) {
  const { t } = useTranslation();
  const waiting = useAppStore((s) => s.missionAfterEditor);
  const title = useAppStore(
    (s) => s.missionRuntime?.missions.find((m) => m.id === s.missionAfterEditor)?.title[s.locale] ?? '',
  );
  const confirm = useAppStore((s) => s.confirmMissionOverEditor);
  const cancel = useAppStore((s) => s.cancelMissionOverEditor);
  const setNarrowTab = useAppStore((s) => s.setNarrowTab);
  useEffect(() => {
    if (waiting !== null) setNarrowTab('terminal');
  }, [waiting, setNarrowTab]);
  return (
    <ConfirmDialog
      open={waiting !== null}
      title={t('editor.missionOver.title')}
      confirmLabel={t('editor.missionOver.confirm', { title })}
      cancelLabel={t('editor.missionOver.cancel')}
      onConfirm={confirm}
      onCancel={cancel}
    >
      <p>{t('editor.missionOver.text', { path: shownPath, host: session.host, title })}</p>
    </ConfirmDialog>
  );
}
