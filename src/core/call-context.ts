import type { Caller } from './access-policy.js';
import type { RequestScope } from './request-scope.js';

/** What a vendor call may use besides its command. */
export interface CallContext {
  /** This GraphQL request's scope, for per-request loaders. */
  scope: RequestScope;
  /** Who is calling; absent when the server runs without authentication. */
  caller?: Caller;
}
