import type { BpmFailure } from '../core/bpm-failure.js';
import {
  AuthenticationError, BackendError, BackendUnavailableError, InvalidStateTransitionError, NotFoundError,
  PermissionDeniedError, UnknownBackendError, UnsupportedOperationError, ValidationError, VendorRejectedError,
  type BpmError, type ErrorObject,
} from './error-types.js';

/** The one place a failure value becomes a GraphQL error object. */
export function failureToGraphql(failure: BpmFailure): ErrorObject {
  switch (failure.kind) {
    case 'validation':
      return Object.assign(base(new ValidationError(), failure), { field: failure.field });
    case 'unknown-backend':
      return base(new UnknownBackendError(), failure);
    case 'unsupported-operation':
      return Object.assign(base(new UnsupportedOperationError(), failure), { operation: failure.operation, vendor: failure.vendor });
    case 'not-found':
      return base(new NotFoundError(), failure);
    case 'authentication':
      return base(new AuthenticationError(), failure);
    case 'permission-denied':
      return base(new PermissionDeniedError(), failure);
    case 'invalid-state-transition':
      return Object.assign(base(new InvalidStateTransitionError(), failure), {
        currentState: failure.currentState,
        requestedState: failure.requestedState,
      });
    case 'vendor-rejected':
      return base(new VendorRejectedError(), failure);
    case 'backend-unavailable':
      return Object.assign(base(new BackendUnavailableError(), failure), { retryable: failure.retryable });
    case 'backend-error':
      return base(new BackendError(), failure);
  }
}

function base<T extends BpmError>(target: T, failure: BpmFailure): T {
  target.message = failure.message;
  target.backend = failure.backend ?? null;
  target.vendorStatus = failure.vendorStatus ?? null;
  target.vendorCode = failure.vendorCode ?? null;
  return target;
}
