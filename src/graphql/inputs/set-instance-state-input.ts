import { MutationInput } from './mutation-input.js';
import { Field, ID, InputType } from 'type-graphql';
import type { InstanceState, ReturnCode } from '../../core/commands.js';
import { InstanceStateEnum, ReturnCodeEnum } from '../enums.js';

@InputType({ description: 'A state merge (CSA: set at least one of state, returnCode, status) or a state action (IBM BPM: state SUSPENDED, ACTIVE or CANCELED).' })
export class SetInstanceStateInput extends MutationInput {
  @Field(() => ID, { description: 'The vendor\'s instance id (CSA: a 32-character hex id; IBM BPM: the piid).' })
  instanceId!: string;

  @Field(() => InstanceStateEnum, { nullable: true, description: 'The state to set, in CSA\'s words (it is what is sent); the result answers it as `ProcessState`.' })
  state?: InstanceState | null;

  @Field(() => ReturnCodeEnum, { nullable: true, description: 'The return code to set (CSA `processReturnCode`).' })
  returnCode?: ReturnCode | null;

  @Field(() => String, { nullable: true, description: 'The status text to set (CSA `status`).' })
  status?: string | null;
}
