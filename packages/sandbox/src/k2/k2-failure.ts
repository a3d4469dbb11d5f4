import { EmulatorFailure, type ServerFailureCode } from '../shared/emulator-failure.js';

/**
 * A K2 "Failure": the HTTP status and code the emulator answers when it refuses a request.
 *
 * Guess: K2 names "Failure" as a return type but never shows its shape or the statuses it comes
 * with (FACTS.md, Errors). Every code and status below is the emulator's choice.
 */
export type K2FailureCode =
  | 'InvalidRequest' // malformed XML, missing/wrong namespace, missing or non-integer ID/Priority, bad Action, malformed serial
  | 'ProcessInstanceNotFound' // no process instance with that ID
  | 'WorklistItemNotFound' // no task with that serial number, or it is already completed
  | 'DataFieldNotFound' // a data/XML field the process (or activity) does not have
  | 'ActionNotFound' // a:Name where the task has no action Name
  | 'ActionNotBatchable' // a:Name where Name is not configured for batch processing
  | 'UserNotFound' // r:/d: to a user the emulator does not know
  | 'InvalidWorklistItemState' // sleeping/not sleeping conflicts
  | 'AccessDenied' // authenticated but not allowed to update
  | 'EndpointNotFound' // unknown path
  | 'MethodNotAllowed' // known path, wrong method
  | ServerFailureCode; // body over the size limit, a bug in the emulator

/**
 * Thrown inside the emulator: a Failure is the HTTP answer itself, so validation code throws it
 * and the router writes it. Nothing outside src/sandbox/k2 sees this class.
 */
export class K2Failure extends EmulatorFailure<K2FailureCode> {
  override name = 'K2Failure';
}

/** Shorthand for the most common refusal: 400 InvalidRequest. */
export function invalidRequest(message: string): K2Failure {
  return new K2Failure(400, 'InvalidRequest', message);
}
