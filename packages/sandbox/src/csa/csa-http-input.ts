import { isXmlContentType } from '../shared/xml-content-type.js';
import { CsaFailure, invalidRequest } from './csa-failure.js';

/**
 * Reading what an HTTP request says about formats, the same way for every endpoint. CSA's
 * Legacy API speaks XML or JSON (Communication_with_CSA.htm); this emulator implements XML only,
 * so JSON is refused as if unsupported.
 */

/** Guess: 415 for a request body that is not XML, as a JAX-RS container answers. */
export function requireXmlBody(contentType: string | undefined): void {
  if (isXmlContentType(contentType)) return;
  const sent = contentType === undefined ? 'none' : `"${contentType}"`;
  throw new CsaFailure(
    415,
    'UnsupportedMediaType',
    `the request body must be application/xml or text/xml (got ${sent}); this emulator does not implement CSA's JSON format`,
  );
}

/**
 * Guess: 406 unless Accept allows XML: absent (or empty), a range matching application/xml or
 * text/xml (wildcards included) with a q above 0.
 */
export function requireXmlAccepted(accept: string | undefined): void {
  if (accept === undefined || accept.trim() === '') return;
  const allowsXml = accept.split(',').some((range) => {
    const [mediaRange = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => /^q\s*=/.test(p));
    if (q !== undefined && !(Number(q.slice(q.indexOf('=') + 1).trim()) > 0)) return false;
    return XML_RANGES.has(mediaRange);
  });
  if (!allowsXml) {
    throw new CsaFailure(406, 'NotAcceptable', `this emulator answers application/xml only, which Accept "${accept}" does not allow`);
  }
}

const XML_RANGES: ReadonlySet<string> = new Set(['*/*', 'application/*', 'text/*', 'application/xml', 'text/xml']);

/**
 * The body as UTF-8 text, a leading byte-order mark dropped.
 * Guess: the emulator reads UTF-8 only, whatever charset the Content-Type names.
 */
export function decodeBody(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw invalidRequest('the request body is not valid UTF-8');
  }
}
