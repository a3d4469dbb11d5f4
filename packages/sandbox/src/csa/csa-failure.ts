import { EmulatorFailure, type ServerFailureCode } from '../shared/emulator-failure.js';

/**
 * A CSA error: the HTTP status and code the emulator answers when it refuses a request.
 *
 * Guess: the CSA error body format is not public (FACTS.md section 2, [?]). Every code below is
 * the emulator's own choice, written as `<error><code/><message/></error>` (csa-response-xml.ts).
 */
export type CsaErrorCode =
  | 'InvalidRequest' // malformed XML, wrong shape, missing userIdentifier, unknown view, id mismatch
  | 'InvalidPropertyValue' // a value that does not fit the property's type, or the wrong number of values
  | 'PropertyReadOnly' // a merge that names a readOnly property
  | 'InvalidStateTransition' // a state change the documented rules refuse
  | 'ProcessInstanceNotFound' // no instance with that id
  | 'UserNotFound' // unknown userIdentifier, or no such person at login
  | 'AccessDenied' // the person is not an admin
  | 'UnsupportedMediaType' // request body not XML
  | 'NotAcceptable' // Accept does not allow XML
  | 'EndpointNotFound' // unknown path
  | 'MethodNotAllowed' // known path, wrong method
  | 'NotImplemented' // a documented endpoint the emulator does not emulate
  | ServerFailureCode; // body over the size limit, a bug in the emulator

/**
 * Thrown inside the emulator: the error is the HTTP answer itself, so validation code throws it
 * and the router writes it. Nothing outside src/sandbox/csa sees this class.
 */
export class CsaFailure extends EmulatorFailure<CsaErrorCode> {
  override name = 'CsaFailure';
}

/** Shorthand for the most common refusal: 400 InvalidRequest. */
export function invalidRequest(message: string): CsaFailure {
  return new CsaFailure(400, 'InvalidRequest', message);
}
