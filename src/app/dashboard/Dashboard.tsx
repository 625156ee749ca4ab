import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { DashboardTabs, panelId, type TabId, tabId } from './DashboardTabs';
import { FleetSummary } from './FleetSummary';
import { FleetView } from './FleetView';
import { useFleetProgress, useShownWorld } from './hooks';
import { ScenarioPicker } from './ScenarioPicker';
import { TimeTravelBanner } from './TimeTravelBanner';
import './dashboard.css';

// Everything past the fleet view loads on demand (and is prefetched when the browser is idle).
const loadParity = () => import('./parity/ParityView');
const loadDeployments = () => import('./deployments/DeploymentsView');
const loadTimeline = () => import('./timeline/TimelineView');
const loadDetail = () => import('./detail/ServerDetail');
const ParityView = lazy(loadParity);
const DeploymentsView = lazy(loadDeployments);
const TimelineView = lazy(loadTimeline);
const ServerDetail = lazy(loadDetail);

function usePrefetchWhenIdle() {
  useEffect(() => {
    const prefetch = () => {
      for (const load of [loadDetail, loadDeployments, loadParity, loadTimeline]) void load();
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(prefetch, { timeout: 4000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(prefetch, 2000);
    return () => clearTimeout(id);
  }, []);
}

function Loading() {
  const { t } = useTranslation();
  return <p className="dash__loading">{t('dashboard.loading')}</p>;
}

/** The fleet dashboard: a summary, then the fleet, parity, deployments and timeline as tabs. */
export function Dashboard() {
  const world = useShownWorld();
  const progress = useFleetProgress(world);
  const detailHost = useAppStore((s) => s.detailHost);
  const viewing = useAppStore((s) => s.viewing);
  const [tab, setTab] = useState<TabId>('fleet');
  usePrefetchWhenIdle();
  return (
    <div className={`dash${viewing === null ? '' : ' dash--past'}`}>
      <div className="dash__top">
        <ScenarioPicker />
        <FleetSummary world={world} progress={progress} />
      </div>
      <TimeTravelBanner />
      <DashboardTabs active={tab} onSelect={setTab} />
      <div
        className="dash__panel"
        role="tabpanel"
        id={panelId(tab)}
        aria-labelledby={tabId(tab)}
        aria-busy={!progress.complete}
      >
        <Suspense fallback={<Loading />}>
          {tab === 'fleet' && <FleetView world={world} progress={progress} />}
          {tab === 'parity' && <ParityView />}
          {tab === 'deployments' && <DeploymentsView />}
          {tab === 'timeline' && <TimelineView />}
        </Suspense>
      </div>
      {detailHost !== null && (
        <Suspense fallback={null}>
          <ServerDetail host={detailHost} />
        </Suspense>
      )}
    </div>
  );
}
