import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { ERROR_TYPES, type ErrorObject } from '../error-types.js';
import { SetInstanceStateResult } from './result-unions.js';
import { Success, type SetInstanceStateSuccess } from './success-types.js';
import { VendorRequestPreview } from './vendor-request-preview.js';

@ObjectType({ description: 'The bulk change ran: one result per instance, in input order, each a success or the error that instance met.' })
export class SetInstanceStatesSuccess extends Success {
  @Field(() => [SetInstanceStateResult], { description: 'One per input id, in order: SetInstanceStateSuccess, or the error object of that instance.' })
  items!: (SetInstanceStateSuccess | ErrorObject)[];

  @Field(() => Int, { description: 'Instances the vendor changed.' })
  succeeded!: number;

  @Field(() => Int, { description: 'Instances the vendor refused, or that were never sent.' })
  failed!: number;

  @Field(() => Int, { description: 'Instances whose outcome nobody can tell (their call may have been applied): not sent again.' })
  unknown!: number;
}

/** `setInstanceStates`'s result: the instances' results, a dry run's preview (one request per call), or the error that stopped the whole change. */
export const SetInstanceStatesResult = createUnionType({
  name: 'SetInstanceStatesResult',
  description: 'SetInstanceStatesSuccess; VendorRequestPreview for a dry run; or one of the error types, when nothing was sent (all implement BpmError).',
  types: () => [SetInstanceStatesSuccess, VendorRequestPreview, ...ERROR_TYPES] as const,
});
