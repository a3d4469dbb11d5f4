import type { BpmFailure, FailureOf } from './bpm-failure.js';
import type { Operation } from './operation.js';
import type { Vendor } from './vendor.js';

/** Bad input, caught before anything was sent. `field` is the input path as the client wrote it. */
export const invalidInput = (field: string | null, message: string): FailureOf<'validation'> => ({
  kind: 'validation',
  field,
  message: field ? `${field}: ${message}` : message,
});

/** No `backend` on the failure: DESIGN.md keeps it for backends that were reached; the message names it. */
export const unsupportedOperation = (backend: string, vendor: Vendor, operation: Operation): BpmFailure => ({
  kind: 'unsupported-operation',
  vendor,
  operation,
  message: `backend '${backend}' (${vendor}) has no ${operation} call: the vendor does not offer this operation`,
});

/** A request this vendor has no call for, refused before sending: the message says what of the input it cannot express. */
export const unsupportedRequest = (vendor: Vendor, operation: Operation, message: string): FailureOf<'unsupported-operation'> => ({
  kind: 'unsupported-operation',
  vendor,
  operation,
  message,
});

export const unknownBackend = (backend: string, known: readonly string[]): BpmFailure => ({
  kind: 'unknown-backend',
  message: `no backend '${backend}' is configured (configured: ${known.join(', ') || 'none'})`,
});

/**
 * A 2xx whose body the gateway could not read. For a write the vendor said yes, so the change may
 * well have been applied: the message says so, and the status is kept.
 */
export const unreadableAnswer = (backend: string, vendor: string, status: number, problem: string, afterWrite: boolean): BpmFailure => ({
  kind: 'backend-error',
  backend,
  vendorStatus: status,
  message: `${vendor} answered ${status} but the body could not be read (${problem})${afterWrite ? '; the change may have been applied' : ''}`,
});

/** The caller's roles do not allow this operation on this backend; nothing was sent. */
export const notAllowed = (backend: string, operation: Operation, callerId: string): BpmFailure => ({
  kind: 'permission-denied',
  message: `caller '${callerId}' may not run ${operation} on backend '${backend}'`,
});
