import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { ProcessState, VariableType } from '../../core/read-views.js';
import type { Vendor } from '../../core/vendor.js';
import { ProcessStateEnum, VariableTypeEnum, VendorEnum } from '../enums.js';
import { Node } from './node-interface.js';

@ObjectType({ description: 'A process variable, data field, XML field or property, with its type.' })
export class Variable {
  @Field(() => String, { description: 'The variable\'s name.' })
  name!: string;

  @Field(() => VariableTypeEnum, { description: 'What kind of value it holds.' })
  type!: VariableType;

  @Field(() => JSONResolver, { nullable: true, description: 'The value as JSON: text, number, boolean, null, object or list.' })
  value!: unknown;

  @Field(() => String, { nullable: true, description: 'Where below the process it lives (an IBM subprocess activity id); null at top level.' })
  scope!: string | null;
}

@ObjectType({ description: 'A node of an instance\'s execution tree (IBM): the process and its subprocess and linked-process activities, read from the same GET as the instance.' })
export class ExecutionNode {
  @Field(() => String, { nullable: true, description: "The activity's flowObjectId: what `VariableContextInput.activityId` takes. Null for the process itself." })
  flowObjectId!: string | null;

  @Field(() => String, { nullable: true, description: "The node's name." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "The vendor's kind of node (IBM: subprocess, linkedProcess), where it says." })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: "The node's state in the vendor's own word, where it says." })
  state!: string | null;

  @Field(() => String, { nullable: true, description: 'The process the node runs (`25.…`): what `VariableContextInput.processId` takes for the activity.' })
  processId!: string | null;

  @Field(() => [ExecutionNode], { description: 'The nodes below this one.' })
  children!: ExecutionNode[];
}

@Directive('@key(fields: "id")')
@Directive('@key(fields: "backend instanceId")')
@ObjectType({ implements: Node, description: 'A process instance, read from its vendor, in the same words for every vendor.' })
export class ProcessInstance extends Node {
  @Field(() => ID, { description: "The vendor's own instance id (K2 `8`, an IBM piid, a CSA or ELMA365 uuid): unique only within its backend. What `processInstance(backend:, id:)` and mutation inputs take." })
  instanceId!: string;

  @Field(() => ID, { description: 'The configured backend the instance lives on.' })
  backend!: string;

  @Field(() => VendorEnum, { description: 'The process engine the instance lives in.' })
  vendor!: Vendor;

  @Field(() => ProcessStateEnum, { description: 'The state in the gateway\'s words, the same for every vendor; `vendorState` has the vendor\'s own.' })
  state!: ProcessState;

  @Field(() => String, { nullable: true, description: "The vendor's own word for the state (K2 Active, CSA COMPLETED, IBM Suspended, ELMA365 wait)." })
  vendorState!: string | null;

  @Field(() => String, { nullable: true, description: 'The process\'s (or instance\'s) name as the vendor reports it.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'The instance\'s folio (K2), where the vendor has one.' })
  folio!: string | null;

  @Field(() => Int, { nullable: true, description: 'The instance\'s priority, where the vendor has one (K2).' })
  priority!: number | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the instance started (ELMA365: when it was created), where the vendor says.' })
  startedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The process version the instance runs on, where the vendor says (ELMA365).' })
  version!: number | null;

  @Field(() => [Variable], { description: 'The instance\'s variables (K2 data and XML fields, CSA properties, IBM and ELMA365 variables), typed.' })
  variables!: Variable[];

  @Field(() => [ExecutionNode], {
    nullable: true,
    description: 'The execution tree (IBM): the process and its subprocess and linked-process activities, with the flowObjectId and processId an updateAllVariables context needs. Null for vendors without one.',
  })
  executionTree!: ExecutionNode[] | null;
}
