import type { ServerResponse } from 'node:http';

/** An answer, as a value, so fault injection, tests and the router can reason about it before it is sent. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function emptyReply(status: number, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: '' };
}

/**
 * Writes a reply with an exact Content-Length (0 for an empty body). `serverHeaders` come first,
 * so the reply's own headers win over them.
 */
export function sendReply(res: ServerResponse, reply: Reply, serverHeaders: Readonly<Record<string, string>> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const body = Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, { ...serverHeaders, ...reply.headers, 'Content-Length': String(body.length) });
  res.end(body);
}
