import { AsyncLocalStorage } from 'node:async_hooks';

/** What every vendor call of one GraphQL request can know without being handed it. */
export interface RequestContext {
  /** Sent to the vendor (`x-request-id`), logged, and returned in the answer's extensions. */
  requestId: string;
  /** The caller's request headers, for backends that forward the caller's own credentials. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /**
   * Whose turn it is in a backend's queue: the authenticated caller's id, else the client's
   * address. Set again once the caller is known, so the object is shared, not copied.
   */
  caller: string;
  /** Vendor calls this request has made, and how many it may make (server.limits.maxVendorCalls). */
  vendorCalls: number;
  maxVendorCalls: number;
  /** Every vendor call's request line and status, in order: what the audit trail records of a mutation. */
  vendorLog?: VendorCallRecord[];
}

export interface VendorCallRecord { method: string; path: string; status: number | null }

export const requestContext = new AsyncLocalStorage<RequestContext>();
