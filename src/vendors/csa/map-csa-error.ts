import type { BpmFailure } from '../../core/bpm-failure.js';
import { createSafeXmlParser, textOf, type XmlNode } from '../../http/safe-xml-parser.js';

const parse = createSafeXmlParser();

export interface CsaErrorBody { code?: string; message?: string }

/**
 * CSA's error body is not public (FACTS.md, CSA [?]). Guess: an XML element whose children carry
 * a code and a message (`<error><code/><message/></error>`, names matched loosely), or the same
 * as JSON. Anything else yields nothing, and the status alone decides.
 */
export function readCsaErrorBody(body: string): CsaErrorBody {
  const text = body.trim();
  if (text.startsWith('{')) {
    try {
      const json = JSON.parse(text) as Record<string, unknown>;
      return pick((k) => (typeof json[k] === 'string' ? (json[k] as string) : undefined));
    } catch {
      return {};
    }
  }
  if (!text.startsWith('<')) return {};
  const doc = parse(text);
  if (doc instanceof Error) return {};
  const root = Object.entries(doc).find(([k]) => !k.startsWith('?') && !k.startsWith('#'))?.[1];
  if (!root || typeof root !== 'object') return {};
  return pick((k) => ((root as XmlNode)[k] === undefined ? undefined : textOf((root as XmlNode)[k])));
}

function pick(get: (key: string) => string | undefined): CsaErrorBody {
  const first = (keys: string[]) => keys.map(get).find((v) => v !== undefined && v.trim() !== '')?.trim();
  const code = first(['code', 'errorCode', 'Code']);
  const message = first(['message', 'errorMessage', 'Message', 'description', 'detail']);
  return { ...(code ? { code: code.slice(0, 100) } : {}), ...(message ? { message: message.slice(0, 1000) } : {}) };
}

/** Whether a refusal is about the state rules, by the code or by what the message says. */
export function isStateRefusal(error: CsaErrorBody): boolean {
  if (error.code && /state/i.test(error.code) && /transition|invalid|not.?allowed/i.test(error.code)) return true;
  return !!error.message && /state/i.test(error.message) && /terminal|transition|cannot be (changed|reset)|not allowed/i.test(error.message);
}

/**
 * A CSA answer that is not success, as a failure. The documented PUT statuses are 200, 401, 404
 * and 500; 403, 409, 406 and 415 come from CSA's general troubleshooting table and HTTP. A state
 * refusal's status is truncated in the documents, so any status whose body says so maps to
 * InvalidStateTransitionError; the caller fills the states.
 */
export function mapCsaError(backend: string, status: number, body: string): BpmFailure {
  const error = readCsaErrorBody(body);
  const facts = { backend, vendorStatus: status, ...(error.code ? { vendorCode: error.code } : {}) };
  const said = (fallback: string) => error.message ?? fallback;
  if (status >= 400 && status < 600 && status !== 401 && status !== 404 && isStateRefusal(error)) {
    return { kind: 'invalid-state-transition', ...facts, currentState: null, requestedState: null, message: said('CSA refused the state change') };
  }
  switch (status) {
    case 400:
    case 406:
    case 409:
    case 415:
      return { kind: 'vendor-rejected', ...facts, message: said(`CSA refused the request (${status})`) };
    case 401:
      return { kind: 'authentication', ...facts, message: said("CSA refused the gateway's credentials or userIdentifier (401)") };
    case 403:
      return { kind: 'permission-denied', ...facts, message: said('the CSA userIdentifier is not allowed to do this; process instances need an admin (403)') };
    case 404:
      return { kind: 'not-found', ...facts, message: said('CSA has no such process instance (404)') };
    case 503:
      return { kind: 'backend-unavailable', ...facts, retryable: true, message: said('CSA is unavailable (503)') };
    case 502:
    case 504:
      // Every CSA call the gateway makes is a GET or a merging PUT: repeating it is safe.
      return { kind: 'backend-unavailable', ...facts, retryable: true, message: said(`a proxy in front of CSA got no answer (${status})`) };
    default:
      return { kind: 'backend-error', ...facts, message: said(`CSA answered with status ${status} and no readable error`) };
  }
}
