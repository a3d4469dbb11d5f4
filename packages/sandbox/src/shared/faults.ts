import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Timers } from './timers.js';

/**
 * What a faulted request gets instead of normal handling. A faulted request never reaches the
 * endpoints, so it changes no state.
 */
export interface InjectedFault {
  /** Default 200. */
  status?: number;
  /** Sent as given; Content-Length is added only when absent, so a fault may lie about it. */
  headers?: Record<string, string>;
  /** Default empty. */
  body?: string | Buffer;
  /** Wait this long before sending headers (or before destroying the socket). */
  delayMs?: number;
  /** Send headers, wait this long, then send the body. */
  bodyDelayMs?: number;
  /** Reset the connection (TCP RST) without answering. */
  destroy?: boolean;
  /** Send the headers and this many bytes of the body, then reset the connection: a reset mid-body. */
  resetAfterBytes?: number;
}

export async function playFault(req: IncomingMessage, res: ServerResponse, fault: InjectedFault, timers: Timers): Promise<void> {
  if (!(await timers.wait(fault.delayMs ?? 0))) return;
  if (fault.destroy) {
    req.socket.resetAndDestroy();
    return;
  }
  if (res.destroyed) return;
  const body = typeof fault.body === 'string' ? Buffer.from(fault.body, 'utf8') : (fault.body ?? Buffer.alloc(0));
  const headers: Record<string, string> = { ...fault.headers };
  if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) {
    headers['Content-Length'] = String(body.length);
  }
  res.writeHead(fault.status ?? 200, headers);
  if (fault.resetAfterBytes !== undefined) {
    res.write(body.subarray(0, fault.resetAfterBytes));
    // Let the first bytes leave before the reset, so the client really is mid-body.
    if (!(await timers.wait(20))) return;
    req.socket.resetAndDestroy();
    return;
  }
  if (fault.bodyDelayMs !== undefined && fault.bodyDelayMs > 0) {
    res.flushHeaders();
    if (!(await timers.wait(fault.bodyDelayMs))) return;
    if (res.destroyed) return;
  }
  res.end(body);
}
