import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentHealth, World } from '../../../core';
import { useShownWorld } from '../hooks';
import { DeploymentCard } from './DeploymentCard';
import { deploymentsOf, hasDeployments } from './deploymentsModel';

/** Above this many servers, deployments are computed after the browser paints, not during the render. */
const SYNC_LIMIT = 200;

/** Per environment: healthy, degraded or down, and why. */
export default function DeploymentsView() {
  const { t } = useTranslation();
  const world = useShownWorld();
  const sync = world.order.length <= SYNC_LIMIT || hasDeployments(world);
  const [later, setLater] = useState<{ world: World; list: DeploymentHealth[] } | null>(null);
  useEffect(() => {
    if (sync) return;
    const timer = setTimeout(() => setLater({ world, list: deploymentsOf(world) }), 0);
    return () => clearTimeout(timer);
  }, [world, sync]);
  const list = sync ? deploymentsOf(world) : (later?.list ?? null);
  const computing = !sync && later?.world !== world;
  return (
    <div className="deployments">
      <p role="status" className="deployments__status">
        {computing ? t('dashboard.deployments.computing') : ''}
      </p>
      {list?.length === 0 && <p>{t('dashboard.deployments.none')}</p>}
      {list?.map((d) => (
        <DeploymentCard key={d.env} deployment={d} />
      ))}
    </div>
  );
}
