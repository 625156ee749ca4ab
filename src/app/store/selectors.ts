import { evaluateServerHealth, type Server, type ServerHealth } from '../../core';

// Health is derived per server object: an unchanged server keeps its identity, so its report is reused.
const healthCache = new WeakMap<Server, ServerHealth>();

export function healthOf(server: Server): ServerHealth {
  let health = healthCache.get(server);
  if (!health) {
    health = evaluateServerHealth(server);
    healthCache.set(server, health);
  }
  return health;
}
