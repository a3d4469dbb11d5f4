import type { IncomingMessage } from 'node:http';
import { emulatorBase, startEmulatorServer, type ReceivedRequest } from '../shared/emulator-server.js';
import type { InjectedFault } from '../shared/faults.js';
import { emptyReply, type Reply } from '../shared/reply.js';
import { requestUrl } from '../shared/request-url.js';
import { responseFormat } from './ibm-bpm-content-negotiation.js';
import { ContainerRefusal } from './ibm-bpm-container-refusal.js';
import type { IbmErrorEnvelope } from './ibm-bpm-error-body.js';
import { CsrfTokens } from './ibm-bpm-csrf.js';
import { IbmFailure } from './ibm-bpm-failure.js';
import { errorReply, serverFailureReply } from './ibm-bpm-reply.js';
import { BASE_PATH, matchRoute } from './ibm-bpm-routes.js';
import { demoIbmSeed } from './ibm-bpm-seed.js';
import { createState, loadSeed, type IbmSeed, type IbmState } from './ibm-bpm-state.js';
import { authenticate, IBM_CHALLENGE, type IbmUser } from './ibm-bpm-users.js';

/**
 * An IBM Business Automation Workflow `/rest/bpm/wle/v1` emulator on a real HTTP server: the
 * allVariables bulk update and the instance reads (single and bulk), in memory, with request
 * recording and fault injection for gateway tests.
 */

export type { ReceivedRequest } from '../shared/emulator-server.js';
export type { InjectedFault } from '../shared/faults.js';
export type { IbmErrorEnvelope } from './ibm-bpm-error-body.js';
export { demoIbmSeed, describeIbmSeed } from './ibm-bpm-seed.js';
export type {
  IbmContext,
  IbmExecutionState,
  IbmInstance,
  IbmProcessState,
  IbmSeed,
  IbmState,
  IbmVariableUpdate,
} from './ibm-bpm-state.js';
export type { IbmUser } from './ibm-bpm-users.js';

export interface IbmBpmEmulatorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
  /** Basic auth accounts; only admins may call allVariables. */
  users: IbmUser[];
  /** Default: demoIbmSeed(). */
  seed?: IbmSeed;
  /**
   * Which JSON error envelope to send: 'wrapped' ({"status":"error","Data":{...}}, what real
   * servers send, FACTS [C-3p]) or 'flat' (the document's schema). Default 'wrapped'.
   */
  errorEnvelope?: IbmErrorEnvelope;
  /**
   * Hardened mode: every `/rest/bpm/wle/v1` call needs a `BPMCSRFToken` from
   * `POST /bpm/system/login`. Without it a token is checked only when one is sent (FACTS [I]).
   */
  csrf?: boolean;
  /** How long a token lives, overriding the lifetime the login asked for (tests). */
  csrfLifetimeMs?: number;
}

export interface IbmBpmEmulator {
  /** Plays the role of `{baseUrl}`: http://127.0.0.1:PORT/rest/bpm/wle/v1. */
  readonly url: string;
  readonly state: IbmState;
  /** Every request, in order of arrival. */
  readonly received: ReceivedRequest[];
  /** The next `count` (default 1) requests get `fault` instead of normal handling. */
  injectFault(fault: InjectedFault, count?: number): void;
  /** The next request with this method is handled as usual (applied, answered) after `ms`: a slow server that does the work. */
  slowNext(method: string, ms: number): void;
  /** Back to the seed; clears received requests, pending faults and the update log. */
  reset(): void;
  /** Logins answered at /bpm/system/login. */
  readonly csrfLogins: number;
  /** Every CSRF token handed out expires now. */
  expireCsrfTokens(): void;
  /** Closes the server and every connection, idle keep-alive ones included. */
  close(): Promise<void>;
}

/** Guess: the documents give no size limit; 5 MiB is the emulators' shared choice. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startIbmBpmEmulator(options: IbmBpmEmulatorOptions): Promise<IbmBpmEmulator> {
  // Copied, so that reset() brings back the seed as it was at start even if the caller changes it.
  const seed = structuredClone(options.seed ?? demoIbmSeed());
  const users = structuredClone(options.users);
  const envelope = options.errorEnvelope ?? 'wrapped';
  const state = createState(seed);
  const csrf = new CsrfTokens(options.csrfLifetimeMs);

  const answer = (req: IncomingMessage, body: Buffer): Reply => {
    // Guess: the container checks Basic auth before any resource, so unknown paths answer 401 too.
    // Empty body (FACTS [C-3p]: the ibpm-js fixture); HTTP requires the challenge.
    const user = authenticate(req.headers.authorization, users);
    if (!user) return emptyReply(401, { 'WWW-Authenticate': IBM_CHALLENGE });
    // Guess: unknown paths, wrong methods and unacceptable Accept headers are the JAX-RS
    // container's answers, with empty bodies, not IBM's error envelope.
    const url = requestUrl(req.url ?? '/');
    // The login sits beside the REST root (FACTS [C]: .../bpm/system/login), not under it.
    if (url?.pathname === LOGIN_PATH) {
      if (req.method !== 'POST') return emptyReply(405, { Allow: 'POST' });
      try {
        return csrf.login(body);
      } catch (error) {
        if (error instanceof IbmFailure) return errorReply(error, 'json', envelope);
        throw error;
      }
    }
    const route = url ? matchRoute(url.pathname) : undefined;
    if (!url || !route) return emptyReply(404);
    const handle = route[req.method ?? ''];
    if (!handle) return emptyReply(405, { Allow: Object.keys(route).join(', ') });
    const format = responseFormat(headerText(req.headers.accept));
    if (!format) return emptyReply(406);
    try {
      const token = headerText(req.headers.bpmcsrftoken);
      if (options.csrf || token !== undefined) csrf.check(token);
      return handle({ state, user, query: url.searchParams, contentType: req.headers['content-type'], body });
    } catch (error) {
      if (error instanceof IbmFailure) return errorReply(error, format, envelope);
      if (error instanceof ContainerRefusal) return emptyReply(error.status);
      throw error;
    }
  };

  // Guess: no server-identifying headers; WebSphere's are not documented here.
  const server = await startEmulatorServer(
    { host: options.host, port: options.port },
    {
      basePath: BASE_PATH,
      maxBodyBytes: MAX_BODY_BYTES,
      answer,
      failureClass: IbmFailure,
      failureReply: serverFailureReply(envelope),
    },
  );
  return {
    ...emulatorBase(server, state, () => loadSeed(state, seed)),
    get csrfLogins() { return csrf.logins; },
    expireCsrfTokens: () => csrf.expireAll(),
  };
}

/** Guess: the emulator's server root is the BPM host's, so the login is at /bpm/system/login. */
const LOGIN_PATH = '/bpm/system/login';

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
