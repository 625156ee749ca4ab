import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { ActiveMission } from './ActiveMission';
import { ConfirmDialog } from './ConfirmDialog';
import { focusMissionTitle } from './focusMission';
import { useActiveMission, useLabMissions } from './hooks';
import { MissionList } from './MissionList';
import './missions.css';

/** Asks before a lesson link replaces the mission in progress. */
function SwitchDialog() {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const requested = useAppStore((s) => s.missionRequest);
  const activeId = useAppStore((s) => s.missionProgress.active);
  const confirm = useAppStore((s) => s.confirmMissionRequest);
  const cancel = useAppStore((s) => s.cancelMissionRequest);
  const missions = useLabMissions();
  const title = (id: string | null) => missions.find((m) => m.id === id)?.title[locale] ?? '';
  const names = { current: title(activeId), next: title(requested) };
  return (
    <ConfirmDialog
      open={requested !== null}
      title={t('missions.request.title')}
      confirmLabel={t('missions.request.confirm', names)}
      cancelLabel={t('missions.request.cancel', names)}
      onConfirm={() => {
        confirm();
        focusMissionTitle(requested);
      }}
      onCancel={cancel}
      // The lesson link that asked sits in the tab the question replaced: the new mission's title takes the
      // keyboard (asked for above), or, when the learner stayed, the title of the mission in progress.
      onFocusLost={() => {
        const { missionFocus, missionProgress } = useAppStore.getState();
        focusMissionTitle(missionFocus ?? missionProgress.active);
      }}
    >
      <p>{t('missions.request.text', names)}</p>
    </ConfirmDialog>
  );
}

/** The missions: the active one (briefing, live checklist, hints, solution, debrief) and the list of all. */
export default function MissionsPanel() {
  const { t } = useTranslation();
  const active = useActiveMission();
  return (
    <div className="missions" data-testid="missions-panel">
      {active ? <ActiveMission active={active} /> : <p className="missions__none">{t('missions.none')}</p>}
      <MissionList />
      <SwitchDialog />
    </div>
  );
}
