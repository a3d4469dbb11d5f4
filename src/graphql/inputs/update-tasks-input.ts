import { Field, InputType } from 'type-graphql';
import { MutationInput } from './mutation-input.js';
import { UpdateTaskItemInput } from './update-task-input.js';

@InputType({ description: 'Many K2 task updates at once: sent in UpdateTasks calls of `updateTasksChunkSize` items, one result per item.' })
export class UpdateTasksInput extends MutationInput {
  @Field(() => [UpdateTaskItemInput], { description: 'The tasks, each at most once; the results come in this order. At most 10,000 without runAsJob.' })
  items!: UpdateTaskItemInput[];

  @Field(() => Boolean, { nullable: true, description: 'Run as a durable bulk job (answers BulkJobStarted; follow it with jobProgress): for more than 10,000 items, or to not wait.' })
  runAsJob?: boolean | null;
}
