import type { ServerResponse } from 'node:http';
import type { CsaReply } from './csa-reply.js';

/**
 * Writes a reply with an exact Content-Length (0 for an empty body). Guess: no server-identifying
 * headers; CSA's own (JBoss) headers are not documented.
 */
export function sendReply(res: ServerResponse, reply: CsaReply): void {
  if (res.headersSent || res.destroyed) return;
  const body = Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.length) });
  res.end(body);
}
