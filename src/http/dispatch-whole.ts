import type { IncomingHttpHeaders } from 'node:http';
import { util, type Dispatcher } from 'undici';
import { DeadlinePassed, type CallDeadline } from './call-deadline.js';

export interface WholeRequest {
  method: string;
  /** Base path and query included. */
  path: string;
  headers: Readonly<Record<string, string>>;
  body: string | undefined;
  deadline: CallDeadline;
}

export interface WholeAnswer {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: string;
}

type Abort = (reason: Error) => void;

/**
 * One request through an undici Pool or Client, its answer read whole into a string. undici's
 * handler API rather than `request()`: that one makes an AsyncResource, an AbortSignal listener
 * and a body stream per call, for an answer that is read whole anyway. The dispatcher's own
 * limits stay in force (maxResponseSize, headers and body timeouts).
 *
 * When the deadline passes the promise rejects at once, even while the request still waits in
 * the pool's queue (it is then cut the moment it would be sent).
 */
export function dispatchWhole(dispatcher: Dispatcher, req: WholeRequest): Promise<WholeAnswer> {
  return new Promise((resolve, reject) => {
    if (req.deadline.expired) {
      reject(new DeadlinePassed());
      return;
    }
    let abort: Abort | null = null;
    let settled = false;
    let statusCode = 0;
    let headers: IncomingHttpHeaders = {};
    const chunks: Buffer[] = [];
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      stopListening();
      if (error) reject(error);
      else resolve({ statusCode, headers, body: decode(chunks) });
    };
    const stopListening = req.deadline.onExpire(() => {
      const reason = new DeadlinePassed();
      abort?.(reason);
      settle(reason);
    });
    dispatcher.dispatch({ method: req.method as Dispatcher.HttpMethod, path: req.path, headers: req.headers as Record<string, string>, body: req.body }, {
      onConnect(cut: Abort) {
        // Given up while queued: thrown, undici drops the request alone; `cut` would destroy the
        // connection it was about to be written on, which another call could use.
        if (settled) throw new DeadlinePassed();
        abort = cut;
      },
      onHeaders(status: number, raw: Buffer[]) {
        // 1xx answers are interim: the real one follows on the same request.
        if (status >= 200) {
          statusCode = status;
          headers = util.parseHeaders(raw) as IncomingHttpHeaders;
        }
        return true;
      },
      onData(chunk: Buffer) {
        chunks.push(chunk);
        return true;
      },
      onComplete() {
        settle(null);
      },
      onError(error: Error) {
        settle(error);
      },
    } as Dispatcher.DispatchHandler);
  });
}

const BOM = 0xfeff;

/** UTF-8, as undici's `body.text()` reads it: a leading byte-order mark is dropped. */
function decode(chunks: readonly Buffer[]): string {
  const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}
