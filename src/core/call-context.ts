import type { Caller } from './access-policy.js';
import type { RequestContext } from './request-context.js';
import type { RequestScope } from './request-scope.js';

/** What a vendor call may use besides its command. */
export interface CallContext {
  /** This GraphQL request's scope, for per-request loaders. */
  scope: RequestScope;
  /** Who is calling; absent when the server runs without authentication. */
  caller?: Caller;
  /** The request's id, headers and vendor-call count; absent where a call belongs to no request (tests). */
  request?: RequestContext;
}
