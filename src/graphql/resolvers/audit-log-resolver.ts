import { GraphQLError } from 'graphql';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { decodeAuditCursor, encodeAuditCursor } from '../../audit/audit-cursor.js';
import type { AuditEntry as AuditEntryView } from '../../audit/audit-entry.js';
import { queryAuditLog } from '../../audit/audit-query.js';
import { toGlobalId } from '../../core/global-id.js';
import type { AuditAccess, GatewayContext } from '../gateway-context.js';
import { AuditLogFilterInput } from '../inputs/audit-log-filter-input.js';
import { AuditEntry, AuditEntryConnection, AuditEntryEdge } from '../types/audit-entry-type.js';
import { PageInfo } from '../types/connection-types.js';
import { MAX_PAGE_SIZE } from './list-resolver.js';


/** The audit log, newest first: for callers with an auditor role (any caller without server.auth). */
@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit trail, newest first, filtered: every mutation and dry run. Needs an auditor role (audit.auditorRoles) when server.auth is on.' })
  async auditLog(
    @Arg('filter', () => AuditLogFilterInput, { nullable: true, description: 'Which entries; every criterion given must hold.' }) filter: AuditLogFilterInput | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many entries (1 to ${MAX_PAGE_SIZE}; default 20).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: "An edge's `cursor`: the entries older than it." }) after: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<AuditEntryConnection> {
    const audit = readableLog(ctx);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw refusal('VALIDATION', `first: must be 1 to ${MAX_PAGE_SIZE}, got ${first}`, 'first');
    const position = after == null ? null : decodeAuditCursor(after);
    if (typeof position === 'string') throw refusal('VALIDATION', `after: ${position}`, 'after');
    const f = filter ?? {};
    const page = await queryAuditLog(audit, {
      backend: f.backend, operation: f.operation, callerId: f.caller, outcome: f.outcome, requestId: f.requestId,
      since: f.since?.getTime() ?? null, until: f.until?.getTime() ?? null,
    }, first, position);
    const edges = page.entries.map((e) => Object.assign(new AuditEntryEdge(), { cursor: encodeAuditCursor(e), node: toAuditEntry(e) }));
    return Object.assign(new AuditEntryConnection(), {
      edges,
      pageInfo: Object.assign(new PageInfo(), { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }),
    });
  }
}

/** The log's database, if this caller may read it; else the GraphQL error that says why not. */
export function readableLog(ctx: GatewayContext): NonNullable<AuditAccess['db']> {
  const audit = ctx.audit;
  if (!audit) throw refusal('UNSUPPORTED_OPERATION', 'no audit trail is configured (audit in the config)');
  if (audit.authRequired && !ctx.call.caller?.roles.some((r) => audit.auditorRoles.includes(r))) {
    throw refusal('PERMISSION_DENIED', `reading the audit log needs one of the roles ${audit.auditorRoles.join(', ')}`);
  }
  if (!audit.db) throw refusal('BACKEND_UNAVAILABLE', 'the audit database could not be opened');
  return audit.db;
}

export function toAuditEntry(e: AuditEntryView): AuditEntry {
  return Object.assign(new AuditEntry(), {
    id: toGlobalId('AuditEntry', 'audit', e.id), at: new Date(e.at), requestId: e.requestId, caller: e.callerId, callerRoles: e.callerRoles,
    backend: e.backend, vendor: e.vendor, operation: e.operation, clientMutationId: e.clientMutationId, dryRun: e.dryRun, outcome: e.outcome,
    vendorStatus: e.vendorStatus, vendorCode: e.vendorCode, durationMs: e.durationMs, vendorRequest: e.vendorRequest, input: e.input,
  });
}

function refusal(code: string, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}
