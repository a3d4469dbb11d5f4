import { randomUUID } from 'node:crypto';
import type { BpmFailure } from '../core/bpm-failure.js';
import type { Caller } from '../core/access-policy.js';
import type { VendorCallRecord } from '../core/request-context.js';
import type { AuditEntry } from './audit-entry.js';

/** What the pipeline knows of one finished mutation, for its audit entry. */
export interface AuditFacts {
  requestId: string;
  caller: Caller | undefined;
  backend: string;
  vendor: string;
  operation: string;
  command: Record<string, unknown>;
  dryRun: boolean;
  outcome: string;
  failure: BpmFailure | null;
  durationMs: number;
  /** The vendor calls the mutation made, in order; a dry run's would-be request. */
  vendorCalls: readonly VendorCallRecord[];
}

/** Where the input's values go unless `audit.recordValues` keeps them. */
const REDACTED = '***';
/** Fields the entry has columns of its own for. */
const OWN_COLUMNS = new Set(['backend', 'clientMutationId', 'dryRun']);

/**
 * The entry for a finished mutation: the last vendor call's request line and status (the one that
 * decided the outcome), the failure's code, and the input as field names with values redacted
 * unless `recordValues`. Inputs never carry the gateway's credentials; with `recordValues` they are
 * kept as the caller sent them.
 */
export function auditEntryOf(facts: AuditFacts, recordValues: boolean, now = Date.now()): AuditEntry {
  const last = facts.vendorCalls.at(-1);
  const input = Object.fromEntries(Object.entries(facts.command).filter(([k, v]) => !OWN_COLUMNS.has(k) && v !== undefined).map(([k, v]) => [k, recordValues ? v : redact(v)]));
  return {
    // Time first, so that ids sort with `at` for entries of the same millisecond too.
    id: `${now.toString(36).padStart(9, '0')}-${randomUUID()}`,
    at: now,
    requestId: facts.requestId,
    callerId: facts.caller?.id ?? null,
    callerRoles: [...(facts.caller?.roles ?? [])],
    backend: facts.backend,
    vendor: facts.vendor,
    operation: facts.operation,
    clientMutationId: typeof facts.command['clientMutationId'] === 'string' ? facts.command['clientMutationId'] : null,
    dryRun: facts.dryRun,
    outcome: facts.outcome,
    vendorStatus: facts.failure?.vendorStatus ?? last?.status ?? null,
    vendorCode: facts.failure?.vendorCode ?? null,
    durationMs: facts.durationMs,
    vendorRequest: last ? `${last.method} ${last.path}` : null,
    input,
  };
}

/** The shape of a value without its content: objects keep their keys, lists their length. */
function redact(value: unknown): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, redact(v)]));
  return REDACTED;
}
