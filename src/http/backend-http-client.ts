import type { BpmFailure } from '../core/bpm-failure.js';
import { invalidInput } from '../core/failures.js';
import { fail, succeed, type Outcome } from '../core/outcome.js';
import type { RequestContext } from '../core/request-context.js';
import { context as otelContext, propagation, SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { tracer, tracingOn } from '../observability/tracing.js';
import { BackendResilience, type BackendBreakerChange, type ResilienceOptions } from '../resilience/backend-resilience.js';
import { CallDeadline } from './call-deadline.js';
import { mapTransportError } from './map-transport-error.js';
import { NtlmTransport, type NtlmCredentials } from './ntlm/ntlm-transport.js';
import type { SessionAuth } from './session-auth.js';
import { poolTransport, type Transport } from './transport.js';

export interface BackendHttpClientOptions {
  backendId: string;
  /** Root under which the vendor's documented paths live; may carry a path (`/K2Services`). */
  baseUrl: string;
  /** The whole call, its wait for a slot, every attempt and backoff, must finish within this. */
  timeoutMs: number;
  maxResponseBytes: number;
  /** Sent on every request, e.g. Authorization, built once here rather than per call. */
  headers: Readonly<Record<string, string>>;
  /** Windows authentication: each connection authenticates itself (K2), instead of a header. */
  ntlm?: NtlmCredentials;
  /** Headers obtained from a login call and sent with every request (IBM's CSRF token). */
  session?: SessionAuth;
  connections?: number;
  resilience?: Omit<ResilienceOptions, 'backendId'>;
  /** Told when the breaker opens, half-opens or closes. */
  onBreakerChange?: (change: BackendBreakerChange) => void;
  /**
   * Headers taken from the caller's own request and sent on (credential forwarding): only these,
   * by explicit allow-list, never anything else of the caller's.
   */
  forwardHeaders?: readonly { from: string; to: string }[];
  /** Told of every attempt: how it ended (the HTTP status, or the failure kind) and how long it took. */
  onCall?: (call: { backend: string; method: string; outcome: string; seconds: number }) => void;
}

/** The config's defaults, for clients built without a config (tests). */
export const DEFAULT_RESILIENCE: Omit<ResilienceOptions, 'backendId'> = {
  maxConcurrent: 64,
  maxQueued: 1000,
  breakerFailureRatio: 0.5,
  breakerMinimumCalls: 20,
  breakerWindowMs: 10_000,
  breakerHalfOpenAfterMs: 10_000,
  retries: 2,
  retryInitialDelayMs: 100,
};

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Appended to the base URL's path; the caller encodes any path segment it builds. */
  path: string;
  /** `path` starts at the server's root, not under the base URL's path (a login endpoint elsewhere). */
  fromOrigin?: boolean;
  query?: Readonly<Record<string, string | undefined>>;
  headers?: Readonly<Record<string, string>>;
  body?: string | undefined;
  /**
   * Whether the call may safely run twice. Only such calls are retried (on an outage), and it
   * decides `retryable` on a failure after the request may have reached the vendor.
   */
  idempotent: boolean;
}

/** A request as it is sent: `origin + path` is its URL. */
export interface PreparedRequest {
  method: HttpRequest['method'];
  origin: string;
  path: string;
  headers: Readonly<Record<string, string>>;
  body: string | undefined;
  /** Lower-case names of the headers that carry credentials (the backend's own, or forwarded ones). */
  secretHeaders: readonly string[];
}

export interface HttpResponse {
  status: number;
  /** Lower-cased media type without parameters, '' when absent. */
  mediaType: string;
  body: string;
}

/**
 * The one HTTP client every adapter uses: a keep-alive undici Pool per backend, one deadline for
 * the whole call, a cap on the answer's size, and the backend's resilience policies. Transport failures
 * come back as `BpmFailure` values.
 */
export class BackendHttpClient {
  private readonly transport: Transport;
  private readonly origin: string;
  private readonly basePath: string;
  readonly resilience: BackendResilience;
  private readonly sessionPlaceholders: Readonly<Record<string, string>>;
  /** The same for every call of this backend: built once. */
  private readonly secretHeaders: readonly string[];

