import { Field, Int, ObjectType } from 'type-graphql';
import { ProcessInstance } from './process-instance-type.js';
import { Task } from './task-type.js';

@ObjectType({ description: 'Where a page of a connection ends (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether the vendor has items after this page: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "The last edge's cursor; null on an empty page." })
  endCursor!: string | null;
}

@ObjectType({ description: 'A task in a list, with the cursor of its place.' })
export class TaskEdge {
  @Field(() => String, { description: 'Pass as `after` to get the items after this one.' })
  cursor!: string;

  @Field(() => Task, { description: 'The task.' })
  node!: Task;
}

@ObjectType({ description: 'A page of tasks (K2 worklist items), as a Relay connection.' })
export class TaskConnection {
  @Field(() => [TaskEdge], { description: 'The tasks of this page, in the order asked for.' })
  edges!: TaskEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: 'How many tasks match the filter in all, where the vendor says.' })
  totalCount!: number | null;
}

@ObjectType({ description: 'A process instance in a list, with the cursor of its place.' })
export class ProcessInstanceEdge {
  @Field(() => String, { description: 'Pass as `after` to get the items after this one.' })
  cursor!: string;

  @Field(() => ProcessInstance, { description: 'The process instance.' })
  node!: ProcessInstance;
}

@ObjectType({ description: 'A page of process instances (ELMA365), as a Relay connection.' })
export class ProcessInstanceConnection {
  @Field(() => [ProcessInstanceEdge], { description: 'The instances of this page, newest first.' })
  edges!: ProcessInstanceEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: 'How many instances the list holds in all, where the vendor says.' })
  totalCount!: number | null;
}
