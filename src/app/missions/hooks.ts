import { useMemo } from 'react';
import {
  type ActiveMission,
  MISSIONS,
  type Mission,
  type MissionProgress,
  missionProgress,
} from '../../content';
import { useAppStore } from '../store';

/** The missions the lab offers: the shipped ones in the lesson's order, then the instructor's, if any. */
export function useLabMissions(): readonly Mission[] {
  const authored = useAppStore((s) => s.authoredMission);
  return useMemo(() => (authored ? [...MISSIONS, authored] : MISSIONS), [authored]);
}

export interface ActiveView extends ActiveMission {
  progress: MissionProgress;
}

/** The active mission with its checklist and progress, re-read whenever a command changes them. */
export function useActiveMission(): ActiveView | null {
  const runtime = useAppStore((s) => s.missionRuntime);
  // Subscribing to these makes the component re-render after each command, when `active()` has changed.
  useAppStore((s) => s.missionEvaluation);
  const progress = useAppStore((s) => s.missionProgress);
  const active = runtime?.active();
  if (!active) return null;
  return { ...active, progress: missionProgress(progress, active.mission.id) };
}
