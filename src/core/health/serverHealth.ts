import type { Server } from '../model/types';

/** A failing check, as a code plus parameters: the UI turns it into words in the learner's language. */
export interface HealthFailure {
  code: 'SERVICE_INACTIVE' | 'SERVICE_FAILED' | 'HOST_UNREACHABLE' | 'HOST_POWERED_OFF';
  params: FailureParams;
}

/** The named values a failure message may mention. */
export type FailureParams = {
  host?: string;
  unit?: string;
};

export interface ServerHealth {
  ok: boolean;
  failures: HealthFailure[];
}

/** Derives a server's health from its state: every enabled service must be running. */
export function evaluateServerHealth(server: Server): ServerHealth {
  const failures: HealthFailure[] = [];
  if (server.power === 'off') failures.push({ code: 'HOST_POWERED_OFF', params: { host: server.hostname } });
  else if (!server.reachable) failures.push({ code: 'HOST_UNREACHABLE', params: { host: server.hostname } });
  for (const [unit, service] of Object.entries(server.services)) {
    if (!service.enabled) continue;
    if (service.active === 'failed') failures.push({ code: 'SERVICE_FAILED', params: { unit } });
    else if (service.active === 'inactive') failures.push({ code: 'SERVICE_INACTIVE', params: { unit } });
  }
  return { ok: failures.length === 0, failures };
}
