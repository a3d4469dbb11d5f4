import { MutationInput } from './mutation-input.js';
import { Field, ID, InputType } from 'type-graphql';
import type { InstanceState, ReturnCode } from '../../core/commands.js';
import { InstanceStateEnum, ReturnCodeEnum } from '../enums.js';

@InputType({ description: 'A state merge (CSA); set at least one of state, returnCode, status.' })
export class SetInstanceStateInput extends MutationInput {
  @Field(() => ID)
  instanceId!: string;

  @Field(() => InstanceStateEnum, { nullable: true })
  state?: InstanceState | null;

  @Field(() => ReturnCodeEnum, { nullable: true })
  returnCode?: ReturnCode | null;

  @Field(() => String, { nullable: true })
  status?: string | null;
}
