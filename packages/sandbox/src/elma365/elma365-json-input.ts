import { ElmaFailure, invalidRequest } from './elma365-failure.js';

/** Reading a JSON request body, the same way for every endpoint that takes one. */

/**
 * Guess: the document names no media type; ELMA365 callers send `application/json`
 * (FACTS.md section 4, [C-3p] scripts), so anything else, or none, is 415. Parameters such as
 * `; charset=utf-8` are allowed.
 */
export function requireJsonContentType(contentType: string | undefined): void {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new ElmaFailure(415, 'UnsupportedMediaType', 'Unsupported media type: the request body must be application/json');
  }
}

/**
 * The body as a JSON value. Text that is not UTF-8, or not JSON (an empty body included), is 400
 * with the document's text. Guess: a leading byte-order mark is dropped (TextDecoder's default).
 */
export function parseJsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw invalidRequest();
  }
}
