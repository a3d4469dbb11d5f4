import type { K2FailureCode } from './k2-failure.js';
import { failureXml } from './k2-response-xml.js';

/** An answer, as a value, so fault injection and tests can reason about it before it is sent. */
export interface K2Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

export function emptyReply(status: number, headers: Record<string, string> = {}): K2Reply {
  return { status, headers, body: '' };
}

export function xmlReply(status: number, body: string): K2Reply {
  return { status, headers: { 'Content-Type': XML_CONTENT_TYPE }, body };
}

export function failureReply(status: number, code: K2FailureCode, message: string, headers: Record<string, string> = {}): K2Reply {
  return { status, headers: { 'Content-Type': XML_CONTENT_TYPE, ...headers }, body: failureXml(code, message) };
}
