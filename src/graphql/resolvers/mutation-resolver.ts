import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { MutationOperation, ResultOf } from '../../core/operation.js';
import type { JobPlan } from '../../jobs/bulk-job.js';
import { planMigration, planUpdateTasks } from '../../jobs/plan-job.js';
import { BulkJobStarted } from '../types/bulk-job-type.js';
import { jobsOf, toBulkJob } from './job-resolver.js';
import { RequestPreview } from '../../core/request-preview.js';
import type { MutationRequest } from '../../pipeline/backend-registry.js';
import { toVendorRequestPreview, type VendorRequestPreview } from '../results/vendor-request-preview.js';
import type { InstanceSnapshot } from '../../core/commands.js';
import type { ErrorObject } from '../error-types.js';
import { failureToGraphql } from '../failure-to-graphql.js';
import type { GatewayContext } from '../gateway-context.js';
import { MigrateInstancesInput } from '../inputs/migrate-instances-input.js';
import { SetInstanceStateInput } from '../inputs/set-instance-state-input.js';
import { UpdateAllVariablesInput } from '../inputs/update-all-variables-input.js';
import { UpdateProcessInstanceInput } from '../inputs/update-process-instance-input.js';
import { UpdateTaskInput } from '../inputs/update-task-input.js';
import { UpdateTasksInput } from '../inputs/update-tasks-input.js';
import { UpdateTasksResult, UpdateTasksSuccess } from '../results/update-tasks-result.js';
import { SetInstanceStatesInput } from '../inputs/set-instance-states-input.js';
import { SetInstanceStatesResult, SetInstanceStatesSuccess } from '../results/set-instance-states-result.js';
import type { Outcome } from '../../core/outcome.js';
import {
  MigrateInstancesResult, SetInstanceStateResult, UpdateAllVariablesResult, UpdateProcessInstanceResult, UpdateTaskResult,
} from '../results/result-unions.js';
import {
  MigrateInstancesSuccess, NotMovedInstance, SetInstanceStateSuccess, UpdateAllVariablesSuccess, UpdateProcessInstanceSuccess, UpdateTaskSuccess,
} from '../results/success-types.js';

const INPUT = { description: 'What to change, on which backend; `dryRun: true` only shows the vendor requests.' };

/** The mutations: each runs its operation and answers the success or the error object. */
@Resolver()
export class MutationResolver {
  @Mutation(() => UpdateProcessInstanceResult, { description: "Updates a process instance's fields (K2) or properties (CSA)." })
  updateProcessInstance(@Arg('input', () => UpdateProcessInstanceInput, INPUT) input: UpdateProcessInstanceInput, @Ctx() ctx: GatewayContext) {
    return run(ctx, 'UPDATE_PROCESS_INSTANCE', input, UpdateProcessInstanceSuccess, (r) => ({ instanceId: r.instanceId, dataFields: r.dataFields, confirmed: r.confirmed, ...snapshotFields(r.snapshot) }));
  }

  @Mutation(() => UpdateTaskResult, { description: 'Actions, redirects, delegates, sleeps or wakes a task (K2), setting fields on the way.' })
  updateTask(@Arg('input', () => UpdateTaskInput, INPUT) input: UpdateTaskInput, @Ctx() ctx: GatewayContext) {
    return run(ctx, 'UPDATE_TASK', input, UpdateTaskSuccess, (r) => ({ serialNumber: r.serialNumber, vendorAction: r.vendorAction }));
  }

  @Mutation(() => UpdateTasksResult, { description: 'Updates many K2 tasks in few UpdateTasks calls: one result per item, in order. A call in doubt is never re-sent; its items say so.' })
  async updateTasks(@Arg('input', () => UpdateTasksInput, INPUT) input: UpdateTasksInput, @Ctx() ctx: GatewayContext) {
    if (input.runAsJob && !input.dryRun) return startJob(ctx, planUpdateTasks(ctx.registry, input, ctx.call));
    return run(ctx, 'UPDATE_TASKS', input, UpdateTasksSuccess, ({ items }) => itemResults(ctx, input.backend, items, UpdateTaskSuccess, (r) => r));
  }

  @Mutation(() => SetInstanceStatesResult, { description: 'Gives many IBM BPM instances one state in few process/bulk calls: one result per instance, in order. A call in doubt is never re-sent; its instances say so.' })
  setInstanceStates(@Arg('input', () => SetInstanceStatesInput, INPUT) input: SetInstanceStatesInput, @Ctx() ctx: GatewayContext) {
    return run(ctx, 'SET_INSTANCE_STATES', input, SetInstanceStatesSuccess, ({ items }) => itemResults(ctx, input.backend, items, SetInstanceStateSuccess, (r) => ({ instanceId: r.instanceId, ...snapshotFields(r.snapshot) })));
  }

