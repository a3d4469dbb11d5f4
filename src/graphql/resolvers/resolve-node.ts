import { GraphQLError } from 'graphql';
import { fromRow } from '../../audit/audit-rows.js';
import type { AuditEntry } from '../types/audit-entry-type.js';
import { readableLog, toAuditEntry } from './audit-log-resolver.js';
import { invalidInput } from '../../core/failures.js';
import { parseGlobalId, type NodeType } from '../../core/global-id.js';
import { failureToGraphqlError } from '../failure-to-graphql-error.js';
import type { GatewayContext } from '../gateway-context.js';
import type { ProcessInstance } from '../types/process-instance-type.js';
import type { Task } from '../types/task-type.js';
import type { BulkJob } from '../types/bulk-job-type.js';
import { toBulkJob } from './job-resolver.js';
import { toProcessInstance, toTask } from '../types/to-graphql-views.js';

export type ResolvedNode = ProcessInstance | Task | AuditEntry | BulkJob;

/** An audit entry by its id, for an auditor: the log's own access rule, then one indexed lookup. */
async function readAuditEntry(id: string, ctx: GatewayContext): Promise<AuditEntry | GraphQLError> {
  let db;
  try {
    db = readableLog(ctx);
  } catch (error) {
    return error as GraphQLError;
  }
  const row = await db.selectFrom('audit_entries').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAuditEntry(fromRow(row)) : new GraphQLError(`no audit entry ${id}`, { extensions: { code: 'NOT_FOUND' } });
}

/**
 * Reads the object a global id names, through this request's loaders (so `nodes` with ten ids of
 * one IBM backend is one bulk read), or the GraphQL error that says why not. Returned, not
 * thrown: graphql-js turns a returned error into a null item with that error at its path.
 * `answer`: the read is a root field's answer, counted in the result metrics.
 */
export async function resolveNode(id: string, ctx: GatewayContext, field: string, answer: boolean): Promise<ResolvedNode | GraphQLError> {
  const parts = parseGlobalId(id);
  if (typeof parts === 'string') return failureToGraphqlError(invalidInput(field, parts));
  return readNode(parts.type, parts.backend, parts.vendorId, ctx, answer);
}

/** Reads an instance or task by backend and vendor id, or the error that says why not. */
export async function readNode(type: NodeType, backend: string, vendorId: string, ctx: GatewayContext, answer: boolean): Promise<ResolvedNode | GraphQLError> {
  if (type === 'AuditEntry') return readAuditEntry(vendorId, ctx);
  if (type === 'BulkJob') {
    const job = ctx.jobs ? await ctx.jobs.get(vendorId, ctx.call.caller) : null;
    return job && job.backend === backend ? toBulkJob(job) : new GraphQLError(`no bulk job ${vendorId} this caller may see`, { extensions: { code: 'NOT_FOUND' } });
  }
  if (type === 'ProcessInstance') {
    const read = await ctx.registry.readInstance(backend, vendorId, ctx.call, answer);
    return read.ok ? toProcessInstance(read.value) : failureToGraphqlError(read.failure);
  }
  const read = await ctx.registry.readTask(backend, vendorId, ctx.call, answer);
  return read.ok ? toTask(read.value) : failureToGraphqlError(read.failure);
}
