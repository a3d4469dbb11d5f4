import { JSONObjectResolver } from 'graphql-scalars';
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
export class UpdateAllVariablesInput {
  @Field(() => ID)
  backend!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Makes a retry safe: the same id with the same input, within the idempotency window, answers the first answer without calling the vendor again.',
  })
  clientMutationId?: string | null;

  @Field(() => ID)
  instanceId!: string;

  @Field(() => JSONObjectResolver)
  variables!: Record<string, unknown>;

  @Field(() => [VariableContextInput], { nullable: true })
  contexts?: VariableContextInput[] | null;

  @Field(() => String, { nullable: true })
  serverId?: string | null;
}
