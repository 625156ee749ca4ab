import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the app from this checkout into `outDir`, stamped `version` (scripts/buildVersion.ts). */
export async function buildVersion(version: string, outDir: string): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [
      join(REPO, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: REPO, env: { ...process.env, DRIFTLAB_VERSION: version }, maxBuffer: 16 * 1024 * 1024 },
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticHost {
  url: string;
  /** Deploys another build: from now on every request is answered from `root`. */
  deploy(root: string): void;
  /** How many times `path` (e.g. `/sw.js`) has been asked for. */
  served(path: string): number;
  close(): Promise<void>;
}

/**
 * A static host whose deployed folder can be swapped, at one origin, as a real deployment swaps files.
 * Everything is sent `Cache-Control: no-cache`, so the browser's byte-for-byte check of sw.js sees a new
 * deployment at once (no HTTP cache standing in between).
 */
export async function startStaticHost(root: string): Promise<StaticHost> {
  let current = root;
  const counts = new Map<string, number>();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const file = normalize(join(current, path.endsWith('/') ? `${path}index.html` : path));
    const found = file.startsWith(current + sep) && (await stat(file).catch(() => null))?.isFile();
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    deploy: (next) => {
      current = next;
    },
    served: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
