import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { Operation } from '../core/operation.js';
import type { Vendor } from '../core/vendor.js';
import { OperationEnum, VendorEnum } from './enums.js';

@InterfaceType({ description: 'Every error returned as data implements this: `... on BpmError { message }` handles all.' })
export abstract class BpmError {
  @Field(() => String, { description: 'What went wrong, in words for a person; the vendor\'s own text where it gave one (credentials masked).' })
  message!: string;

  @Field(() => ID, { nullable: true, description: 'The backend the call went to; null when no backend was reached.' })
  backend!: string | null;

  @Field(() => Int, { nullable: true, description: "The vendor's HTTP status, when it answered." })
  vendorStatus!: number | null;

  @Field(() => String, { nullable: true, description: "The vendor's own error code, e.g. CWTBG0059E." })
  vendorCode!: string | null;
}

@ObjectType({ implements: BpmError, description: 'The input is wrong for this vendor; nothing was sent.' })
export class ValidationError extends BpmError {
  @Field(() => String, { nullable: true, description: 'The input field, as written in the input (e.g. `action.name`, `dataFields[2].value`).' })
  field!: string | null;
}

@ObjectType({ implements: BpmError, description: 'No backend with that id is configured.' })
export class UnknownBackendError extends BpmError {}

@ObjectType({ implements: BpmError, description: 'The vendor has no such operation.' })
export class UnsupportedOperationError extends BpmError {
  @Field(() => OperationEnum, { description: 'The operation that was asked for.' })
  operation!: Operation;

  @Field(() => VendorEnum, { description: 'The vendor that lacks it.' })
  vendor!: Vendor;
}

@ObjectType({ implements: BpmError, description: 'The instance or task does not exist.' })
export class NotFoundError extends BpmError {}

@ObjectType({ implements: BpmError, description: "The vendor refused the gateway's credentials (401)." })
export class AuthenticationError extends BpmError {}

@ObjectType({ implements: BpmError, description: 'Authenticated, but not allowed (403; non-admin).' })
export class PermissionDeniedError extends BpmError {}

@ObjectType({ implements: BpmError, description: "The instance's state forbids the change." })
export class InvalidStateTransitionError extends BpmError {
  @Field(() => String, { nullable: true, description: 'The state the vendor says the instance is in, in the vendor\'s word, where known.' })
  currentState!: string | null;

  @Field(() => String, { nullable: true, description: 'The state that was asked for, where the call asked for one.' })
  requestedState!: string | null;
}

@ObjectType({ implements: BpmError, description: "The vendor refused the request as malformed or not applicable (400, K2's 202-not-updated)." })
export class VendorRejectedError extends BpmError {}

@ObjectType({ implements: BpmError, description: 'Connection refused or reset, timeout, 502/503/504.' })
export class BackendUnavailableError extends BpmError {
  @Field(() => Boolean, { description: 'Whether repeating the same call is safe (false when a non-repeatable call may have been applied).' })
  retryable!: boolean;
}

@ObjectType({ implements: BpmError, description: 'Any other failure the vendor reported.' })
export class BackendError extends BpmError {}

/** Every error type, in the order each result union lists them. */
export const ERROR_TYPES = [
  ValidationError, UnknownBackendError, UnsupportedOperationError, NotFoundError, AuthenticationError,
  PermissionDeniedError, InvalidStateTransitionError, VendorRejectedError, BackendUnavailableError, BackendError,
] as const;
export type ErrorObject = InstanceType<(typeof ERROR_TYPES)[number]>;
