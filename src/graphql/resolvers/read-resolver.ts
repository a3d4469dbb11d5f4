import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ErrorObject } from '../error-types.js';
import { failureToGraphql } from '../failure-to-graphql.js';
import type { GatewayContext } from '../gateway-context.js';
import { ProcessInstanceResult, TaskResult } from '../results/result-unions.js';
import type { ProcessInstance } from '../types/process-instance-type.js';
import type { Task } from '../types/task-type.js';
import { toProcessInstance, toTask } from '../types/to-graphql-views.js';

/** The reads: one instance or task, through this request's loader for its backend. */
@Resolver()
export class ReadResolver {
  @Query(() => ProcessInstanceResult, { description: 'A process instance as its vendor reports it now, by backend and vendor id (`node(id:)` takes the global id).' })
  async processInstance(
    @Arg('backend', () => ID, { description: 'A configured backend id (`backends { id }`).' }) backend: string,
    @Arg('id', () => ID, { description: "The vendor's own instance id (`ProcessInstance.instanceId`), not the global `ProcessInstance.id`." }) id: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProcessInstance | ErrorObject> {
    const read = await ctx.registry.readInstance(backend, id, ctx.call, true);
    return read.ok ? toProcessInstance(read.value) : failureToGraphql(read.failure);
  }

  @Query(() => TaskResult, { description: 'A task (K2 worklist item) as its vendor reports it now, by backend and serial number (`node(id:)` takes the global id).' })
  async task(
    @Arg('backend', () => ID, { description: 'A configured backend id (`backends { id }`).' }) backend: string,
    @Arg('serialNumber', () => String, { description: "The task's serial number (`Task.serialNumber`), not the global `Task.id`." }) serialNumber: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<Task | ErrorObject> {
    const read = await ctx.registry.readTask(backend, serialNumber, ctx.call, true);
    return read.ok ? toTask(read.value) : failureToGraphql(read.failure);
  }
}
