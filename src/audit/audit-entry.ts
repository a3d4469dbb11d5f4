/**
 * One recorded change: a mutation, a batch item or a dry run, as DESIGN.md's AuditEntry names it.
 * `outcome` is the result's GraphQL type name (UpdateTaskSuccess, NotFoundError, VendorRequestPreview).
 */
export interface AuditEntry {
  /** Opaque and unique; with `at`, the order of the log. */
  id: string;
  /** When the call was answered, ms since the epoch. */
  at: number;
  requestId: string;
  /** The API key id or token subject; null without authentication (the loopback sandbox). */
  callerId: string | null;
  callerRoles: string[];
  backend: string;
  vendor: string;
  operation: string;
  clientMutationId: string | null;
  dryRun: boolean;
  outcome: string;
  vendorStatus: number | null;
  vendorCode: string | null;
  durationMs: number;
  /** The vendor request line (method and path, no query: a query may carry ids but never credentials; kept out to stay short). */
  vendorRequest: string | null;
  /** The input: field names, with values only where `audit.recordValues` is on. */
  input: Record<string, unknown>;
}

/** What a query of the log may filter on; every given field must match. */
export interface AuditFilter {
  backend?: string | null;
  operation?: string | null;
  callerId?: string | null;
  outcome?: string | null;
  requestId?: string | null;
  /** Inclusive, ms since the epoch. */
  since?: number | null;
  /** Exclusive. */
  until?: number | null;
}
