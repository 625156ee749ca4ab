/** What `curl https://…/` (or a browser) gets from a deployment: a page and its headers, or curl's error. */
import type { Server, World } from '../model/types';
import { badGateway, type HttpResponse, shopPage, shopUnavailable } from './pages';
import { type Answer, nginxSignature, type TierState } from './serving';

export interface VisitorView {
  url: string;
  /** null when no HTTP answer came back (see `curlError`). */
  httpStatus: 200 | 502 | 503 | null;
  statusText: string;
  title: string;
  body: string;
  /** What `curl -I` prints. */
  headers: string[];
  /** What curl prints when it gets no HTTP answer; empty otherwise. */
  curlError: string[];
  /** The app server that answered, and its release. */
  servedBy: string | null;
  release: string | null;
}

function curlError(answer: Answer, host: string): string[] {
  switch (answer) {
    case 'timeout':
      return [`curl: (28) Failed to connect to ${host} port 443 after 133097 ms: Couldn't connect to server`];
    case 'plain-http':
      return ['curl: (35) error:0A00010B:SSL routines::wrong version number'];
    case 'cert-expired':
      return [
        'curl: (60) SSL certificate problem: certificate has expired',
        'More details here: https://curl.se/docs/sslcerts.html',
        '',
        'curl failed to verify the legitimacy of the server and therefore could not',
        'establish a secure connection to it. To learn more about this situation and',
        'how to fix it, please visit the web page mentioned above.',
      ];
    default:
      return [`curl: (7) Failed to connect to ${host} port 443 after 2 ms: Couldn't connect to server`];
  }
}

function fromResponse(
  url: string,
  r: HttpResponse,
  servedBy: string | null,
  release: string | null,
): VisitorView {
  const { status, statusText, title, body, headers } = r;
  return { url, httpStatus: status, statusText, title, body, headers, curlError: [], servedBy, release };
}

export interface VisitInput {
  url: string;
  world: World;
  entryServer: Server;
  entry: TierState;
  /** How each app server answers the balancer (or the entry's own nginx). */
  answers: readonly Answer[];
  rotation: readonly { host: string; release: string }[];
}

/**
 * The balancer retries the next backend on errors, 502 and 503 (`proxy_next_upstream`), so a visitor gets
 * the shop if any backend serves it, else the shop's 503 if one answered that, else nginx's 502.
 */
export function visitorView({ url, world, entryServer, entry, answers, rotation }: VisitInput): VisitorView {
  if (entry.answer !== 'ok') {
    const host = url.replace(/^https:\/\//, '').replace(/\/.*$/, '');
    const error = curlError(entry.answer, host);
    return {
      url,
      httpStatus: null,
      statusText: '',
      title: '',
      body: '',
      headers: [],
      curlError: error,
      servedBy: null,
      release: null,
    };
  }
  const signature = nginxSignature(entryServer);
  const first = rotation[0];
  if (first)
    return fromResponse(
      url,
      shopPage(first.release, first.host, signature, world.now),
      first.host,
      first.release,
    );
  if (answers.includes('unavailable'))
    return fromResponse(url, shopUnavailable(signature, world.now), null, null);
  return fromResponse(url, badGateway(signature, world.now), null, null);
}
