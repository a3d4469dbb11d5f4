import type { IncomingMessage } from 'node:http';

export type BodyRead =
  | { kind: 'complete'; body: Buffer }
  /** `received` is what arrived before reading stopped (empty when Content-Length said too much). */
  | { kind: 'too-large'; received: Buffer };

/**
 * Reads a request body up to `limit` bytes. A declared Content-Length over the limit is refused
 * before any byte is read; a chunked body stops being collected once it passes the limit, so an
 * oversized request never sits whole in memory. Rejects when the client goes away mid-body.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.resolve({ kind: 'too-large', received: Buffer.alloc(0) });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyRead | Error): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        finish({ kind: 'too-large', received: Buffer.concat(chunks) });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish({ kind: 'complete', body: Buffer.concat(chunks) }));
    req.once('error', (error) => finish(error));
    req.once('close', () => finish(new Error('the client closed the request before its body was complete')));
  });
}
