import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './csa-body-reader.js';
import { CsaFailure } from './csa-failure.js';
import { playFault, type InjectedFault } from './csa-faults.js';
import { requireXmlAccepted } from './csa-http-input.js';
import { sendReply } from './csa-http-output.js';
import { authenticate, type CsaPerson, type CsaTransportUser } from './csa-people.js';
import { emptyReply, errorReply, type CsaReply } from './csa-reply.js';
import { BASE_PATH, matchRoute, type CsaMethod } from './csa-routes.js';
import { demoCsaSeed } from './csa-seed.js';
import { CSA_INSTANCE_STATES, createState, loadSeed, type CsaInstanceState, type CsaSeed, type CsaState } from './csa-state.js';
import type { StateRefusalStatus } from './csa-state-merge.js';
import { CsaTimers } from './csa-timers.js';
import { CSA_CHALLENGE } from './csa-user-identifier.js';

/**
 * A Micro Focus CSA Legacy API emulator on a real HTTP server: process instance GET and the two
 * documented partial PUTs, plus the userIdentifier login lookup, in memory, XML only, with
 * request recording and fault injection for gateway tests.
 */

export type { InjectedFault } from './csa-faults.js';
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

export interface CsaEmulatorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
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

export interface ReceivedRequest {
  method: string;
  /** Path and query exactly as received. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as UTF-8 text (for a refused oversized body: what was read before refusing). */
  body: string;
}

export interface CsaEmulator {
  /** Plays the role of `{baseUrl}`: http://127.0.0.1:PORT/csa/rest. */
  readonly url: string;
  readonly state: CsaState;
  /** Every request, in order of arrival. */
  readonly received: ReceivedRequest[];
  /** The next `count` (default 1) requests get `fault` instead of normal handling. */
  injectFault(fault: InjectedFault, count?: number): void;
  /** Changes an instance behind the gateway's back (tests of a stale read racing another writer). No rule applies. */
  setInstanceState(id: string, state: CsaInstanceState): void;
  /**
   * Runs `act` once, just before the next request with this method is handled: another writer
   * that slips in between a client's read and its write.
   */
  onceBefore(method: string, act: () => void): void;
  /** Back to the seed; clears received requests and pending faults. */
  reset(): void;
  /** Closes the server and every connection, idle keep-alive ones included. */
  close(): Promise<void>;
}

/** Guess: the documents give no size limit; 5 MiB is the emulators' shared choice. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startCsaEmulator(options: CsaEmulatorOptions): Promise<CsaEmulator> {
  // Copied, so that reset() brings back the seed as it was at start even if the caller changes it.
  const seed = structuredClone(options.seed ?? demoCsaSeed());
  const people = structuredClone(options.people ?? seed.people);
  const stateRefusalStatus = options.stateRefusalStatus ?? 409;
  const state = createState(seed);
  const received: ReceivedRequest[] = [];
  const faults: InjectedFault[] = [];
  const timers = new CsaTimers();
  const pending: { method: string; act: () => void }[] = [];

  const answer = (req: IncomingMessage, body: Buffer): CsaReply => {
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

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const record: ReceivedRequest = { method: req.method ?? '', path: req.url ?? '', headers: { ...req.headers }, body: '' };
    received.push(record);
    const fault = faults.shift(); // taken on arrival, so faults follow request order
    const read = await readBody(req, MAX_BODY_BYTES).catch(() => undefined);
    if (!read) return; // the client went away mid-body
    record.body = (read.kind === 'complete' ? read.body : read.received).toString('utf8');
    if (read.kind === 'too-large') {
      // The rest of the body is never read, so the connection cannot be reused.
      sendReply(res, errorReply(413, 'RequestEntityTooLarge', `the body exceeds ${MAX_BODY_BYTES} bytes`, { Connection: 'close' }));
      return;
    }
    if (fault) return playFault(req, res, fault, timers);
    const due = pending.findIndex((p) => p.method === req.method);
    if (due >= 0) pending.splice(due, 1)[0]!.act();
    sendReply(res, safely(() => answer(req, read.body)));
  };

  const server = createServer((req, res) => {
    onRequest(req, res).catch(() => {
      if (!res.headersSent) sendReply(res, errorReply(500, 'InternalError', 'the emulator failed'));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}${BASE_PATH}`,
    state,
    received,
    injectFault(fault, count = 1) {
      for (let i = 0; i < count; i++) faults.push(fault);
    },
    setInstanceState(id, newState) {
      const instance = state.instances.get(id);
      if (!instance) throw new Error(`the CSA emulator has no process instance ${id}`);
      if (!CSA_INSTANCE_STATES.includes(newState)) throw new Error(`${String(newState)} is not a CSA process instance state`);
      instance.state = newState;
    },
    onceBefore(method, act) {
      pending.push({ method, act });
    },
    reset() {
      loadSeed(state, seed);
      received.length = 0;
      faults.length = 0;
      pending.length = 0;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        timers.cancelAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** Runs an endpoint; a CsaFailure becomes its error answer, anything else a 500. */
function safely(run: () => CsaReply): CsaReply {
  try {
    return run();
  } catch (error) {
    if (error instanceof CsaFailure) return errorReply(error.status, error.code, error.message, error.headers);
    const message = error instanceof Error ? error.message : String(error);
    return errorReply(500, 'InternalError', `the emulator failed: ${message}`);
  }
}

function requestUrl(raw: string): URL | undefined {
  try {
    return raw.startsWith('/') ? new URL(`http://emulator${raw}`) : new URL(raw);
  } catch {
    return undefined;
  }
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
