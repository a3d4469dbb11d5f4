import type { CsaErrorCode } from './csa-failure.js';
import { errorXml } from './csa-response-xml.js';

/** An answer, as a value, so tests and the router can reason about it before it is sent. */
export interface CsaReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The media type Communication_with_CSA.htm names. Guess: no charset parameter, as the XML
 * declaration names UTF-8.
 */
export const XML_CONTENT_TYPE = 'application/xml';

export function emptyReply(status: number, headers: Record<string, string> = {}): CsaReply {
  return { status, headers, body: '' };
}

export function xmlReply(status: number, body: string): CsaReply {
  return { status, headers: { 'Content-Type': XML_CONTENT_TYPE }, body };
}

export function errorReply(status: number, code: CsaErrorCode, message: string, headers: Record<string, string> = {}): CsaReply {
  return { status, headers: { 'Content-Type': XML_CONTENT_TYPE, ...headers }, body: errorXml(code, message) };
}
