/**
 * What every vendor call of one GraphQL request shares: made when the HTTP request arrives, handed
 * down in the CallContext. Passed by hand rather than through AsyncLocalStorage, which on Node 20
 * puts a hook on every promise of the process (13 % of a mutation's CPU in the bench).
 */
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
