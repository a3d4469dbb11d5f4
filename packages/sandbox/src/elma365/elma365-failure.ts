import { EmulatorFailure, type ServerFailureCode } from '../shared/emulator-failure.js';

/**
 * Why the emulator refuses a request. ELMA365's error body carries only a message
 * (`{"success": false, "error": "<message>"}`, FACTS.md section 4, [C-3p]), so these codes never
 * reach the wire: they name the refusal inside the emulator.
 */
export type ElmaFailureCode =
  | 'Unauthorized' // no Bearer token, or one the emulator does not know
  | 'Forbidden' // a bulk update by a token whose user is not an administrator
  | 'ProcessNotFound' // no process template with that namespace/code
  | 'InstanceNotFound' // no process instance with that id
  | 'InvalidRequest' // a body or id the documented request model does not allow
  | 'UnsupportedMediaType' // a body that is not declared as JSON
  | 'EndpointNotFound' // unknown path
  | 'MethodNotAllowed' // known path, wrong method
  | ServerFailureCode; // body over the size limit, a bug in the emulator

/** The /version document's own texts for its 400, 403 and 404. */
export const INVALID_REQUEST_MESSAGE = 'Invalid request parameters';
export const FORBIDDEN_MESSAGE = 'Only a system administrator can perform bulk update of process instances';
export const PROCESS_NOT_FOUND_MESSAGE = 'Process not found';

/** Thrown inside the emulator; the server writes it as ELMA365's error body. */
export class ElmaFailure extends EmulatorFailure<ElmaFailureCode> {
  override name = 'ElmaFailure';
}

/** The most common refusal: 400 with the document's text. */
export function invalidRequest(): ElmaFailure {
  return new ElmaFailure(400, 'InvalidRequest', INVALID_REQUEST_MESSAGE);
}
