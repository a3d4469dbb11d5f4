import type { IncomingMessage } from 'node:http';
import { emulatorBase, startEmulatorServer, type EmulatorBase, type ListenOptions } from '../shared/emulator-server.js';
import { emptyReply, type Reply } from '../shared/reply.js';
import { requestUrl } from '../shared/request-url.js';
import { CsaFailure } from './csa-failure.js';
import { requireXmlAccepted } from './csa-http-input.js';
import { authenticate, type CsaPerson, type CsaTransportUser } from './csa-people.js';
import { errorReply } from './csa-reply.js';
import { BASE_PATH, matchRoute, type CsaMethod } from './csa-routes.js';
import { demoCsaSeed } from './csa-seed.js';
import { CSA_INSTANCE_STATES, createState, loadSeed, type CsaInstanceState, type CsaSeed, type CsaState } from './csa-state.js';
import type { StateRefusalStatus } from './csa-state-merge.js';
import { CSA_CHALLENGE } from './csa-user-identifier.js';

/**
 * A Micro Focus CSA Legacy API emulator on a real HTTP server: process instance GET and the two
 * documented partial PUTs, plus the userIdentifier login lookup, in memory, XML only, with
 * request recording and fault injection for gateway tests.
 */

export type { ReceivedRequest } from '../shared/emulator-server.js';
export type { InjectedFault } from '../shared/faults.js';
export type { CsaPerson, CsaTransportUser } from './csa-people.js';
export type {
  CsaInstanceState,
  CsaParamRole,
  CsaProcessInstance,
  CsaProperty,
  CsaReturnCode,
  CsaSeed,
  CsaState,
  CsaValueType,
} from './csa-state.js';

/** host (default '127.0.0.1') and port (default 0, any free port), and: */
export interface CsaEmulatorOptions extends ListenOptions {
  /** HTTP Basic accounts (the doc's integration account: csaTransportUser). */
  transportUsers: CsaTransportUser[];
  /** Who a userIdentifier or a login lookup may name. Default: the seed's people. */
  people?: CsaPerson[];
  /** Default: demoCsaSeed(). */
  seed?: CsaSeed;
  /**
   * Status of a refused state change; the docs' copy is truncated here (FACTS.md: "probably 500
   * or 400, make it configurable"). Default 409.
   */
  stateRefusalStatus?: StateRefusalStatus;
}

/** url, state, received, injectFault, reset and close (see EmulatorBase), and two ways to play another writer. */
export interface CsaEmulator extends EmulatorBase<CsaState> {
  /** Plays the role of `{baseUrl}`: http://127.0.0.1:PORT/csa/rest. */
  readonly url: string;
  /** Changes an instance behind the gateway's back (tests of a stale read racing another writer). No rule applies. */
  setInstanceState(id: string, state: CsaInstanceState): void;
  /**
   * Runs `act` once, just before the next request with this method is handled: another writer
   * that slips in between a client's read and its write.
   */
  onceBefore(method: string, act: () => void): void;
}

/** Guess: the documents give no size limit; 5 MiB is the emulators' shared choice. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startCsaEmulator(options: CsaEmulatorOptions): Promise<CsaEmulator> {
  // Copied, so that reset() brings back the seed as it was at start even if the caller changes it.
  const seed = structuredClone(options.seed ?? demoCsaSeed());
  const people = structuredClone(options.people ?? seed.people);
  const stateRefusalStatus = options.stateRefusalStatus ?? 409;
  const state = createState(seed);

  const answer = (req: IncomingMessage, body: Buffer): Reply => {
    // Guess: the container checks Basic auth before any resource, so unknown paths answer 401 too,
    // with an empty body (the container's, not CSA's, answer).
    if (!authenticate(req.headers.authorization, options.transportUsers)) {
      return emptyReply(401, { 'WWW-Authenticate': CSA_CHALLENGE });
    }
    const url = requestUrl(req.url ?? '/');
    const route = url ? matchRoute(url.pathname) : undefined;
    if (!url || !route) return errorReply(404, 'EndpointNotFound', `no CSA endpoint at ${req.url ?? ''}`);
    const handle = route[req.method as CsaMethod];
    if (!handle) {
      const allow = Object.keys(route).join(', ');
      return errorReply(405, 'MethodNotAllowed', `use ${allow} here`, { Allow: allow });
    }
    requireXmlAccepted(headerText(req.headers.accept));
    return handle({ state, people, stateRefusalStatus, query: url.searchParams, contentType: req.headers['content-type'], body });
  };

  // Guess: no server-identifying headers (no serverHeaders); CSA's own (JBoss) headers are not documented.
  const server = await startEmulatorServer(options, {
    basePath: BASE_PATH,
    maxBodyBytes: MAX_BODY_BYTES,
    answer,
    failureClass: CsaFailure,
    failureReply: errorReply,
  });
  return {
    ...emulatorBase(server, state, () => loadSeed(state, seed)),
    setInstanceState(id, newState) {
      const instance = state.instances.get(id);
      if (!instance) throw new Error(`the CSA emulator has no process instance ${id}`);
      if (!CSA_INSTANCE_STATES.includes(newState)) throw new Error(`${String(newState)} is not a CSA process instance state`);
      instance.state = newState;
    },
    onceBefore: (method, act) => server.onceBefore(method, act),
  };
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
