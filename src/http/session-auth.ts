import type { Outcome } from '../core/outcome.js';
import type { HttpRequest, HttpResponse } from './backend-http-client.js';

/**
 * Credentials a backend hands out on a login call, sent as headers with every request after it
 * (IBM's BPMCSRFToken). The client asks for them before each call, and when an answer says they
 * were refused before anything was applied, forgets them, gets new ones and repeats the call once.
 */
export interface SessionAuth {
  /** The headers to send; the first caller (or the first after `forget`) logs in through `call`, the rest share it. */
  headers(call: (req: HttpRequest) => Promise<Outcome<HttpResponse>>): Promise<Outcome<Readonly<Record<string, string>>>>;
  /** The answer says these headers were refused, and the request was not acted on. */
  refused(response: HttpResponse): boolean;
  /** Forgets these headers, unless newer ones replaced them already. */
  forget(headers: Readonly<Record<string, string>>): void;
  /** Lower-case names of the headers it adds: credentials, masked wherever a request is shown. */
  readonly secretHeaders: readonly string[];
}
