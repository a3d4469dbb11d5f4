import type { CallContext } from '../core/call-context.js';
import type { MigrateInstancesCommand, UpdateTasksCommand } from '../core/commands.js';
import { invalidInput, unsupportedOperation } from '../core/failures.js';
import { fail, succeed, type Outcome } from '../core/outcome.js';
import type { BackendRegistry } from '../pipeline/backend-registry.js';
import { checkBatch } from '../pipeline/task-batch.js';
import type { JobPlan } from './bulk-job.js';

/** The most items one job takes: a bound on what one request can make the store hold. */
export const MAX_JOB_ITEMS = 1_000_000;

/**
 * A job's plan, or why not, before anything is queued: the caller may run the operation on the
 * backend, and every call the job will make passes the operation's own checks.
 */
export function planUpdateTasks(registry: BackendRegistry, command: UpdateTasksCommand, call: CallContext): Outcome<JobPlan> {
  const found = registry.reachable(command.backend, 'UPDATE_TASKS', call);
  if (!found.ok) return found;
  const batch = found.value.batch(call);
  if (!batch) return fail(unsupportedOperation(found.value.id, found.value.vendor, 'UPDATE_TASKS'));
  const refused = checkBatch(command, batch.check, MAX_JOB_ITEMS);
  if (refused) return fail(refused);
  return succeed({ kind: 'UPDATE_TASKS', backend: found.value.id, chunkSize: batch.chunkSize, items: command.items });
}

/** A migration of listed instances as a job of calls of at most the vendor's bound. */
export function planMigration(registry: BackendRegistry, command: MigrateInstancesCommand, call: CallContext): Outcome<JobPlan> {
  const found = registry.reachable(command.backend, 'MIGRATE_INSTANCES', call);
  if (!found.ok) return found;
  const backend = found.value;
  if (command.allActive) return fail(invalidInput('runAsJob', 'allActive is one vendor call: run it without runAsJob'));
  const ids = command.instanceIds ?? [];
  if (ids.length > MAX_JOB_ITEMS) return fail(invalidInput('instanceIds', `takes at most ${MAX_JOB_ITEMS} ids in one job, got ${ids.length}`));
  const chunkSize = Math.min(backend.migrationChunkSize, MAX_JOB_ITEMS);
  if (ids.length === 0) return fail(invalidInput('instanceIds', 'name at least one instance'));
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) return fail(invalidInput(`instanceIds[${i}]`, `'${id.slice(0, 64)}' is listed twice`));
    seen.add(id);
  }
  for (let start = 0; start < ids.length; start += chunkSize) {
    const refused = backend.check('MIGRATE_INSTANCES', { ...command, instanceIds: ids.slice(start, start + chunkSize) });
    if (refused) return fail(refused.kind === 'validation' ? shiftField(refused, start) : refused);
  }
  return succeed({ kind: 'MIGRATE_INSTANCES', backend: backend.id, chunkSize, namespace: command.namespace, processCode: command.processCode, instanceIds: ids });
}

/** A check of one call names `instanceIds[i]` within its slice; the client wrote the whole list. */
function shiftField<F extends { field: string | null; message: string }>(refused: F, offset: number): F {
  const at = refused.field && /^instanceIds\[(\d+)\]$/.exec(refused.field);
  if (!at) return refused;
  const field = `instanceIds[${Number(at[1]) + offset}]`;
  return { ...refused, field, message: refused.message.replace(refused.field!, field) };
}
