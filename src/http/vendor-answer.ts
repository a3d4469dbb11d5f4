import type { BpmFailure } from '../core/bpm-failure.js';
import { unreadableAnswer } from '../core/failures.js';
import { fail, succeed, type Outcome } from '../core/outcome.js';
import type { HttpResponse } from './backend-http-client.js';

export interface AnswerReading<T> {
  backend: string;
  /** The vendor's name in messages ("K2", "IBM BPM", ...). */
  vendor: string;
  /** A non-success answer as the vendor's failure. */
  mapError: (response: HttpResponse) => BpmFailure;
  /** A success answer's body as the value, or what is wrong with it. */
  read: (response: HttpResponse) => T | Error;
  /** Whether the call changed something, so that an unreadable success says it may have been applied. */
  afterWrite: boolean;
  /** Default: any 2xx. */
  isSuccess?: (status: number) => boolean;
}

/**
 * Every vendor answer goes the same way: a transport failure stays as it is, a non-success is
 * mapped by the vendor's own error mapper, a success is read, and one that cannot be read is a
 * BackendError that keeps the status.
 */
export function readVendorAnswer<T>(sent: Outcome<HttpResponse>, how: AnswerReading<T>): Outcome<T> {
  if (!sent.ok) return sent;
  const response = sent.value;
  const success = how.isSuccess ? how.isSuccess(response.status) : response.status >= 200 && response.status < 300;
  if (!success) return fail(how.mapError(response));
  const value = how.read(response);
  return value instanceof Error ? fail(unreadableAnswer(how.backend, how.vendor, response.status, value.message, how.afterWrite)) : succeed(value);
}
