import { randomBytes } from 'node:crypto';
import type { Reply } from '../shared/reply.js';
import { IbmFailure } from './ibm-bpm-failure.js';

/** FACTS [C]: the default and the longest lifetime a token may be asked for. */
const MAX_LIFETIME_S = 7200;

/**
 * BPMCSRFToken as FACTS.md describes it: `POST /bpm/system/login` (Basic auth, a JSON body that
 * must be sent even if empty) hands out a token for up to 7200 s; a request carrying an unknown
 * or expired one is refused with 403 CWTBG0651E before it is acted on.
 */
export class CsrfTokens {
  private readonly tokens = new Map<string, number>();
  /** Logins answered, for tests that prove a token is shared and renewed. */
  logins = 0;

  constructor(private readonly lifetimeMs?: number) {}

  /** The login's answer. Guess: 201 is not documented; 200 with `csrf_token` and `expiration` (seconds) at the top level. */
  login(body: Buffer): Reply {
    let asked: unknown;
    try {
      asked = JSON.parse(body.toString('utf8') || 'null');
    } catch {
      asked = undefined;
    }
    if (!asked || typeof asked !== 'object' || Array.isArray(asked)) {
      throw new IbmFailure(400, 'CWTBG0010E', 'The request body must be a JSON object.', []);
    }
    const requested = (asked as Record<string, unknown>)['requested-lifetime'];
    const seconds = typeof requested === 'number' && requested > 0 ? Math.min(requested, MAX_LIFETIME_S) : MAX_LIFETIME_S;
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, Date.now() + (this.lifetimeMs ?? seconds * 1000));
    this.logins++;
    return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ csrf_token: token, expiration: seconds }) };
  }

  /** Throws the documented refusal unless `token` is one handed out and still alive. */
  check(token: string | undefined): void {
    const until = token === undefined ? undefined : this.tokens.get(token);
    if (until === undefined || until <= Date.now()) {
      throw new IbmFailure(403, 'CWTBG0651E', 'The request was blocked because the BPMCSRFToken token header could not be verified.', []);
    }
  }

  /** Every token handed out expires now, as after their lifetime. */
  expireAll(): void {
    this.tokens.clear();
  }
}
