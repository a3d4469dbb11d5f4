import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './k2-body-reader.js';
import { K2Failure } from './k2-failure.js';
import { playFault, type InjectedFault } from './k2-faults.js';
import { sendReply } from './k2-http-output.js';
import { emptyReply, failureReply, type K2Reply } from './k2-reply.js';
import { BASE_PATH, matchRoute } from './k2-routes.js';
import { demoSeed } from './k2-seed.js';
import { createState, loadSeed, type K2Seed, type K2State } from './k2-state.js';
import { K2Timers } from './k2-timers.js';
import { authenticate, type K2User } from './k2-users.js';

/**
 * A K2 REST emulator on a real HTTP server: the two documented updates and the documented
 * instance GET, in memory, with request recording and fault injection for gateway tests.
 */

export type { InjectedFault } from './k2-faults.js';
export type { K2Seed, K2State, K2ProcessInstance, K2Task, K2TaskAction } from './k2-state.js';
export type { K2User } from './k2-users.js';

export interface K2EmulatorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
  /** Basic auth accounts; canWrite=false answers 403 on every update. */
  users: K2User[];
  /** Default: demoSeed(). */
  seed?: K2Seed;
}

export interface ReceivedRequest {
  method: string;
  /** Path and query exactly as received. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as UTF-8 text (for a refused oversized body: what was read before refusing). */
  body: string;
}

export interface K2Emulator {
  /** Plays the role of `{baseUrl}`, e.g. http://127.0.0.1:PORT/K2Services. */
  readonly url: string;
  readonly state: K2State;
  /** Every request, in order of arrival. */
  readonly received: ReceivedRequest[];
  /** The next `count` (default 1) requests get `fault` instead of normal handling. */
  injectFault(fault: InjectedFault, count?: number): void;
  /** Back to the seed; clears received requests and pending faults. */
  reset(): void;
  /** Closes the server and every connection, idle keep-alive ones included. */
  close(): Promise<void>;
}

/** Guess: the documents give no size limit; 5 MiB is near IIS's request-filtering defaults. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startK2Emulator(options: K2EmulatorOptions): Promise<K2Emulator> {
  const seed = options.seed ?? demoSeed();
  const state = createState(seed);
  const received: ReceivedRequest[] = [];
  const faults: InjectedFault[] = [];
  const timers = new K2Timers();

  const answer = (req: IncomingMessage, body: Buffer): K2Reply => {
    // Guess: the whole site requires authentication, so even unknown paths answer 401 first.
    const user = authenticate(req.headers.authorization, options.users);
    if (!user) return emptyReply(401, { 'WWW-Authenticate': 'Basic realm="K2"' });
    const url = requestUrl(req.url ?? '/');
    const route = url ? matchRoute(decodePath(url.pathname)) : undefined;
    if (!url || !route) return failureReply(404, 'EndpointNotFound', `no K2 endpoint at ${req.url ?? ''}`);
    if (req.method !== route.method) {
      return failureReply(405, 'MethodNotAllowed', `use ${route.method} here`, { Allow: route.method });
    }
    const contentType = req.headers['content-type'];
    return route.handle({ state, user, query: url.searchParams, contentType, body, now: new Date() });
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
      sendReply(res, failureReply(413, 'RequestEntityTooLarge', `the body exceeds ${MAX_BODY_BYTES} bytes`, { Connection: 'close' }));
      return;
    }
    if (fault) return playFault(req, res, fault, timers);
    sendReply(res, safely(() => answer(req, read.body)));
  };

  const server = createServer((req, res) => {
    onRequest(req, res).catch(() => {
      if (!res.headersSent) sendReply(res, failureReply(500, 'InternalError', 'the emulator failed'));
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
    reset() {
      loadSeed(state, seed);
      received.length = 0;
      faults.length = 0;
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

/** Runs an endpoint; a K2Failure becomes its Failure answer, anything else a 500. */
function safely(run: () => K2Reply): K2Reply {
  try {
    return run();
  } catch (error) {
    if (error instanceof K2Failure) return failureReply(error.status, error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return failureReply(500, 'InternalError', `the emulator failed: ${message}`);
  }
}

function requestUrl(raw: string): URL | undefined {
  try {
    return raw.startsWith('/') ? new URL(`http://emulator${raw}`) : new URL(raw);
  } catch {
    return undefined;
  }
}

/** Clients may percent-encode the parentheses of `Instances(8)`; WCF matches decoded paths. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
