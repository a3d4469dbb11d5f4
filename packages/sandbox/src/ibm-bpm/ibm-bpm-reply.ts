import type { ServerFailureCode } from '../shared/emulator-failure.js';
import { emptyReply, type Reply } from '../shared/reply.js';
import type { ResponseFormat } from './ibm-bpm-content-negotiation.js';
import { errorJson, errorXml, type IbmErrorEnvelope } from './ibm-bpm-error-body.js';
import { unexpectedFailure, type IbmErrorNumber, type IbmFailure } from './ibm-bpm-failure.js';

/**
 * The answers the emulator writes. The shared server has no JSON replies, so they are here.
 * Guess: no charset parameter on either media type (the document names them bare).
 */
export const JSON_CONTENT_TYPE = 'application/json';
export const XML_CONTENT_TYPE = 'application/xml';

/** IBM's success envelope: `{"status":"200","data":…}`, status as a string (FACTS [C]). */
export function successReply(data: unknown): Reply {
  return { status: 200, headers: { 'Content-Type': JSON_CONTENT_TYPE }, body: JSON.stringify({ status: '200', data }) };
}

export function errorReply(failure: IbmFailure, format: ResponseFormat, envelope: IbmErrorEnvelope): Reply {
  if (format === 'xml') return { status: failure.status, headers: { 'Content-Type': XML_CONTENT_TYPE }, body: errorXml(failure) };
  return { status: failure.status, headers: { 'Content-Type': JSON_CONTENT_TYPE }, body: errorJson(failure, envelope) };
}

/**
 * What the shared server writes on its own, without seeing the request's Accept (so JSON):
 * Guess: an oversized body is refused by the container, with an empty body; a bug in the
 * emulator is IBM's CWTBG0019E.
 */
export function serverFailureReply(envelope: IbmErrorEnvelope) {
  return (status: number, code: IbmErrorNumber | ServerFailureCode, message: string, headers: Record<string, string> = {}): Reply => {
    if (code === 'RequestEntityTooLarge') return emptyReply(status, headers);
    const reply = errorReply(unexpectedFailure(message), 'json', envelope);
    return { ...reply, headers: { ...reply.headers, ...headers } };
  };
}
