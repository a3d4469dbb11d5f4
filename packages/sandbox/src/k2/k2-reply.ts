import type { Reply } from '../shared/reply.js';
import type { K2FailureCode } from './k2-failure.js';
import { failureXml } from './k2-response-xml.js';

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

export function xmlReply(status: number, body: string): Reply {
  return { status, headers: { 'Content-Type': XML_CONTENT_TYPE }, body };
}

export function failureReply(status: number, code: K2FailureCode, message: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': XML_CONTENT_TYPE, ...headers }, body: failureXml(code, message) };
}
