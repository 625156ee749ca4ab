/** The built-in catalog: every package of every area, keyed by name. */
import type { Catalog, PackageInfo } from '../types';
import { ADMIN } from './admin';
import { APP } from './app';
import { DB } from './db';
import { KERNEL } from './kernel';
import { PYTHON } from './python';
import { SSL } from './ssl';
import { SYSTEM } from './system';
import { TOOLS } from './tools';
import { WEB } from './web';

export const PACKAGES: readonly PackageInfo[] = [
  ...WEB,
  ...SSL,
  ...PYTHON,
  ...DB,
  ...KERNEL,
  ...SYSTEM,
  ...ADMIN,
  ...TOOLS,
  ...APP,
];

export const CATALOG: Catalog = Object.fromEntries(PACKAGES.map((p) => [p.name, p]));

export { LOJA_NEEDS_PYTHON_312 } from './app';
export { NGINX_LISTEN_HTTP2_DEPRECATED, NGINX_SSL_DIRECTIVE_REMOVED } from './web';
