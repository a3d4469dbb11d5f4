import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ReturnCode } from '../../core/commands.js';
import type { ProcessState } from '../../core/read-views.js';
import type { Vendor } from '../../core/vendor.js';
import { ProcessStateEnum, ReturnCodeEnum, VendorEnum } from '../enums.js';

@ObjectType({ description: 'A data field as the vendor reported it.' })
export class DataField {
  @Field(() => String, { description: 'The data field\'s name.' })
  name!: string;

  @Field(() => String, { description: 'Its value, as text.' })
  value!: string;
}

@ObjectType({ description: 'A process instance property as the vendor reported it (CSA).' })
export class InstanceProperty {
  @Field(() => String, { description: 'The property\'s name.' })
  name!: string;

  @Field(() => String, { description: 'The vendor value type, e.g. STRING, INTEGER, BOOLEAN, LIST.' })
  type!: string;

  @Field(() => [String], { description: 'Its values, as text, in the vendor\'s order.' })
  values!: string[];
}

/** Fields every success carries; unreferenced, so type-graphql 2 does not emit it as a type. */
@ObjectType()
export abstract class Success {
  @Field(() => ID, { description: 'The backend that applied the change.' })
  backend!: string;

  @Field(() => VendorEnum, { description: 'The process engine behind it.' })
  vendor!: Vendor;
}

@ObjectType({ description: 'The vendor applied (or, see `confirmed`, accepted) the instance update.' })
export class UpdateProcessInstanceSuccess extends Success {
  @Field(() => ID, { description: 'The vendor\'s id of the changed instance.' })
  instanceId!: string;

  @Field(() => [DataField], { nullable: true, description: "The instance's data fields when the vendor sent them back (K2 does with piDataField)." })
  dataFields!: DataField[] | null;

  @Field(() => ProcessStateEnum, { nullable: true, description: "The instance's state after the change, when the vendor answers with the instance (CSA), in the same words as `ProcessInstance.state`." })
  state!: ProcessState | null;

  @Field(() => String, { nullable: true, description: "The vendor's own word for that state (CSA: ACTIVE, PENDING, ...), as `ProcessInstance.vendorState`." })
  vendorState!: string | null;

  @Field(() => ReturnCodeEnum, { nullable: true, description: "The instance's return code after the change (CSA)." })
  returnCode!: ReturnCode | null;

  @Field(() => String, { nullable: true, description: "The instance's status text after the change (CSA)." })
  status!: string | null;

  @Field(() => [InstanceProperty], { nullable: true, description: "The instance's properties after the change (CSA)." })
  properties!: InstanceProperty[] | null;

  @Field(() => Boolean, { description: 'True when the vendor confirmed the update; false when it only accepted it, to apply later (K2 answering 202 Accepted): `instance` may not show it yet.' })
  confirmed!: boolean;
}

@ObjectType({ description: 'The vendor applied the task update.' })
export class UpdateTaskSuccess extends Success {
  @Field(() => String, { description: 'The serial number of the task that was acted on.' })
  serialNumber!: string;

  @Field(() => String, { description: 'The action exactly as the vendor received it, e.g. `a:Approve`, `s:3600`.' })
  vendorAction!: string;
}

@ObjectType({ description: 'The vendor applied the state change.' })
export class SetInstanceStateSuccess extends Success {
  @Field(() => ID, { description: 'The vendor\'s id of the changed instance.' })
  instanceId!: string;

  @Field(() => ProcessStateEnum, { nullable: true, description: "The instance's state after the change, when the vendor answers with the instance (CSA), in the same words as `ProcessInstance.state`." })
  state!: ProcessState | null;

  @Field(() => String, { nullable: true, description: "The vendor's own word for that state (CSA: ACTIVE, PENDING, ...), as `ProcessInstance.vendorState`." })
  vendorState!: string | null;

  @Field(() => ReturnCodeEnum, { nullable: true, description: "The instance's return code after the change (CSA)." })
  returnCode!: ReturnCode | null;

  @Field(() => String, { nullable: true, description: "The instance's status text after the change (CSA)." })
  status!: string | null;

  @Field(() => [InstanceProperty], { nullable: true, description: "The instance's properties after the change (CSA)." })
  properties!: InstanceProperty[] | null;
}

@ObjectType({ description: 'The vendor applied the variable update.' })
export class UpdateAllVariablesSuccess extends Success {
  @Field(() => ID, { description: 'The vendor\'s id of the changed instance.' })
  instanceId!: string;

  @Field(() => String, { nullable: true, description: "The vendor's own confirmation message. (Not `message`: that name is BpmError's `String!`, and one union cannot select both.)" })
  vendorMessage!: string | null;
}

@ObjectType({ description: 'A listed instance that a migration did not move.' })
export class NotMovedInstance {
  @Field(() => ID, { description: "The vendor's instance id." })
  instanceId!: string;

  @Field(() => String, { nullable: true, description: "The instance's state in the vendor's own word (ELMA365: exec, wait, done, error, cancel), when it was read." })
  vendorState!: string | null;
}

@ObjectType({ description: 'The vendor accepted the migration: what was asked, and what the vendor said it did.' })
export class MigrateInstancesSuccess extends Success {
  @Field(() => String, { description: 'The workspace code the migration ran in.' })
  namespace!: string;

  @Field(() => String, { description: 'The process whose instances were moved.' })
  processCode!: string;

  @Field(() => Boolean, { description: 'Whether every active instance was asked for (else the listed ones).' })
  allActive!: boolean;

  @Field(() => [ID], { nullable: true, description: 'The ids the gateway asked to migrate; null in allActive mode.' })
  requestedIds!: string[] | null;

  @Field(() => [ID], { description: 'The ids left out of an allActive migration.' })
  excludedIds!: string[];

  @Field(() => Int, { nullable: true, description: "How many instances the vendor says it moved; null when its answer does not say. Only Pending instances move." })
  updatedCount!: number | null;

  @Field(() => [ID], { nullable: true, description: 'Which instances the vendor says it moved; null when its answer does not say.' })
  updatedIds!: string[] | null;

  @Field(() => [NotMovedInstance], {
    nullable: true,
    description: 'List mode: the listed instances that did not move (ELMA365 moves only Pending ones), from the vendor\'s answer or a read of the instances afterwards, each with its state where known. Null when neither tells (allActive mode; or no ids in the answer and more than 100 listed). An instance is never reported as moved unless the vendor said so (`updatedIds`).',
  })
  notMoved!: NotMovedInstance[] | null;

  @Field(() => [ID], { nullable: true, description: 'The ids of `notMoved`.' })
  notMovedIds!: string[] | null;
}
