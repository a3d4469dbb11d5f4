import type { IncomingMessage } from 'node:http';
import { emulatorBase, startEmulatorServer, type EmulatorBase, type ListenOptions } from '../shared/emulator-server.js';
import { emptyReply, type Reply } from '../shared/reply.js';
import { requestUrl } from '../shared/request-url.js';
import { K2Failure } from './k2-failure.js';
import { IIS_HEADERS } from './k2-http-output.js';
import { failureReply } from './k2-reply.js';
import { BASE_PATH, matchRoute } from './k2-routes.js';
import { demoSeed } from './k2-seed.js';
import { createState, loadSeed, type K2Seed, type K2State } from './k2-state.js';
import { NtlmAuthority } from '../shared/ntlm-authority.js';
import { authenticate, type K2User } from './k2-users.js';

/**
 * A K2 REST emulator on a real HTTP server: the two documented updates and the documented
 * instance and worklist item GETs, in memory, with request recording and fault injection for
 * gateway tests.
 */

export type { ReceivedRequest } from '../shared/emulator-server.js';
export type { InjectedFault } from '../shared/faults.js';
export type { K2Seed, K2State, K2ProcessInstance, K2Task, K2TaskAction } from './k2-state.js';
export type { K2User } from './k2-users.js';

/** host (default '127.0.0.1') and port (default 0, any free port), and: */
export interface K2EmulatorOptions extends ListenOptions {
  /** Basic auth accounts; canWrite=false answers 403 on every update. */
  users: K2User[];
  /** Default: demoSeed(). */
  seed?: K2Seed;
  /**
   * Enforce the text of k2-update-task.txt, `@ID (Integer, required)` on UpdateTask, as a strict
   * server may; by default both the text and the example (no @ID) are accepted.
   */
  requireUpdateTaskId?: boolean;
  /**
   * `ntlm`: Windows authentication only, as many on-premises K2 sites run (the documents say
   * "Basic or NTLM (Windows)"): NTLMv2, connection-based, Basic refused. Default `basic`.
   */
  auth?: 'basic' | 'ntlm';
}

/** url, state, received, injectFault, reset and close (see EmulatorBase). */
export interface K2Emulator extends EmulatorBase<K2State> {
  /** Plays the role of `{baseUrl}`, e.g. http://127.0.0.1:PORT/K2Services. */
  readonly url: string;
  /** NTLM handshakes completed (NTLM mode): one per connection that stays authenticated. */
  readonly ntlmHandshakes: number;
  /** Closes every idle keep-alive connection, as a server or a load balancer does between calls. */
  dropIdleConnections(): void;
  /** Runs `act` once, just before the next request with this method: someone else acting in between. */
  onceBefore(method: string, act: () => void): void;
}

/** Guess: the documents give no size limit; 5 MiB is near IIS's request-filtering defaults. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startK2Emulator(options: K2EmulatorOptions): Promise<K2Emulator> {
  const seed = options.seed ?? demoSeed();
  const state = createState(seed);

  const ntlm = new NtlmAuthority(() => options.users.map((u) => ({ ...windowsAccount(u.username), password: u.password, k2: u })));

  const answer = (req: IncomingMessage, body: Buffer): Reply => {
    // Guess: the whole site requires authentication, so even unknown paths answer 401 first.
    let user: K2User | null;
    if (options.auth === 'ntlm') {
      const verdict = ntlm.check(req.socket, req.headers.authorization);
      if (verdict.kind === 'unauthorized') return emptyReply(401, { 'WWW-Authenticate': verdict.wwwAuthenticate });
      user = verdict.account.k2;
    } else {
      user = authenticate(req.headers.authorization, options.users);
      if (!user) return emptyReply(401, { 'WWW-Authenticate': 'Basic realm="K2"' });
    }
    const url = requestUrl(req.url ?? '/');
    const route = url ? matchRoute(decodePath(url.pathname)) : undefined;
    if (!url || !route) return failureReply(404, 'EndpointNotFound', `no K2 endpoint at ${req.url ?? ''}`);
    if (req.method !== route.method) {
      return failureReply(405, 'MethodNotAllowed', `use ${route.method} here`, { Allow: route.method });
    }
    const contentType = req.headers['content-type'];
    return route.handle({ state, user, query: url.searchParams, contentType, body, now: new Date(), requireUpdateTaskId: options.requireUpdateTaskId ?? false });
  };

  const server = await startEmulatorServer(options, {
    basePath: BASE_PATH,
    maxBodyBytes: MAX_BODY_BYTES,
    answer,
    failureClass: K2Failure,
    failureReply,
    serverHeaders: IIS_HEADERS,
  });
  return {
    ...emulatorBase(server, state, () => loadSeed(state, seed)),
    get ntlmHandshakes() { return ntlm.handshakes; },
    dropIdleConnections: () => server.dropIdleConnections(),
    onceBefore: (method, act) => server.onceBefore(method, act),
  };
}

/** `DOMAIN\\user` as Windows splits it; a name without a domain has the empty one. */
function windowsAccount(username: string): { domain: string; user: string } {
  const slash = username.indexOf('\\');
  return slash < 0 ? { domain: '', user: username } : { domain: username.slice(0, slash), user: username.slice(slash + 1) };
}

/** Clients may percent-encode the parentheses of `Instances(8)`; WCF matches decoded paths. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
