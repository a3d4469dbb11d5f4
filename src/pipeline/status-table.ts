import type { BpmFailure } from '../core/bpm-failure.js';
import type { StatusRule, VendorErrorBody } from './vendor-operation.js';

/**
 * The one status → failure table every vendor answer goes through. An operation names only the
 * statuses where its vendor differs (`OperationDeclaration.statuses`); the vendor's error body
 * gives the message and code, and may say it is a state refusal whatever the status (CSA).
 */
const COMMON: Readonly<Record<number, StatusRule>> = {
  400: { kind: 'vendor-rejected', message: 'refused the request as invalid' },
  401: { kind: 'authentication', message: "refused the gateway's credentials" },
  403: { kind: 'permission-denied', message: 'does not allow the gateway\'s account to do this' },
  404: { kind: 'not-found', message: 'has no such process instance or task' },
  406: { kind: 'vendor-rejected', message: 'cannot answer in the media type asked for' },
  409: { kind: 'vendor-rejected', message: 'refused the request as conflicting with the current state' },
  415: { kind: 'vendor-rejected', message: 'refused the request body\'s media type' },
  422: { kind: 'vendor-rejected', message: 'refused the request as not applicable' },
  502: { kind: 'backend-unavailable', message: 'is not reachable through its proxy' },
  503: { kind: 'backend-unavailable', message: 'is unavailable' },
  504: { kind: 'backend-unavailable', message: 'did not answer its proxy in time' },
};
const OTHER: StatusRule = { kind: 'backend-error', message: 'answered with status {status} and no readable error' };

export interface Classification {
  backend: string;
  /** The vendor's name in messages. */
  vendor: string;
  status: number;
  error: VendorErrorBody;
  /** The operation's own statuses. */
  statuses?: Readonly<Partial<Record<number, StatusRule>>>;
  /** Whether the call is safe to repeat: decides `retryable` where the call may have been applied. */
  idempotent: boolean;
}

/** A non-success answer as the failure the client gets. */
export function classifyStatus({ backend, vendor, status, error, statuses, idempotent }: Classification): BpmFailure {
  const rule = statuses?.[status] ?? COMMON[status] ?? OTHER;
  const facts = { backend, vendorStatus: status, ...(error.code ? { vendorCode: error.code } : {}) };
  const message = error.message ?? (rule === OTHER ? `${vendor} ${rule.message.replace('{status}', String(status))}` : `${vendor} ${rule.message} (${status})`);
  // A body that says the state rules refused the call is a state refusal, whatever the status;
  // but a 401 or 404 keeps its own meaning.
  if (error.stateRefusal && status >= 400 && status !== 401 && status !== 404) {
    return { kind: 'invalid-state-transition', ...facts, currentState: error.currentState ?? null, requestedState: null, message };
  }
  // A body that says the instance is not there is a NotFoundError, whatever the (server-error) status.
  if (error.notFound && status >= 400 && status !== 401 && status !== 403) return { kind: 'not-found', ...facts, message };
  // A 401 whose body says "not authorized" was a refusal of the action, not of the credentials.
  if (error.notAuthorized && (status === 401 || status === 403)) return { kind: 'permission-denied', ...facts, message };
  switch (rule.kind) {
    case 'invalid-state-transition':
      return { kind: rule.kind, ...facts, currentState: error.currentState ?? null, requestedState: null, message };
    case 'backend-unavailable':
      // A 503 says the vendor did not take the call; a 502/504 proxy may have passed it on.
      return { kind: rule.kind, ...facts, retryable: status === 503 || idempotent, message };
    default:
      return { kind: rule.kind, ...facts, message };
  }
}
