import { Dashboard } from '../dashboard/Dashboard';

/** The dashboard pane: what the fleet looks like while the learner changes it (see `../dashboard`). */
export function DashboardPane() {
  return <Dashboard />;
}