  @Mutation(() => SetInstanceStateResult, { description: "Changes an instance's state, return code or status (CSA), or suspends, resumes, retries or terminates it (IBM BPM)." })
  setInstanceState(@Arg('input', () => SetInstanceStateInput, INPUT) input: SetInstanceStateInput, @Ctx() ctx: GatewayContext) {
    return run(ctx, 'SET_INSTANCE_STATE', input, SetInstanceStateSuccess, (r) => ({ instanceId: r.instanceId, ...snapshotFields(r.snapshot) }));
  }

  @Mutation(() => UpdateAllVariablesResult, { description: 'Updates many variables of an instance and its subprocesses at once (IBM BPM).' })
  updateAllVariables(@Arg('input', () => UpdateAllVariablesInput, INPUT) input: UpdateAllVariablesInput, @Ctx() ctx: GatewayContext) {
    return run(ctx, 'UPDATE_ALL_VARIABLES', input, UpdateAllVariablesSuccess, (r) => ({ instanceId: r.instanceId, vendorMessage: r.message }));
  }

  @Mutation(() => MigrateInstancesResult, { description: 'Moves pending instances to the latest published process version (ELMA365).' })
  async migrateInstances(@Arg('input', () => MigrateInstancesInput, INPUT) input: MigrateInstancesInput, @Ctx() ctx: GatewayContext) {
    const oneCall = ctx.registry.get(input.backend)?.migrationChunkSize ?? Infinity;
    if (!input.dryRun && (input.runAsJob || (input.instanceIds?.length ?? 0) > oneCall)) return startJob(ctx, planMigration(ctx.registry, input, ctx.call));
    return run(ctx, 'MIGRATE_INSTANCES', input, MigrateInstancesSuccess, ({ notMoved, ...r }) => ({
      ...r,
      notMoved: notMoved?.map((n) => Object.assign(new NotMovedInstance(), { instanceId: n.id, vendorState: n.vendorState })) ?? null,
      notMovedIds: notMoved?.map((n) => n.id) ?? null,
    }));
  }
}

/** Queues a checked plan as a job and answers BulkJobStarted, or the error that stopped it before anything was queued. */
async function startJob(ctx: GatewayContext, plan: Outcome<JobPlan>): Promise<BulkJobStarted | ErrorObject> {
  if (!plan.ok) return failureToGraphql(plan.failure);
  const job = await jobsOf(ctx).start(plan.value, ctx.call.caller);
  return Object.assign(new BulkJobStarted(), { job: toBulkJob(job) });
}

/** The instance the vendor returned, as the success's own fields; all null when it returned none. */
/** A batch's items as GraphQL results, in order, with its counts. */
function itemResults<R, S extends { backend: string }>(ctx: GatewayContext, backend: string, items: readonly { outcome: Outcome<R>; unknown: boolean }[], Success: new () => S, fields: (result: R) => Omit<S, 'backend' | 'vendor'>) {
  const vendor = ctx.registry.get(backend)!.vendor;
  return {
    items: items.map(({ outcome }): S | ErrorObject => (outcome.ok ? Object.assign(new Success(), { backend, vendor }, fields(outcome.value)) : failureToGraphql(outcome.failure))),
    succeeded: items.filter((i) => i.outcome.ok).length,
    failed: items.filter((i) => !i.outcome.ok && !i.unknown).length,
    unknown: items.filter((i) => i.unknown).length,
  };
}

function snapshotFields(snapshot: InstanceSnapshot | null) {
  return {
    state: snapshot?.processState ?? null,
    vendorState: snapshot?.vendorState ?? null,
    returnCode: snapshot?.returnCode ?? null,
    status: snapshot?.status ?? null,
    properties: snapshot?.properties ?? null,
  };
}

async function run<O extends MutationOperation, S extends { backend: string }>(
  ctx: GatewayContext,
  operation: O,
  input: MutationRequest<O>,
  Success: new () => S,
  fields: (result: ResultOf<O>) => Omit<S, 'backend' | 'vendor'>,
): Promise<S | VendorRequestPreview | ErrorObject> {
  const outcome = await ctx.registry.run(operation, input, ctx.call);
  if (!outcome.ok) return failureToGraphql(outcome.failure);
  if (outcome.value instanceof RequestPreview) return toVendorRequestPreview(outcome.value);
  const backend = ctx.registry.get(input.backend)!;
  return Object.assign(new Success(), { backend: backend.id, vendor: backend.vendor }, fields(outcome.value));
}
