import type { ServerResponse } from 'node:http';
import type { K2Reply } from './k2-reply.js';

/**
 * Headers of the documented raw UpdateTask response, sent with every normal answer so clients
 * meet what an IIS-hosted K2 sends.
 */
const IIS_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'private',
  Server: 'Microsoft-IIS/7.5',
  'X-AspNet-Version': '2.0.50727',
  'X-Powered-By': 'ASP.NET',
};

/** Writes a reply with an exact Content-Length (0 for an empty body). */
export function sendReply(res: ServerResponse, reply: K2Reply): void {
  if (res.headersSent || res.destroyed) return;
  const body = Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, { ...IIS_HEADERS, ...reply.headers, 'Content-Length': String(body.length) });
  res.end(body);
}
