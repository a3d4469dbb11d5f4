import type { AuditEntry } from './audit-entry.js';
import type { AuditRow } from './audit-database.js';

/** An entry as its row: JSON for the lists, 0/1 for the flag (one column type in both databases). */
export function toRow(e: AuditEntry): AuditRow {
  return {
    id: e.id,
    at: e.at,
    request_id: e.requestId,
    caller_id: e.callerId,
    caller_roles: JSON.stringify(e.callerRoles),
    backend: e.backend,
    vendor: e.vendor,
    operation: e.operation,
    client_mutation_id: e.clientMutationId,
    dry_run: e.dryRun ? 1 : 0,
    outcome: e.outcome,
    vendor_status: e.vendorStatus,
    vendor_code: e.vendorCode,
    duration_ms: Math.round(e.durationMs),
    vendor_request: e.vendorRequest,
    input: JSON.stringify(e.input),
  };
}

const json = JSON.stringify;
const orNull = (v: string | null): string => (v === null ? 'null' : json(v));

/**
 * toRow's values as the JSON array the SQLite write thread binds, written straight from the
 * entry: no row object and no values array per mutation (a test holds it equal to
 * JSON.stringify(positional(toRow(e)))). Every value is a string, a number or null: JSON gives
 * each back exactly.
 */
export function rowJson(e: AuditEntry): string {
  return `[${json(e.id)},${e.at},${json(e.requestId)},${orNull(e.callerId)},${json(json(e.callerRoles))},${json(e.backend)},${json(e.vendor)},${json(e.operation)},${orNull(e.clientMutationId)},${e.dryRun ? 1 : 0},${json(e.outcome)},${e.vendorStatus === null ? 'null' : e.vendorStatus},${orNull(e.vendorCode)},${Math.round(e.durationMs)},${orNull(e.vendorRequest)},${json(json(e.input))}]`;
}

export function fromRow(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: Number(r.at),
    requestId: r.request_id,
    callerId: r.caller_id,
    callerRoles: JSON.parse(r.caller_roles) as string[],
    backend: r.backend,
    vendor: r.vendor,
    operation: r.operation,
    clientMutationId: r.client_mutation_id,
    dryRun: Number(r.dry_run) === 1,
    outcome: r.outcome,
    vendorStatus: r.vendor_status === null ? null : Number(r.vendor_status),
    vendorCode: r.vendor_code,
    durationMs: Number(r.duration_ms),
    vendorRequest: r.vendor_request,
    input: JSON.parse(r.input) as Record<string, unknown>,
  };
}
