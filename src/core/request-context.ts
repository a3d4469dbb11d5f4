import { AsyncLocalStorage } from 'node:async_hooks';

/** What every vendor call of one GraphQL request can know without being handed it. */
export interface RequestContext {
  /** Sent to the vendor (`x-request-id`), logged, and returned in the answer's extensions. */
  requestId: string;
  /** The caller's request headers, for backends that forward the caller's own credentials. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();
