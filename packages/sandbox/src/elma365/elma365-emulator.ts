import type { IncomingMessage } from 'node:http';
import { emulatorBase, startEmulatorServer, type ReceivedRequest } from '../shared/emulator-server.js';
import type { InjectedFault } from '../shared/faults.js';
import type { Reply } from '../shared/reply.js';
import { requestUrl } from '../shared/request-url.js';
import { ElmaFailure } from './elma365-failure.js';
import { addGeneratedInstances } from './elma365-generated-instances.js';
import { failureReply } from './elma365-reply.js';
import { BASE_PATH, matchRoute, type ElmaMethod } from './elma365-routes.js';
import { demoElmaSeed } from './elma365-seed.js';
import { createState, loadSeed, type ElmaInstanceState, type ElmaSeed, type ElmaState } from './elma365-state.js';
import { authenticate, type ElmaToken } from './elma365-tokens.js';

/**
 * An ELMA365 (BRIX365) public API emulator on a real HTTP server: the bulk move of process
 * instances to the latest published version, and the instance get, in memory, JSON only, with
 * request recording and fault injection for gateway tests.
 */

export type { ReceivedRequest } from '../shared/emulator-server.js';
export type { InjectedFault } from '../shared/faults.js';
export type { ElmaInstance, ElmaInstanceSeed, ElmaInstanceState, ElmaProcess, ElmaProcessSeed, ElmaSeed, ElmaState } from './elma365-state.js';
export type { ElmaToken } from './elma365-tokens.js';
export type { BulkUpdateResult } from './elma365-bulk-update.js';
export { demoElmaSeed } from './elma365-seed.js';
export { describeElmaSeed } from './elma365-seed.js';

export interface Elma365EmulatorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
  /** API tokens, sent as `Authorization: Bearer <token>`. */
  tokens: ElmaToken[];
  /** Default: demoElmaSeed(). */
  seed?: ElmaSeed;
  /** Request bodies over this get 413 (Guess: the document gives no limit). Default 1 MiB. */
  maxBodyBytes?: number;
}

export interface Elma365Emulator {
  /** Plays the role of `{baseUrl}`: http://127.0.0.1:PORT/pub/v1. */
  readonly url: string;
  /** Read it; change it only through the emulator (see elma365-state.ts). */
  readonly state: ElmaState;
  /** Every request, in order of arrival. */
  readonly received: ReceivedRequest[];
  /** The next `count` (default 1) requests get `fault` instead of normal handling. */
  injectFault(fault: InjectedFault, count?: number): void;
  /** Adds `count` instances to a process in one go (scale tests): states cycle through `states`, all on `version`. Returns their ids. */
  addInstances(namespace: string, code: string, count: number, states: ElmaInstanceState[], version: number): string[];
  /** Back to the seed (added instances go); clears received requests and pending faults. */
  reset(): void;
  /** Closes the server and every connection, idle keep-alive ones included. */
  close(): Promise<void>;
}

/** Guess: the document gives no size limit. 1 MiB holds about 25,000 ids in one request. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export async function startElma365Emulator(options: Elma365EmulatorOptions): Promise<Elma365Emulator> {
  // Copied, so that reset() brings back the seed as it was at start even if the caller changes it.
  const seed = structuredClone(options.seed ?? demoElmaSeed());
  const tokens = structuredClone(options.tokens);
  const state = createState(seed);

  const answer = (req: IncomingMessage, body: Buffer): Reply => {
    // Guess: every /pub/v1 call needs a token, so unknown paths answer 401 too. The challenge
    // header is RFC 6750's; ELMA365's is not documented.
    const token = authenticate(req.headers.authorization, tokens);
    if (!token) return failureReply(401, 'Unauthorized', 'Unauthorized', { 'WWW-Authenticate': 'Bearer' });
    const url = requestUrl(req.url ?? '/');
    const route = url ? matchRoute(url.pathname) : undefined;
    if (!route) throw new ElmaFailure(404, 'EndpointNotFound', 'Not found');
    const handle = route[req.method as ElmaMethod];
    if (!handle) {
      const allow = Object.keys(route).join(', ');
      throw new ElmaFailure(405, 'MethodNotAllowed', 'Method not allowed', { Allow: allow });
    }
    return handle({ state, token, contentType: req.headers['content-type'], body });
  };

  const server = await startEmulatorServer(
    { host: options.host, port: options.port },
    {
      basePath: BASE_PATH,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      answer,
      failureClass: ElmaFailure,
      failureReply,
    },
  );
  return {
    ...emulatorBase(server, state, () => loadSeed(state, seed)),
    addInstances: (namespace, code, count, states, version) => addGeneratedInstances(state, namespace, code, count, states, version),
  };
}
