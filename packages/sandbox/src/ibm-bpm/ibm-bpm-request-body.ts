import { parseXmlEntries } from '../shared/xml-document.js';
import { MalformedXmlError } from '../shared/xml-text.js';
import { isJsonMediaType, isXmlMediaType, mediaTypeOf } from './ibm-bpm-content-negotiation.js';
import { ContainerRefusal } from './ibm-bpm-container-refusal.js';
import { invalidBody } from './ibm-bpm-failure.js';

/**
 * Checks a PUT body's media type. The document names application/json (the default) and
 * application/xml for the request but gives a schema for JSON only, so:
 * - JSON (`application/json`, parameters allowed) passes, to be parsed by parseJsonBody;
 * - XML is read only far enough to refuse a DOCTYPE or malformed XML safely (400), then refused
 *   as unsupported (415, Guess: no XML request schema to emulate);
 * - anything else, or no Content-Type, is 415.
 */
export function requireJsonBody(contentType: string | undefined, body: Buffer): void {
  const mediaType = mediaTypeOf(contentType);
  if (isXmlMediaType(mediaType)) {
    checkXml(decodeUtf8(body));
    throw new ContainerRefusal(415, 'the emulator reads JSON request bodies only');
  }
  if (!isJsonMediaType(mediaType)) throw new ContainerRefusal(415, `unsupported Content-Type ${contentType ?? '(none)'}`);
}

/** The body as a JSON value. */
export function parseJsonBody(body: Buffer): unknown {
  const text = decodeUtf8(body);
  try {
    return JSON.parse(text);
  } catch {
    // The parser's own wording differs between Node versions, so it is not passed on.
    throw invalidBody('the body is not well-formed JSON');
  }
}

function checkXml(text: string): void {
  try {
    parseXmlEntries(text);
  } catch (error) {
    if (error instanceof MalformedXmlError) throw invalidBody(`the XML is not well-formed: ${error.message}`);
    throw error;
  }
}

/** Guess: UTF-8 whatever charset the Content-Type names (JSON is UTF-8); a leading BOM is dropped. */
function decodeUtf8(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw invalidBody('the body is not valid UTF-8');
  }
}
