import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { Vendor } from '../../core/vendor.js';
import { VendorEnum } from '../enums.js';
import { Node } from './node-interface.js';
import { Variable } from './process-instance-type.js';

@ObjectType({ description: 'An action a task offers.' })
export class TaskAction {
  @Field(() => String, { description: 'The action\'s name, as `updateTask` takes it (`action: {kind: ACTION, name}`).' })
  name!: string;

  @Field(() => Boolean, { description: 'Whether the action may be taken through updateTask (K2: only batchable actions).' })
  batchable!: boolean;
}

@Directive('@key(fields: "id")')
@Directive('@key(fields: "backend serialNumber")')
@ObjectType({ implements: Node, description: 'A task (K2 worklist item).' })
export class Task extends Node {
  @Field(() => String, { description: "The vendor's own id of the task (K2: `<process instance id>_<activity destination id>`): unique only within its backend. What `task(backend:, serialNumber:)` and `updateTask` take." })
  serialNumber!: string;

  @Field(() => ID, { description: 'The configured backend the task lives on.' })
  backend!: string;

  @Field(() => VendorEnum, { description: 'The process engine the task lives in.' })
  vendor!: Vendor;

  @Field(() => String, { description: "The vendor's status word (K2: Available, Open, Sleeping, ...)." })
  status!: string;

  /** Resolved by TaskInstanceResolver (a list's answer may lack it). */
  allocatedUser!: string | null;

  @Field(() => Int, { nullable: true, description: 'The task\'s priority, where the vendor says.' })
  priority!: number | null;

  @Field(() => ID, { nullable: true, description: 'The vendor\'s id of the task\'s process instance (`processInstance` reads it).' })
  processInstanceId!: string | null;

  @Field(() => String, { nullable: true, description: 'The folio of the task\'s process instance.' })
  folio!: string | null;

  @Field(() => [TaskAction], { description: 'The actions the task offers, and whether each may be taken through updateTask.' })
  actions!: TaskAction[];

  /** Resolved by TaskInstanceResolver (a list's answer may lack them). */
  activityVariables!: Variable[];

  /** What a list's answer lacked, if the task came from one (not in the schema). */
  incomplete?: { allocatedUser: boolean; activityVariables: boolean };
}
