import type { GraphQLError } from 'graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Outcome } from '../../core/outcome.js';
import type { TaskView, VariableView } from '../../core/read-views.js';
import { failureToGraphqlError } from '../failure-to-graphql-error.js';
import type { GatewayContext } from '../gateway-context.js';
import { ProcessInstance, Variable } from '../types/process-instance-type.js';
import { Task } from '../types/task-type.js';
import { toProcessInstance } from '../types/to-graphql-views.js';

/**
 * A task's fields that may need a read of their own: its process instance, and what a list's
 * answer lacked (`TaskView.incomplete`), through the request's loaders so that a page of 20 tasks
 * is at most 20 reads, made only when the client selects them.
 */
@Resolver(() => Task)
export class TaskInstanceResolver {
  @FieldResolver(() => ProcessInstance, { nullable: true, description: "The task's process instance, read from the vendor when selected; null when the task names none or the read fails (query `processInstance` for the reason)." })
  async processInstance(@Root() task: Task, @Ctx() ctx: GatewayContext): Promise<ProcessInstance | null> {
    if (task.processInstanceId === null) return null;
    const read = await ctx.registry.readInstance(task.backend, task.processInstanceId, ctx.call);
    return read.ok ? toProcessInstance(read.value) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who the task is allocated to (K2: a fully qualified name such as `K2:ACME\\\\alice`); null when nobody.' })
  async allocatedUser(@Root() task: Task, @Ctx() ctx: GatewayContext): Promise<string | null | GraphQLError> {
    if (!task.incomplete?.allocatedUser) return task.allocatedUser;
    // A failed read is an error at the field's path: null would say "nobody", which is not known.
    const read = await complete(task, ctx);
    return read.ok ? read.value.allocatedUser : failureToGraphqlError(read.failure);
  }

  @FieldResolver(() => [Variable], {
    nullable: true,
    description: "The activity's data fields. Null only with an error beside it, when a listed task's own read (which fills them) failed.",
  })
  async activityVariables(@Root() task: Task, @Ctx() ctx: GatewayContext): Promise<VariableView[] | GraphQLError> {
    if (!task.incomplete?.activityVariables) return task.activityVariables;
    // Nullable, so that one task's failed read stays at its own path instead of nulling the page.
    const read = await complete(task, ctx);
    return read.ok ? read.value.activityVariables : failureToGraphqlError(read.failure);
  }
}

/** The task as its own read reports it, through the request's loader. */
function complete(task: Task, ctx: GatewayContext): Promise<Outcome<TaskView>> {
  return ctx.registry.readTask(task.backend, task.serialNumber, ctx.call);
}
