import type { BpmFailure } from '../../core/bpm-failure.js';
import { readIbmError } from './ibm-error-envelope.js';

/**
 * An IBM answer that is not success, as a failure, following the allVariables document's status
 * list. The error's `errorNumber` (CWTBG…) is kept as vendorCode and its message as the message;
 * nothing of `programmersDetails` is read.
 */
export function mapIbmError(backend: string, status: number, body: string, mediaType: string): BpmFailure {
  const error = readIbmError(body, mediaType);
  const facts = { backend, vendorStatus: status, ...(error?.errorNumber ? { vendorCode: error.errorNumber } : {}) };
  const said = (fallback: string) => error?.errorMessage ?? fallback;
  switch (status) {
    case 400:
    case 406:
    case 415:
      return { kind: 'vendor-rejected', ...facts, message: said(`IBM BPM refused the request (${status})`) };
    case 401:
      // IBM answers bad credentials with an empty 401.
      return { kind: 'authentication', ...facts, message: said("IBM BPM refused the gateway's credentials (401)") };
    case 403:
      return { kind: 'permission-denied', ...facts, message: said('only IBM BPM admin users may update all variables (403)') };
    case 404:
      return { kind: 'not-found', ...facts, message: said('IBM BPM has no such process instance (404)') };
    case 409:
      return {
        kind: 'invalid-state-transition',
        ...facts,
        currentState: stateInMessage(error?.errorMessage, error?.errorMessageParameters),
        requestedState: null,
        message: said('the instance is not Active, Suspended or Failed, so its variables cannot be updated (409)'),
      };
    case 503:
    case 504:
    case 502:
      // A PUT of allVariables sets values: repeating it is safe.
      return { kind: 'backend-unavailable', ...facts, retryable: true, message: said(`IBM BPM is unavailable (${status})`) };
    default:
      return { kind: 'backend-error', ...facts, message: said(`IBM BPM answered with status ${status} and no readable error`) };
  }
}

const EXECUTION_STATES = ['New', 'Active', 'Completed', 'Failed', 'Suspended', 'Terminated'];

/** CWTBG0014E says "The state 'Completed' of object '…' does not allow …": the state is in there. */
function stateInMessage(message: string | undefined, params: readonly string[] | undefined): string | null {
  const quoted = message && /The state '([^']+)'/i.exec(message)?.[1];
  if (quoted) return quoted;
  return params?.find((p) => EXECUTION_STATES.includes(p)) ?? null;
}