  constructor(private readonly options: BackendHttpClientOptions) {
    const url = new URL(options.baseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    const connections = { connections: options.connections ?? 64, timeoutMs: options.timeoutMs, maxResponseBytes: options.maxResponseBytes };
    this.transport = options.ntlm ? new NtlmTransport(url.origin, connections, options.ntlm) : poolTransport(url.origin, connections);
    this.sessionPlaceholders = Object.fromEntries((options.session?.secretHeaders ?? []).map((name) => [name, '(from the login call)']));
    this.secretHeaders = ['authorization', ...(options.forwardHeaders ?? []).map((h) => h.to), ...(options.session?.secretHeaders ?? [])];
    this.resilience = new BackendResilience({ backendId: options.backendId, ...(options.resilience ?? DEFAULT_RESILIENCE) }, options.onBreakerChange);
  }

  /** One call to the backend, under its breaker and bulkhead, retried only if `idempotent`, all within `timeoutMs`. */
  request(req: HttpRequest, context?: RequestContext): Promise<Outcome<HttpResponse>> {
    // One GraphQL request may make only so many vendor calls, however it is spelled.
    if (context && ++context.vendorCalls > context.maxVendorCalls) {
      return Promise.resolve(fail(invalidInput(null, `this request has made its ${context.maxVendorCalls} vendor calls (server.limits.maxVendorCalls); nothing more was sent`)));
    }
    return this.options.session ? this.withSession(req, this.options.session, context) : this.call(req, context);
  }

  /** `caller`: whose turn it is in the backend's queue, the request's caller unless said otherwise. */
  private call(req: HttpRequest, context: RequestContext | undefined, caller = context?.caller ?? ''): Promise<Outcome<HttpResponse>> {
    return this.resilience.run(req.idempotent, this.options.timeoutMs, (deadlineMs) => this.send(req, deadlineMs, context), caller);
  }

  /**
   * A call with the session's headers. Refused for a stale session, it is repeated once with new
   * ones whether or not it may run twice: the refusal says it was not acted on. The login is a
   * call of its own, with its own budget (once per token lifetime, not per call). Neither the
   * login nor the repeat counts against the request's maxVendorCalls (see vendor-call-budget).
   */
  private async withSession(req: HttpRequest, session: SessionAuth, context: RequestContext | undefined): Promise<Outcome<HttpResponse>> {
    for (let attempt = 0; ; attempt++) {
      // The login is shared by every waiting caller: it queues as the session's own, so that no
      // caller's place in the queue (nor a push-out of its newest waiter) decides it for all.
      const headers = await session.headers((login) => this.call(login, context, 'session:login'));
      if (!headers.ok) return headers;
      const outcome = await this.call({ ...req, headers: { ...req.headers, ...headers.value } }, context);
      if (attempt > 0 || !outcome.ok || !session.refused(outcome.value)) return outcome;
      session.forget(headers.value);
    }
  }

  private send(req: HttpRequest, deadlineMs: number, context: RequestContext | undefined): Promise<Outcome<HttpResponse>> {
    // One span per attempt, a child of the GraphQL request's span when tracing is on.
    if (!tracingOn()) return this.sendIn(undefined, req, deadlineMs, context);
    return tracer.startActiveSpan(`vendor ${req.method}`, { kind: SpanKind.CLIENT }, (span) => this.sendIn(span, req, deadlineMs, context));
  }

  private async sendIn(span: Span | undefined, req: HttpRequest, deadlineMs: number, context: RequestContext | undefined): Promise<Outcome<HttpResponse>> {
    const started = performance.now();
    const outcome = await this.attempt(req, deadlineMs, context);
    const label = outcome.ok ? String(outcome.value.status) : outcome.failure.kind;
    // A span that records nothing (sampled out) does not even get its attributes built.
    if (span?.isRecording()) {
      span.setAttributes({
        'bpm.backend': this.options.backendId,
        'http.request.method': req.method,
        'url.path': this.basePath + req.path,
        'bpm.outcome': label,
        ...(outcome.ok ? { 'http.response.status_code': outcome.value.status } : {}),
      });
      if (!outcome.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.failure.kind });
    }
    span?.end();
    // The path without its query: ids may sit there, never credentials, and the line stays short.
    context?.vendorLog?.push({ method: req.method, path: this.basePath + req.path, status: outcome.ok ? outcome.value.status : outcome.failure.vendorStatus ?? null });
    this.options.onCall?.({ backend: this.options.backendId, method: req.method, outcome: label, seconds: (performance.now() - started) / 1000 });
    return outcome;
  }

