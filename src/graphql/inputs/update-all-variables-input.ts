import { JSONObjectResolver } from 'graphql-scalars';
import { MutationInput } from './mutation-input.js';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which subprocess or linked-process activity the named variables belong to (IBM).' })
export class VariableContextInput {
  @Field(() => String, { description: 'The subprocess activity\'s flowObjectId (`ExecutionNode.flowObjectId`).' })
  activityId!: string;

  @Field(() => String, { description: 'The process the activity runs (`ExecutionNode.processId`), where IBM needs it.' })
  processId!: string;

  @Field(() => [String], { description: 'The variables to set in that context, by name, their values as JSON.' })
  variables!: string[];
}

@InputType({ description: 'A bulk variable update (IBM BPM / BAW allVariables).' })
export class UpdateAllVariablesInput extends MutationInput {
  @Field(() => ID, { description: 'The vendor\'s instance id (IBM: the piid, e.g. 23972).' })
  instanceId!: string;

  @Field(() => JSONObjectResolver, { description: 'The top-level variables to set, by name, their values as JSON.' })
  variables!: Record<string, unknown>;

  @Field(() => [VariableContextInput], { nullable: true, description: 'Where below the process the variables live (subprocess activities): IBM\'s `contexts`.' })
  contexts?: VariableContextInput[] | null;

  @Field(() => String, { nullable: true, description: 'The process server to send it to, where IBM needs one (`serverId`).' })
  serverId?: string | null;
}
