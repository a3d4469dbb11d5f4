import type { Reply } from '../shared/reply.js';
import type { CsaErrorCode } from './csa-failure.js';
import { errorXml } from './csa-response-xml.js';

/**
 * The media type Communication_with_CSA.htm names. Guess: no charset parameter, as the XML
 * declaration names UTF-8.
 */
export const XML_CONTENT_TYPE = 'application/xml';

export function xmlReply(status: number, body: string): Reply {
  return { status, headers: { 'Content-Type': XML_CONTENT_TYPE }, body };
}

export function errorReply(status: number, code: CsaErrorCode, message: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': XML_CONTENT_TYPE, ...headers }, body: errorXml(code, message) };
}
