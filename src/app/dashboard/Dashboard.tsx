import { lazy, type RefObject, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { DashboardTabs, panelId, type TabId, tabId } from './DashboardTabs';
import { FleetSummary } from './FleetSummary';
import { FleetView } from './FleetView';
import { useFleetProgress, useShownWorld } from './hooks';
import { ScenarioPicker } from './ScenarioPicker';
import { TimeTravelBanner } from './TimeTravelBanner';
import './dashboard.css';

// Everything past the fleet view loads on demand (prefetched when the learner comes near the dashboard).
const loadParity = () => import('./parity/ParityView');
const loadDeployments = () => import('./deployments/DeploymentsView');
const loadTimeline = () => import('./timeline/TimelineView');
const loadDetail = () => import('./detail/ServerDetail');
const ParityView = lazy(loadParity);
const DeploymentsView = lazy(loadDeployments);
const TimelineView = lazy(loadTimeline);
const ServerDetail = lazy(loadDetail);

/**
 * Fetches the views past the fleet once the learner's pointer or focus comes into the dashboard, so a
 * click opens them at once; the page's start-up does not pay for views nobody has asked for yet.
 */
function usePrefetchOnApproach(): RefObject<HTMLDivElement | null> {
  const dash = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = dash.current;
    if (!element) return;
    const prefetch = () => {
      stop();
      for (const load of [loadDetail, loadDeployments, loadParity, loadTimeline]) void load();
    };
    const stop = () => {
      element.removeEventListener('pointerenter', prefetch);
      element.removeEventListener('focusin', prefetch);
    };
    element.addEventListener('pointerenter', prefetch);
    element.addEventListener('focusin', prefetch);
    return stop;
  }, []);
  return dash;
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
  const dash = usePrefetchOnApproach();
  return (
    <div className={`dash${viewing === null ? '' : ' dash--past'}`} ref={dash}>
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
