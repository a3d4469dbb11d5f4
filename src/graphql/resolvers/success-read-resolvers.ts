import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../gateway-context.js';
import {
  MigrateInstancesSuccess, SetInstanceStateSuccess, UpdateAllVariablesSuccess, UpdateProcessInstanceSuccess, UpdateTaskSuccess,
} from '../results/success-types.js';
import { ProcessInstance } from '../types/process-instance-type.js';
import { Task } from '../types/task-type.js';
import { toProcessInstance, toTask } from '../types/to-graphql-views.js';

/**
 * The changed instance (or task) on each success, read lazily: the vendor is asked only when the
 * client selects the field, after the mutation, through the request's loader (which the mutation
 * cleared). Null when the read fails; query `processInstance` for the reason.
 */
async function readInstance(ctx: GatewayContext, backend: string, id: string): Promise<ProcessInstance | null> {
  const read = await ctx.registry.readInstance(backend, id, ctx.call);
  return read.ok ? toProcessInstance(read.value) : null;
}

/** At most this many instances are read back after a list-mode migration. */
const MAX_INSTANCES_READ = 100;

const INSTANCE = { nullable: true, description: 'The instance as the vendor reports it after the change (read only when selected; null if the read fails).' };

@Resolver(() => UpdateProcessInstanceSuccess)
export class UpdateProcessInstanceSuccessResolver {
  @FieldResolver(() => ProcessInstance, INSTANCE)
  instance(@Root() success: UpdateProcessInstanceSuccess, @Ctx() ctx: GatewayContext) {
    return readInstance(ctx, success.backend, success.instanceId);
  }
}

@Resolver(() => SetInstanceStateSuccess)
export class SetInstanceStateSuccessResolver {
  @FieldResolver(() => ProcessInstance, INSTANCE)
  instance(@Root() success: SetInstanceStateSuccess, @Ctx() ctx: GatewayContext) {
    return readInstance(ctx, success.backend, success.instanceId);
  }
}

@Resolver(() => UpdateAllVariablesSuccess)
export class UpdateAllVariablesSuccessResolver {
  @FieldResolver(() => ProcessInstance, INSTANCE)
  instance(@Root() success: UpdateAllVariablesSuccess, @Ctx() ctx: GatewayContext) {
    return readInstance(ctx, success.backend, success.instanceId);
  }
}

@Resolver(() => MigrateInstancesSuccess)
export class MigrateInstancesSuccessResolver {
  @FieldResolver(() => [ProcessInstance], {
    nullable: true,
    description: `A migration changes many instances, so it has \`instances\` where other successes have \`instance\`: in list mode the first ${MAX_INSTANCES_READ} requested instances as the vendor reports them after the migration (read only when selected; unreadable ones left out). Null in allActive mode.`,
  })
  async instances(@Root() success: MigrateInstancesSuccess, @Ctx() ctx: GatewayContext) {
    if (!success.requestedIds) return null;
    // Reading back 10,000 instances one by one would be a load test of the vendor, not an answer.
    const read = await Promise.all(success.requestedIds.slice(0, MAX_INSTANCES_READ).map((id) => readInstance(ctx, success.backend, id)));
    return read.filter((i): i is ProcessInstance => i !== null);
  }
}

@Resolver(() => UpdateTaskSuccess)
export class UpdateTaskSuccessResolver {
  @FieldResolver(() => Task, { nullable: true, description: 'The task as the vendor reports it after the change (read only when selected; null if the read fails, as for a task an action completed).' })
  async task(@Root() success: UpdateTaskSuccess, @Ctx() ctx: GatewayContext) {
    const read = await ctx.registry.readTask(success.backend, success.serialNumber, ctx.call);
    return read.ok ? toTask(read.value) : null;
  }
}

export const SUCCESS_READ_RESOLVERS = [
  UpdateProcessInstanceSuccessResolver, SetInstanceStateSuccessResolver, UpdateAllVariablesSuccessResolver,
  MigrateInstancesSuccessResolver, UpdateTaskSuccessResolver,
] as const;
