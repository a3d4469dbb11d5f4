import type { BpmFailure } from '../core/bpm-failure.js';

export interface TransportErrorContext {
  backend: string;
  /** Our own deadline fired. */
  timedOut: boolean;
  timeoutMs: number;
  maxResponseBytes: number;
  idempotent: boolean;
}

/** Error codes that prove the request never reached the vendor, so repeating it is always safe. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Turns what undici throws into a failure value. Messages name what happened, never a header or
 * credential: undici's own messages can carry neither, but we do not pass them through unread.
 */
export function mapTransportError(error: unknown, ctx: TransportErrorContext): BpmFailure {
  const code = errorCode(error);
  const { backend } = ctx;
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return { kind: 'backend-error', backend, message: `the backend's answer is larger than the ${ctx.maxResponseBytes}-byte limit` };
  }
  if (ctx.timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return {
      kind: 'backend-unavailable',
      backend,
      retryable: ctx.idempotent,
      message: `no complete answer from the backend within ${ctx.timeoutMs} ms` +
        (ctx.idempotent ? '' : '; the call may have been applied, check before repeating it'),
    };
  }
  if (code !== undefined && NOT_SENT.has(code)) {
    return { kind: 'backend-unavailable', backend, retryable: true, message: `cannot connect to the backend (${code})` };
  }
  return {
    kind: 'backend-unavailable',
    backend,
    retryable: ctx.idempotent,
    message: `the connection to the backend failed (${code ?? 'unknown error'})` +
      (ctx.idempotent ? '' : '; the call may have been applied, check before repeating it'),
  };
}

function errorCode(error: unknown): string | undefined {
  // Connection errors may arrive wrapped (fetch-style `cause`) or as AggregateError (happy eyeballs).
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR') return code;
    const inner = (e as { errors?: unknown[] }).errors?.[0];
    e = inner ?? (e as { cause?: unknown }).cause;
  }
  return undefined;
}
