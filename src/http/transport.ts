import { Pool } from 'undici';
import { dispatchWhole, type WholeAnswer, type WholeRequest } from './dispatch-whole.js';

/** One request as the transport sends it; `path` already holds the base path and query. */
export type TransportRequest = WholeRequest;

/** The answer, read whole (within the backend's size cap). */
export type TransportResponse = WholeAnswer;

/** How a backend's requests reach it: a keep-alive pool, or connections that authenticate themselves. */
export interface Transport {
  request(req: TransportRequest): Promise<TransportResponse>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface ConnectionOptions {
  connections: number;
  timeoutMs: number;
  maxResponseBytes: number;
}

/** undici's options for one backend's connections, shared by both transports. */
export function undiciOptions(options: ConnectionOptions) {
  return {
    keepAliveTimeout: 30_000,
    // Backstops; the per-call deadline is what callers rely on.
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connectTimeout: Math.min(options.timeoutMs, 10_000),
    maxResponseSize: options.maxResponseBytes,
  };
}

/** The common case: credentials in a header, so any pooled connection will do. */
export function poolTransport(origin: string, options: ConnectionOptions): Transport {
  const pool = new Pool(origin, { connections: options.connections, ...undiciOptions(options) });
  return {
    request: (req) => dispatchWhole(pool, req),
    close: () => pool.close(),
    destroy: () => pool.destroy(),
  };
}
