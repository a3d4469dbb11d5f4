import { z } from 'zod';
import type { BpmFailure } from '../../core/bpm-failure.js';
import { fail, succeed, type Outcome } from '../../core/outcome.js';
import type { HttpRequest, HttpResponse } from '../../http/backend-http-client.js';
import type { SessionAuth } from '../../http/session-auth.js';
import { readIbmError } from './ibm-error-body.js';

/** Sent lower-case: HTTP header names are case-insensitive, and one spelling keeps one entry. */
const TOKEN_HEADER = 'bpmcsrftoken';
/** FACTS [C]: "The request was blocked because the BPMCSRFToken token header could not be verified." */
const STALE_TOKEN = 'CWTBG0651E';
/** FACTS [C]: the documented body; 7200 s is the default and the longest lifetime. */
const LIFETIME_S = 7200;
const LOGIN_BODY = JSON.stringify({ 'refresh-groups': false, 'requested-lifetime': LIFETIME_S });

/**
 * Guess (FACTS says only "the response property csrf_token"): at the top level, as the /bpm/
 * APIs answer; inside IBM's `data`/`Data` envelope is accepted too, in case a server wraps it.
 */
const tokenField = z.looseObject({ csrf_token: z.string().min(1) });
const loginAnswer = z.union([
  tokenField.transform((v) => v.csrf_token),
  z.looseObject({ data: tokenField }).transform((v) => v.data.csrf_token),
  z.looseObject({ Data: tokenField }).transform((v) => v.Data.csrf_token),
]);

/**
 * Where the login lives: FACTS [C] gives `https://<host>/<baw|dba|bpm>/<env>/bpm/system/login`
 * beside the REST root, so the part of the base URL before `/rest/bpm/wle/v1` is kept. Guess: a
 * base URL of another shape has the login at the server's root.
 */
export function ibmLoginPath(baseUrl: string): string {
  const path = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const at = path.lastIndexOf('/rest/bpm/wle/v1');
  return `${at >= 0 ? path.slice(0, at) : ''}/bpm/system/login`;
}

/**
 * IBM's CSRF protection (`csrf: true`): `POST /bpm/system/login` with the backend's Basic
 * credentials yields a token, sent as `BPMCSRFToken` on every call. One login is shared by all
 * callers; a 403 CWTBG0651E (expired or unknown token) makes the client log in again and repeat
 * the call once. The token is renewed before its lifetime ends too, so that calls rarely meet
 * that 403.
 */
export class IbmCsrfSession implements SessionAuth {
  readonly secretHeaders = [TOKEN_HEADER];
  private current: { headers: Readonly<Record<string, string>>; until: number } | undefined;
  private login: Promise<Outcome<Readonly<Record<string, string>>>> | undefined;

  constructor(private readonly backend: string, private readonly loginPath: string) {}

  headers(call: (req: HttpRequest) => Promise<Outcome<HttpResponse>>): Promise<Outcome<Readonly<Record<string, string>>>> {
    if (this.current && performance.now() < this.current.until) return Promise.resolve(succeed(this.current.headers));
    this.login ??= this.logIn(call)
      .then((outcome) => {
        // Renewed at 90 % of the lifetime asked for; a failed login is not kept, the next call tries again.
        if (outcome.ok) this.current = { headers: outcome.value, until: performance.now() + LIFETIME_S * 900 };
        return outcome;
      })
      // Settled either way, even by a bug's rejection, so the next call can log in again.
      .finally(() => { this.login = undefined; });
    return this.login;
  }

  refused(response: HttpResponse): boolean {
    return response.status === 403 && response.body.includes(STALE_TOKEN);
  }

  forget(headers: Readonly<Record<string, string>>): void {
    if (this.current?.headers[TOKEN_HEADER] === headers[TOKEN_HEADER]) this.current = undefined;
  }

  private async logIn(call: (req: HttpRequest) => Promise<Outcome<HttpResponse>>): Promise<Outcome<Readonly<Record<string, string>>>> {
    const answer = await call({
      method: 'POST',
      path: this.loginPath,
      fromOrigin: true,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: LOGIN_BODY,
      // A new token each time, nothing else changes: safe to repeat.
      idempotent: true,
    });
    if (!answer.ok) return answer;
    const { status, body, mediaType } = answer.value;
    if (status === 200 || status === 201) {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const read = loginAnswer.safeParse(json);
      if (read.success) return succeed({ [TOKEN_HEADER]: read.data });
      return fail({ kind: 'backend-error', backend: this.backend, vendorStatus: status, message: `IBM BPM's login (POST ${this.loginPath}) answered without a csrf_token` });
    }
    return fail(this.refusal(status, readIbmError(body, mediaType)?.errorNumber));
  }

  private refusal(status: number, vendorCode: string | undefined): BpmFailure {
    const facts = { backend: this.backend, vendorStatus: status, ...(vendorCode ? { vendorCode } : {}) };
    const what = `IBM BPM refused the login for a CSRF token (POST ${this.loginPath}) with status ${status}`;
    if (status === 401) return { kind: 'authentication', ...facts, message: what };
    if (status === 403) return { kind: 'permission-denied', ...facts, message: what };
    if (status === 502 || status === 503 || status === 504) return { kind: 'backend-unavailable', retryable: true, ...facts, message: what };
    return { kind: 'backend-error', ...facts, message: what };
  }
}
