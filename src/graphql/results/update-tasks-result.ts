import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { ERROR_TYPES, type ErrorObject } from '../error-types.js';
import { UpdateTaskResult } from './result-unions.js';
import { Success, type UpdateTaskSuccess } from './success-types.js';
import { VendorRequestPreview } from './vendor-request-preview.js';
import { BulkJobStarted } from '../types/bulk-job-type.js';

@ObjectType({ description: 'The batch ran: one result per item, in input order, each a success or the error that item met.' })
export class UpdateTasksSuccess extends Success {
  @Field(() => [UpdateTaskResult], { description: 'One per input item, in order: UpdateTaskSuccess, or the error object of that item.' })
  items!: (UpdateTaskSuccess | ErrorObject)[];

  @Field(() => Int, { description: 'Items the vendor applied.' })
  succeeded!: number;

  @Field(() => Int, { description: 'Items the vendor refused, or that were never sent.' })
  failed!: number;

  @Field(() => Int, { description: 'Items whose outcome nobody can tell (their call may have been applied): not sent again.' })
  unknown!: number;
}

/** `updateTasks`'s result: the batch's items, a dry run's preview (one request per call), or the error that stopped the whole batch. */
export const UpdateTasksResult = createUnionType({
  name: 'UpdateTasksResult',
  description: 'UpdateTasksSuccess; BulkJobStarted with runAsJob; VendorRequestPreview for a dry run; or one of the error types, when nothing was sent (all implement BpmError).',
  types: () => [UpdateTasksSuccess, BulkJobStarted, VendorRequestPreview, ...ERROR_TYPES] as const,
});
