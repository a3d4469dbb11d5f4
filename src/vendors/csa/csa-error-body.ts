import type { HttpResponse } from '../../http/backend-http-client.js';
import type { VendorErrorBody } from '../../pipeline/vendor-operation.js';
import { createSafeXmlParser, textOf, type XmlNode } from '../../xml/safe-xml-parser.js';

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

/**
 * A CSA error body. The documented PUT statuses are 200, 401, 404 and 500; a state refusal's
 * status is truncated in the documents, so a body that says it is one is one, whatever the status.
 */
export function readCsaError({ body }: HttpResponse): VendorErrorBody {
  const error = readCsaErrorBody(body);
  return isStateRefusal(error) ? { ...error, stateRefusal: true } : error;
}

/** Whether a refusal is about the state rules, by the code or by what the message says. */
function isStateRefusal(error: CsaErrorBody): boolean {
  if (error.code && /state/i.test(error.code) && /transition|invalid|not.?allowed/i.test(error.code)) return true;
  return !!error.message && /state/i.test(error.message) && /terminal|transition|cannot be (changed|reset)|not allowed/i.test(error.message);
}
