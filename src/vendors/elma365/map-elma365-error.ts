import type { BpmFailure } from '../../core/bpm-failure.js';

/**
 * An ELMA365 answer that is not success. The statuses are the document's (400, 403 for
 * non-administrators, 404 for an unknown process) plus HTTP's; the message comes from ELMA365's
 * `{"success": false, "error": "…"}` body when there is one (seen in third-party clients).
 */
export function mapElma365Error(backend: string, status: number, body: string): BpmFailure {
  const error = readElmaError(body);
  const facts = { backend, vendorStatus: status };
  const said = (fallback: string) => error ?? fallback;
  switch (status) {
    case 400:
    case 409:
    case 422:
      return { kind: 'vendor-rejected', ...facts, message: said(`ELMA365 refused the request (${status})`) };
    case 401:
      return { kind: 'authentication', ...facts, message: said('ELMA365 refused the gateway\'s token (401)') };
    case 403:
      return { kind: 'permission-denied', ...facts, message: said('only an ELMA365 administrator may bulk-update process instances (403)') };
    case 404:
      return { kind: 'not-found', ...facts, message: said('ELMA365 has no such process or process instance (404)') };
    case 502:
    case 503:
    case 504:
      // Moving instances to the latest version twice leaves them where once would: safe to repeat.
      return { kind: 'backend-unavailable', ...facts, retryable: true, message: said(`ELMA365 is unavailable (${status})`) };
    default:
      return { kind: 'backend-error', ...facts, message: said(`ELMA365 answered with status ${status}`) };
  }
}

function readElmaError(body: string): string | null {
  try {
    const json = JSON.parse(body) as { error?: unknown; message?: unknown } | null;
    const text = typeof json?.error === 'string' ? json.error : typeof json?.message === 'string' ? json.message : null;
    return text && text.trim() ? text.trim().slice(0, 1000) : null;
  } catch {
    return null;
  }
}