  /**
   * The request exactly as it goes on the wire: the full path with its query, and every header
   * (credentials, forwarded headers, the request id). A dry run shows this, redacted.
   */
  private prepare(req: HttpRequest, context: RequestContext | undefined): PreparedRequest {
    // The GraphQL request's id travels to the vendor, so both sides' logs can be matched.
    const requestId = context?.requestId;
    const forwarded: Record<string, string> = {};
    for (const { from, to } of this.options.forwardHeaders ?? []) {
      const value = context?.headers[from];
      if (typeof value === 'string') forwarded[to] = value;
    }
    return {
      method: req.method,
      origin: this.origin,
      // traceparent goes on to the vendor: this call's own span when tracing is on, else the caller's as it came.
      path: (req.fromOrigin ? '' : this.basePath) + req.path + queryString(req.query),
      headers: { ...this.options.headers, ...forwarded, ...req.headers, ...traceHeaders(context?.headers), ...(requestId ? { 'x-request-id': requestId } : {}) },
      body: req.body,
      secretHeaders: this.secretHeaders,
    };
  }

  /** The request as a dry run shows it: a session's headers stand in for the ones a login would bring. */
  preview(req: HttpRequest, context?: RequestContext): PreparedRequest {
    return this.prepare({ ...req, headers: { ...this.sessionPlaceholders, ...req.headers } }, context);
  }

  /** One attempt, cut when what is left of the call's budget runs out. */
  private async attempt(req: HttpRequest, deadlineMs: number, context: RequestContext | undefined): Promise<Outcome<HttpResponse>> {
    const { backendId, timeoutMs, maxResponseBytes } = this.options;
    const { method, path, headers, body: sent } = this.prepare(req, context);
    const deadline = new CallDeadline(deadlineMs);
    try {
      const res = await this.transport.request({ method, path, headers, body: sent, deadline });
      const body = res.body;
      const contentType = res.headers['content-type'];
      const mediaType = (Array.isArray(contentType) ? contentType[0] : contentType) ?? '';
      return succeed({ status: res.statusCode, mediaType: mediaType.split(';')[0]!.trim().toLowerCase(), body });
    } catch (error) {
      const failure: BpmFailure = mapTransportError(error, {
        backend: backendId,
        timedOut: deadline.expired,
        timeoutMs,
        maxResponseBytes,
        idempotent: req.idempotent,
      });
      return fail(failure);
    } finally {
      deadline.clear();
    }
  }

  /**
   * Lets calls in flight finish for a moment, then cuts them: at shutdown the client that asked
   * is gone anyway, and waiting out a stalled backend's full timeout would hold the process.
   */
  async close(graceMs = 1000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), graceMs); });
    const closed = await Promise.race([this.transport.close().then(() => 'closed' as const), grace]);
    clearTimeout(timer);
    if (closed === 'late') await this.transport.destroy();
  }
}

const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** W3C trace context for the vendor: injected from the active span, or passed on from a well-formed caller header. */
function traceHeaders(caller: Readonly<Record<string, string | string[] | undefined>> | undefined): Record<string, string> {
  if (tracingOn()) {
    const carrier: Record<string, string> = {};
    propagation.inject(otelContext.active(), carrier);
    if (carrier['traceparent']) return carrier;
  }
  const given = caller?.['traceparent'];
  if (typeof given !== 'string' || !TRACEPARENT.test(given)) return {};
  const state = caller?.['tracestate'];
  return { traceparent: given, ...(typeof state === 'string' && state.length <= 512 ? { tracestate: state } : {}) };
}

function queryString(query: HttpRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.append(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}
