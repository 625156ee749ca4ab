import type { Server } from '../../../core';
import { stableHash } from '../cli';
import type { Proc } from './processes';

/** /proc/meminfo's view, in KiB. The fleet's VMs have no swap, like most cloud images. */
export interface MemInfo {
  total: number;
  used: number;
  free: number;
  shared: number;
  buffCache: number;
  available: number;
  swapTotal: number;
  swapUsed: number;
  swapFree: number;
}

/** What a 2 GiB (4 GiB for the database) VM reports after the kernel's reservations. */
export function memTotal(server: Server): number {
  return server.role === 'db' ? 4_020_136 : 2_014_124;
}

/** Memory in use follows the processes that run; the page cache is a stable share per host. */
export function memInfo(server: Server, procs: readonly Proc[]): MemInfo {
  const total = memTotal(server);
  const h = stableHash(`${server.hostname}:mem`);
  const used = Math.min(total, 96_000 + procs.reduce((sum, p) => sum + p.rss, 0));
  const buffCache = Math.min(total - used, 380_000 + (h % 200_000) + (server.role === 'db' ? 640_000 : 0));
  const shared = 900 + (h % 9_000);
  const free = total - used - buffCache;
  const available = Math.min(total, free + buffCache - shared - 40_000);
  return { total, used, free, shared, buffCache, available, swapTotal: 0, swapUsed: 0, swapFree: 0 };
}
