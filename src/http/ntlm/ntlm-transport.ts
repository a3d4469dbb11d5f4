import type { IncomingHttpHeaders } from 'node:http';
import { Client } from 'undici';
import { createType1Message, createType3Message, parseType2Message } from 'httpntlm/ntlm.js';
import { DeadlinePassed, type CallDeadline } from '../call-deadline.js';
import { dispatchWhole } from '../dispatch-whole.js';
import { undiciOptions, type ConnectionOptions, type Transport, type TransportRequest, type TransportResponse } from '../transport.js';

export interface NtlmCredentials {
  username: string;
  password: string;
  domain: string;
  workstation?: string;
}

/** One keep-alive connection and whether the server has authenticated it. */
interface NtlmConnection {
  client: Client;
  authenticated: boolean;
}

/** The WWW-Authenticate values of an answer that offer NTLM: `NTLM` alone, or `NTLM <challenge>`. */
function ntlmOffers(headers: IncomingHttpHeaders): string[] {
  const offered = headers['www-authenticate'];
  return (Array.isArray(offered) ? offered : [offered]).flatMap((h) => (h !== undefined && /^NTLM\b/i.test(h.trim()) ? [h.trim()] : []));
}

/** `NTLM <token>` from a 401, if the server sent a challenge. */
const ntlmChallenge = (headers: IncomingHttpHeaders) => ntlmOffers(headers).find((h) => /^NTLM [A-Za-z0-9+/=]+$/i.test(h));
const offersNtlm = (headers: IncomingHttpHeaders) => ntlmOffers(headers).length > 0;

/**
 * Windows authentication (NTLMv2) for K2 servers that take nothing else. NTLM authenticates a
 * connection, not a request: negotiate, challenge and authenticate run on one keep-alive
 * connection, which IIS then treats as that account for the requests after it. So each connection
 * is an undici Client of its own, handed to one call at a time, and remembers whether it is
 * authenticated; one the server closed (undici reconnects) or forgot (a 401 again) shakes hands
 * again. The messages come from httpntlm's ntlm.js; no crypto of ours.
 *
 * The request's own body goes with each step: a server refuses with 401 before it acts, so only
 * the authenticated step can apply it, and the answer to that step is the call's answer.
 */
export class NtlmTransport implements Transport {
  private readonly idle: NtlmConnection[] = [];
  private readonly all = new Set<NtlmConnection>();
  private readonly waiting: ((connection: NtlmConnection) => void)[] = [];

  constructor(
    private readonly origin: string,
    private readonly options: ConnectionOptions,
    private readonly credentials: NtlmCredentials,
  ) {}

  async request(req: TransportRequest): Promise<TransportResponse> {
    const connection = await this.take(req.deadline);
    try {
      return await this.send(connection, req);
    } finally {
      this.give(connection);
    }
  }

  private async send(connection: NtlmConnection, req: TransportRequest): Promise<TransportResponse> {
    if (connection.authenticated) {
      const answer = await once(connection.client, req);
      if (answer.statusCode !== 401 || !offersNtlm(answer.headers)) return answer;
      // The server no longer knows this connection (restarted, or a new socket): shake hands again.
      connection.authenticated = false;
    }
    const { username, password, domain, workstation } = this.credentials;
    const negotiated = await once(connection.client, req, createType1Message({ domain, workstation }));
    const challenge = negotiated.statusCode === 401 ? ntlmChallenge(negotiated.headers) : undefined;
    // Anything but a challenge is the server's answer as it stands (a 401 without one: not NTLM, or refused).
    if (!challenge) return negotiated;
    let parseError: Error | undefined;
    const type2 = parseType2Message(challenge, (error) => { parseError = error; });
    if (!type2 || parseError) return { ...negotiated, body: '' };
    const answer = await once(connection.client, req, createType3Message(type2, { username, password, domain, workstation }));
    connection.authenticated = answer.statusCode !== 401;
    return answer;
  }

  private take(deadline: CallDeadline): Promise<NtlmConnection> {
    const ready = this.idle.pop();
    if (ready) return Promise.resolve(ready);
    if (this.all.size < this.options.connections) return Promise.resolve(this.open());
    return new Promise((resolve, reject) => {
      const grant = (connection: NtlmConnection) => {
        stopWaiting();
        resolve(connection);
      };
      const stopWaiting = deadline.onExpire(() => {
        const i = this.waiting.indexOf(grant);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new DeadlinePassed());
      });
      if (!deadline.expired) this.waiting.push(grant);
    });
  }

  private give(connection: NtlmConnection): void {
    const next = this.waiting.shift();
    if (next) next(connection);
    else this.idle.push(connection);
  }

  private open(): NtlmConnection {
    // pipelining 1: a handshake's steps must follow each other on the same socket, alone.
    const client = new Client(this.origin, { ...undiciOptions(this.options), pipelining: 1 });
    const connection: NtlmConnection = { client, authenticated: false };
    client.on('disconnect', () => { connection.authenticated = false; });
    this.all.add(connection);
    return connection;
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((c) => c.client.close()));
  }

  async destroy(): Promise<void> {
    await Promise.all([...this.all].map((c) => c.client.destroy()));
  }
}

function once(client: Client, req: TransportRequest, authorization?: string): Promise<TransportResponse> {
  const headers = authorization ? { ...req.headers, authorization } : req.headers;
  return dispatchWhole(client, { ...req, headers });
}
