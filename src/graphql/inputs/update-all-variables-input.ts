import { JSONObjectResolver } from 'graphql-scalars';
import { MutationInput } from './mutation-input.js';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which subprocess or linked-process activity the named variables belong to (IBM).' })
export class VariableContextInput {
  @Field(() => String)
  activityId!: string;

  @Field(() => String)
  processId!: string;

  @Field(() => [String])
  variables!: string[];
}

@InputType({ description: 'A bulk variable update (IBM BPM / BAW allVariables).' })
export class UpdateAllVariablesInput extends MutationInput {
  @Field(() => ID)
  instanceId!: string;

  @Field(() => JSONObjectResolver)
  variables!: Record<string, unknown>;

  @Field(() => [VariableContextInput], { nullable: true })
  contexts?: VariableContextInput[] | null;

  @Field(() => String, { nullable: true })
  serverId?: string | null;
}
