import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { Vendor } from '../../core/vendor.js';
import { VendorEnum } from '../enums.js';
import { Variable } from './process-instance-type.js';

@ObjectType({ description: 'An action a task offers.' })
export class TaskAction {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'Whether the action may be taken through updateTask (K2: only batchable actions).' })
  batchable!: boolean;
}

@Directive('@key(fields: "backend serialNumber")')
@ObjectType({ description: 'A task (K2 worklist item).' })
export class Task {
  @Field(() => String)
  serialNumber!: string;

  @Field(() => ID)
  backend!: string;

  @Field(() => VendorEnum)
  vendor!: Vendor;

  @Field(() => String, { description: "The vendor's status word (K2: Available, Open, Sleeping, ...)." })
  status!: string;

  @Field(() => String, { nullable: true })
  allocatedUser!: string | null;

  @Field(() => Int, { nullable: true })
  priority!: number | null;

  @Field(() => ID, { nullable: true })
  processInstanceId!: string | null;

  @Field(() => String, { nullable: true })
  folio!: string | null;

  @Field(() => [TaskAction])
  actions!: TaskAction[];

  @Field(() => [Variable], { description: "The activity's data fields." })
  activityVariables!: Variable[];
}
