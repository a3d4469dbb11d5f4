import type { Kysely } from 'kysely';
import type { AuditTables } from '../audit/audit-database.js';
import type { CallContext } from '../core/call-context.js';
import type { JobService } from '../jobs/job-service.js';
import type { BackendRegistry } from '../pipeline/backend-registry.js';

/** What every resolver gets: references made once at start-up, plus this request's scope. */
export interface GatewayContext {
  registry: BackendRegistry;
  call: CallContext;
  /** The audit log and who may read it; null when no audit is configured. */
  audit: AuditAccess | null;
  /** Bulk jobs; null where the gateway runs none (a bare schema in a unit test). */
  jobs: JobService | null;
}

export interface AuditAccess {
  db: Kysely<AuditTables> | null;
  auditorRoles: readonly string[];
  /** With server.auth on, a caller must have an auditor role; without it (loopback) anyone may read. */
  authRequired: boolean;
}
