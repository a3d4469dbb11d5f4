import type { Reply } from '../shared/reply.js';
import type { ElmaFailureCode } from './elma365-failure.js';

/** Guess: ELMA365's exact Content-Type is not documented; plain `application/json`, no charset. */
export const JSON_CONTENT_TYPE = 'application/json';

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, body: JSON.stringify(value) };
}

/** ELMA365's error body (FACTS.md section 4, [C-3p]); the code stays inside the emulator. */
export function failureReply(status: number, _code: ElmaFailureCode, message: string, headers: Record<string, string> = {}): Reply {
  return jsonReply(status, { success: false, error: message }, headers);
}
