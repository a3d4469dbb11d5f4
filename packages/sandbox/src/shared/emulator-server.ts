import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorFailure, ServerFailureCode } from './emulator-failure.js';
import { playFault, type InjectedFault } from './faults.js';
import { readBody } from './read-body.js';
import { sendReply, type Reply } from './reply.js';
import { Timers } from './timers.js';

/**
 * The HTTP server every emulator runs on: it records each request, plays injected faults, reads
 * bodies up to a size limit and hands what is left to the vendor's own code. Which endpoints
 * exist, what they answer and how an error body looks stay with the vendor.
 */

export interface ReceivedRequest {
  method: string;
  /** Path and query exactly as received. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as UTF-8 text (for a refused oversized body: what was read before refusing). */
  body: string;
}

/** Where the server listens. */
export interface ListenOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
}

/** What the vendor brings to the server. */
export interface EmulatorServerOptions<Code extends string> {
  /** What `url` ends with, so that it plays the role of the vendor's `{baseUrl}`. */
  basePath: string;
  /** A larger body is refused with 413 RequestEntityTooLarge, unread. */
  maxBodyBytes: number;
  /** The vendor's answer to a request that is neither faulted nor too large. */
  answer: (req: IncomingMessage, body: Buffer) => Reply;
  /** What `answer` throws to refuse a request; it is written with `failureReply`. Anything else thrown is a 500 InternalError. */
  failureClass: abstract new (...args: never[]) => EmulatorFailure<Code>;
  /** Writes a refusal as the vendor's error body; its codes must include the server's own. */
  failureReply: (status: number, code: NoInfer<Code> | ServerFailureCode, message: string, headers?: Record<string, string>) => Reply;
  /** Sent with every answer but an injected fault; a reply's own headers win. */
  serverHeaders?: Readonly<Record<string, string>>;
}

export interface EmulatorServer {
  /** `http://host:port` + basePath. */
  readonly url: string;
  /** Every request, in order of arrival. */
  readonly received: ReceivedRequest[];
  /** The next `count` (default 1) requests get `fault` instead of normal handling. */
  injectFault(fault: InjectedFault, count?: number): void;
  /**
   * Runs `act` once, just before the next request with this method is handled: another writer
   * that slips in between a client's read and its write.
   */
  onceBefore(method: string, act: () => void): void;
  /**
   * The next request with this method is handled as usual (applied, answered) after `ms`: a slow
   * vendor that does the work, unlike a delayed fault.
   */
  slowNext(method: string, ms: number): void;
  /** Closes the idle keep-alive connections, as a server does between calls. */
  dropIdleConnections(): void;
  /** Clears received requests, pending faults and pending `onceBefore` actions. */
  reset(): void;
  /** Closes the server and every connection, idle keep-alive ones included. */
  close(): Promise<void>;
}

export async function startEmulatorServer<Code extends string>(listen: ListenOptions, options: EmulatorServerOptions<Code>): Promise<EmulatorServer> {
  const { maxBodyBytes, failureReply, serverHeaders = {} } = options;
  const received: ReceivedRequest[] = [];
  const faults: InjectedFault[] = [];
  const pending: { method: string; act: () => void }[] = [];
  const slowed: { method: string; ms: number }[] = [];
  const timers = new Timers();
  const send = (res: ServerResponse, reply: Reply): void => sendReply(res, reply, serverHeaders);

  /** Runs the vendor's answer; its own failure becomes its error answer, anything else a 500. */
  const safely = (req: IncomingMessage, body: Buffer): Reply => {
    try {
      return options.answer(req, body);
    } catch (error) {
      if (error instanceof options.failureClass) return failureReply(error.status, error.code, error.message, error.headers);
      const message = error instanceof Error ? error.message : String(error);
      return failureReply(500, 'InternalError', `the emulator failed: ${message}`);
    }
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const record: ReceivedRequest = { method: req.method ?? '', path: req.url ?? '', headers: { ...req.headers }, body: '' };
    received.push(record);
    const fault = faults.shift(); // taken on arrival, so faults follow request order
    const read = await readBody(req, maxBodyBytes).catch(() => undefined);
    if (!read) return; // the client went away mid-body
    record.body = (read.kind === 'complete' ? read.body : read.received).toString('utf8');
    if (read.kind === 'too-large') {
      // The rest of the body is never read, so the connection cannot be reused.
      send(res, failureReply(413, 'RequestEntityTooLarge', `the body exceeds ${maxBodyBytes} bytes`, { Connection: 'close' }));
      return;
    }
    if (fault) return playFault(req, res, fault, timers);
    const slow = slowed.findIndex((p) => p.method === req.method);
    if (slow >= 0 && !(await timers.wait(slowed.splice(slow, 1)[0]!.ms))) return;
    const due = pending.findIndex((p) => p.method === req.method);
    if (due >= 0) pending.splice(due, 1)[0]!.act();
    send(res, safely(req, read.body));
  };

  const server = createServer((req, res) => {
    onRequest(req, res).catch(() => {
      if (!res.headersSent) send(res, failureReply(500, 'InternalError', 'the emulator failed'));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port ?? 0, listen.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}${options.basePath}`,
    received,
    injectFault(fault, count = 1) {
      for (let i = 0; i < count; i++) faults.push(fault);
    },
    onceBefore(method, act) {
      pending.push({ method, act });
    },
    slowNext(method, ms) {
      slowed.push({ method, ms });
    },
    dropIdleConnections() {
      server.closeIdleConnections();
    },
    reset() {
      received.length = 0;
      faults.length = 0;
      pending.length = 0;
      slowed.length = 0;
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

/** The members every emulator has: its server's, and its own state. */
export interface EmulatorBase<State> {
  /** Plays the role of the vendor's `{baseUrl}`. */
  readonly url: string;
  readonly state: State;
  /** Every request, in order of arrival. */
  readonly received: ReceivedRequest[];
  /** The next `count` (default 1) requests get `fault` instead of normal handling. */
  injectFault(fault: InjectedFault, count?: number): void;
  /** The next request with this method is handled as usual, applied and answered, after `ms`. */
  slowNext(method: string, ms: number): void;
  /** Back to the seed; clears received requests and pending faults. */
  reset(): void;
  /** Closes the server and every connection, idle keep-alive ones included. */
  close(): Promise<void>;
}

/** An emulator's common members over its server; `reset` reloads the seed before the server forgets. */
export function emulatorBase<State>(server: EmulatorServer, state: State, reloadSeed: () => void): EmulatorBase<State> {
  return {
    url: server.url,
    state,
    received: server.received,
    injectFault: (fault, count) => server.injectFault(fault, count),
    slowNext: (method, ms) => server.slowNext(method, ms),
    reset() {
      reloadSeed();
      server.reset();
    },
    close: () => server.close(),
  };
}
