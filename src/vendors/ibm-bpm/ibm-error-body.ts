import type { HttpResponse } from '../../http/backend-http-client.js';
import type { VendorErrorBody } from '../../pipeline/vendor-operation.js';
import { createSafeXmlParser, textOf, type XmlNode } from '../../xml/safe-xml-parser.js';

/** What the gateway keeps of an IBM error; `programmersDetails` (a stack trace) never. */
export interface IbmError {
  exceptionType?: string;
  errorNumber?: string;
  errorMessage?: string;
  errorMessageParameters: string[];
}

const parseXml = createSafeXmlParser({ arrays: ['errorMessageParameters'] });

/**
 * IBM's "WLE Error Response" in every form it comes in: the documented flat JSON
 * (`{status, exceptionType, errorNumber, errorMessage, ...}`), the wrapped JSON real servers send
 * (`{"status":"error","Data":{...}}`, capital D), and the XML `RestRuntimeException` with its
 * `Data` element. Null when the body is none of these (IBM's 401 has an empty body).
 */
export function readIbmError(body: string, mediaType: string): IbmError | null {
  const text = body.trim();
  if (text === '') return null;
  if (mediaType.includes('xml') || text.startsWith('<')) return fromXml(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object') return null;
  const outer = json as Record<string, unknown>;
  const inner = (outer['Data'] ?? outer['data']) as Record<string, unknown> | undefined;
  const source = inner && typeof inner === 'object' && ('errorNumber' in inner || 'errorMessage' in inner) ? inner : outer;
  return pick((k) => source[k]);
}

function fromXml(text: string): IbmError | null {
  const doc = parseXml(text);
  if (doc instanceof Error) return null;
  const root = doc['RestRuntimeException'] as XmlNode | undefined;
  if (!root || typeof root !== 'object') return null;
  const data = root['Data'];
  const source = (data && typeof data === 'object' ? data : root) as XmlNode;
  return pick((k) => {
    const v = source[k];
    if (v === undefined) return undefined;
    return Array.isArray(v) ? v.map(textOf) : textOf(v);
  });
}

function pick(get: (key: string) => unknown): IbmError | null {
  const str = (k: string) => {
    const v = get(k);
    return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 1000) : undefined;
  };
  const params = get('errorMessageParameters');
  const error: IbmError = {
    ...(str('exceptionType') ? { exceptionType: str('exceptionType') } : {}),
    ...(str('errorNumber') ? { errorNumber: str('errorNumber') } : {}),
    ...(str('errorMessage') ? { errorMessage: str('errorMessage') } : {}),
    errorMessageParameters: Array.isArray(params) ? params.filter((p): p is string => typeof p === 'string').slice(0, 20) : [],
  };
  return error.errorNumber || error.errorMessage || error.exceptionType ? error : null;
}

/**
 * An IBM error body for the status table: its `errorNumber` (CWTBG…) as the code, its message,
 * and the state a CWTBG0014E names ("The state 'Completed' of object '…' does not allow …").
 */
export function readIbmErrorBody({ body, mediaType }: HttpResponse): VendorErrorBody {
  const error = readIbmError(body, mediaType);
  return error ? vendorErrorOf(error) : {};
}

/** What an IBM error says, for the status table or a bulk answer's report of one instance. */
export function vendorErrorOf(error: IbmError): VendorErrorBody {
  const state = stateInMessage(error.errorMessage, error.errorMessageParameters);
  return {
    ...(error.errorNumber ? { code: error.errorNumber } : {}),
    ...(error.errorMessage ? { message: error.errorMessage } : {}),
    ...(state ? { currentState: state } : {}),
    ...(isNotAuthorized(error) ? { notAuthorized: true } : {}),
    ...(isNotFound(error) ? { notFound: true } : {}),
  };
}

/**
 * IBM answers some refusals of an action with a 401 although the caller is authenticated:
 * CWTBG0549E "You are not authorized to perform the 'suspend' action" (NotAuthorizedActionException,
 * FACTS.md). Guess: other not-authorized codes say so in their exception type or message too.
 */
function isNotAuthorized(error: IbmError): boolean {
  return error.errorNumber === 'CWTBG0549E' || /NotAuthorized/i.test(error.exceptionType ?? '') || /\bnot authorized\b/i.test(error.errorMessage ?? '');
}

/**
 * An action on an unknown instance answers 500 CWTBG0025E "… The reported failure is: 'BPDInstance
 * with ID BPDInstance.N not found.'" (ibpm-js fixture, FACTS.md), not the 404 CWTBG0059E a read
 * gets. Guess: any IBM error whose message says a BPDInstance was not found means the same.
 */
function isNotFound(error: IbmError): boolean {
  return error.errorNumber === 'CWTBG0059E' || /BPDInstance[^']*\bnot found\b/i.test(error.errorMessage ?? '');
}

const EXECUTION_STATES = ['New', 'Active', 'Completed', 'Failed', 'Suspended', 'Terminated'];

function stateInMessage(message: string | undefined, params: readonly string[]): string | null {
  const quoted = message && /The state '([^']+)'/i.exec(message)?.[1];
  if (quoted) return quoted;
  return params.find((p) => EXECUTION_STATES.includes(p)) ?? null;
}
