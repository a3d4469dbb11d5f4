import { GraphQLError } from 'graphql';
import type { BpmFailure } from '../core/bpm-failure.js';
import { ERROR_TYPE_NAMES } from '../core/result-names.js';

/**
 * A failure as a GraphQL error, for the few places the contract has no union to answer it as data:
 * `node`, `nodes` and federation's `_entities` (their types are Node and _Entity). The object is
 * null and the error beside it says why; `extensions.code` is the error type in upper snake case
 * without "Error" (NotFoundError → NOT_FOUND), `extensions.errorType` the type itself, and the
 * vendor's status and code are kept.
 */
export function failureToGraphqlError(failure: BpmFailure): GraphQLError {
  const errorType = ERROR_TYPE_NAMES[failure.kind];
  return new GraphQLError(failure.message, {
    extensions: {
      code: errorCode(errorType),
      errorType,
      backend: failure.backend ?? null,
      vendorStatus: failure.vendorStatus ?? null,
      vendorCode: failure.vendorCode ?? null,
      ...(failure.kind === 'validation' ? { field: failure.field } : {}),
      ...(failure.kind === 'backend-unavailable' ? { retryable: failure.retryable } : {}),
    },
  });
}

/** `NotFoundError` → `NOT_FOUND`, `BackendUnavailableError` → `BACKEND_UNAVAILABLE`. */
export function errorCode(errorType: string): string {
  return errorType.replace(/Error$/, '').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
