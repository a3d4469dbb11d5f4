import { Field, InputType } from 'type-graphql';
import type { SortDirection, TaskSortField } from '../../core/list-views.js';
import { SortDirectionEnum, TaskSortFieldEnum } from '../enums.js';

@InputType({ description: 'Which tasks to list (K2); every criterion given must hold.' })
export class TaskFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the folio, in any case (K2 `ProcessFolio Like`).' })
  folioContains?: string | null;

  @Field(() => String, { nullable: true, description: 'The process\'s full name, exactly (K2 `ProcessFullName`, e.g. `K2 Examples\\\\Order Process`).' })
  processFullName?: string | null;

  @Field(() => String, { nullable: true, description: "The vendor's status word, exactly (K2: Available, Open, Sleeping)." })
  status?: string | null;
}

@InputType({ description: 'How to order a task list.' })
export class TaskSortInput {
  @Field(() => TaskSortFieldEnum, { description: 'What to order by.' })
  field!: TaskSortField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC', description: 'Ascending (the default) or descending.' })
  direction!: SortDirection;
}
