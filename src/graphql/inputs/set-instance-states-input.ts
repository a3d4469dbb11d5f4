import { Field, ID, InputType } from 'type-graphql';
import type { InstanceState } from '../../core/commands.js';
import { InstanceStateEnum } from '../enums.js';
import { MutationInput } from './mutation-input.js';

@InputType({ description: 'One state for many instances (IBM BPM: SUSPENDED, ACTIVE or CANCELED), in process/bulk calls of up to 200 ids, one result per instance.' })
export class SetInstanceStatesInput extends MutationInput {
  @Field(() => [ID], { description: 'The vendor\'s instance ids (IBM BPM: piids), each at most once; the results come in this order. At most 10,000.' })
  instanceIds!: string[];

  @Field(() => InstanceStateEnum, { description: 'The state every instance is to have; ACTIVE resumes a suspended instance and retries a failed one.' })
  state!: InstanceState;
}
