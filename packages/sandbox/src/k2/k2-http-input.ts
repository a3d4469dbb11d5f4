import { K2Failure, invalidRequest } from './k2-failure.js';
import type { K2User } from './k2-users.js';

/** Reading what an HTTP request says, the same way for every endpoint. */

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

/**
 * A boolean query option (piDataField, piXmlField, synchronous). Absent = false, the documented
 * web.config default. Guess: a value other than true/false is refused, as WCF fails to convert it.
 */
export function booleanOption(query: URLSearchParams, name: string): boolean {
  const value = query.get(name);
  if (value === null) return false;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw invalidRequest(`query option ${name} must be true or false, got "${value}"`);
}

/** Every update needs write rights. */
export function requireWrite(user: K2User): void {
  if (!user.canWrite) throw new K2Failure(403, 'AccessDenied', `${user.username} may not update process instances or tasks`);
}
