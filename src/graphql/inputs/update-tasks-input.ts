import { Field, InputType } from 'type-graphql';
import { MutationInput } from './mutation-input.js';
import { UpdateTaskItemInput } from './update-task-input.js';

@InputType({ description: 'Many K2 task updates at once: sent in UpdateTasks calls of `updateTasksChunkSize` items, one result per item.' })
export class UpdateTasksInput extends MutationInput {
  @Field(() => [UpdateTaskItemInput], { description: 'The tasks, each at most once; the results come in this order. At most 10,000.' })
  items!: UpdateTaskItemInput[];
}
