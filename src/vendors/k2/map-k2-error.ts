import type { BpmFailure } from '../../core/bpm-failure.js';
import { createSafeXmlParser, textOf, type XmlNode } from '../../http/safe-xml-parser.js';

const parse = createSafeXmlParser();

/**
 * A K2 answer that is not success, as a failure. K2 documents "Failure" as a return type but
 * never shows its body or the statuses it uses (FACTS.md, K2 Errors [?]). Guess: an XML
 * `<Failure>` element with `Code` and `Message`; if the body is anything else the status alone
 * decides, and the body is not echoed (it may be a large IIS error page).
 */
export function mapK2Error(backend: string, status: number, body: string, idempotent: boolean): BpmFailure {
  const { code, message } = readFailureBody(body);
  const facts = { backend, vendorStatus: status, ...(code ? { vendorCode: code } : {}) };
  const said = (fallback: string) => message ?? fallback;
  switch (status) {
    case 202:
      // Documented for UpdateTask: "JSON requests will result in a 202 ... the task will NOT be updated".
      return { kind: 'vendor-rejected', ...facts, message: said('K2 accepted the request but did not apply it (202)') };
    case 400:
      return { kind: 'vendor-rejected', ...facts, message: said('K2 refused the request as invalid') };
    case 401:
      return { kind: 'authentication', ...facts, message: 'K2 refused the gateway\'s credentials (401)' };
    case 403:
      return { kind: 'permission-denied', ...facts, message: said('the K2 account is not allowed to do this (403)') };
    case 404:
      return { kind: 'not-found', ...facts, message: said('K2 has no such process instance or task (404)') };
    case 503:
      return { kind: 'backend-unavailable', ...facts, retryable: true, message: said('K2 is unavailable (503)') };
    case 502:
    case 504:
      return { kind: 'backend-unavailable', ...facts, retryable: idempotent, message: said(`a proxy in front of K2 got no answer (${status})`) };
    default:
      return { kind: 'backend-error', ...facts, message: said(`K2 answered with status ${status}`) };
  }
}

const MAX_MESSAGE = 1000;

function readFailureBody(body: string): { code?: string; message?: string } {
  if (!body.trimStart().startsWith('<')) return {};
  const doc = parse(body);
  if (doc instanceof Error) return {};
  const failure = doc['Failure'] as XmlNode | undefined;
  if (!failure || typeof failure !== 'object') return {};
  const code = textOf(failure['Code']).trim();
  const message = textOf(failure['Message']).trim();
  return {
    ...(code ? { code: code.slice(0, 100) } : {}),
    ...(message ? { message: message.slice(0, MAX_MESSAGE) } : {}),
  };
}
