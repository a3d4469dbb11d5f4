import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../gateway-context.js';
import { ProcessInstance } from '../types/process-instance-type.js';
import { Task } from '../types/task-type.js';
import { toProcessInstance } from '../types/to-graphql-views.js';

/** A task's process instance, read only when selected, through the request's loader. */
@Resolver(() => Task)
export class TaskInstanceResolver {
  @FieldResolver(() => ProcessInstance, { nullable: true, description: "The task's process instance, read from the vendor when selected; null when the task names none or the read fails (query `processInstance` for the reason)." })
  async processInstance(@Root() task: Task, @Ctx() ctx: GatewayContext): Promise<ProcessInstance | null> {
    if (task.processInstanceId === null) return null;
    const read = await ctx.registry.readInstance(task.backend, task.processInstanceId, ctx.call);
    return read.ok ? toProcessInstance(read.value) : null;
  }
}
