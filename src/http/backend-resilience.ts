import {
  BrokenCircuitError, BulkheadRejectedError, CircuitState, TaskCancelledError, ConsecutiveBreaker, ExponentialBackoff, bulkhead, circuitBreaker,
  handleWhenResult, retry, wrap, type CircuitBreakerPolicy, type IPolicy,
} from 'cockatiel';
import type { BpmFailure } from '../core/bpm-failure.js';
import { fail, type Outcome } from '../core/outcome.js';
import type { HttpResponse } from './backend-http-client.js';

export interface ResilienceOptions {
  backendId: string;
  /** Calls at once to this backend; more wait in a queue of `maxQueued`, beyond that are refused. */
  maxConcurrent: number;
  maxQueued: number;
  /** Consecutive failures that open the breaker, and how long it stays open before one trial call. */
  breakerFailures: number;
  breakerHalfOpenAfterMs: number;
  /** Extra attempts for calls that are safe to repeat; never for the others. */
  retries: number;
  retryInitialDelayMs: number;
  /** The longest a call may wait in the bulkhead's queue for a slot (the backend's timeout). */
  queueTimeoutMs?: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open' | 'isolated';

const STATE: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/** A vendor that cannot be reached or says it is overloaded: what opens the breaker and is retried. */
function isOutage(outcome: unknown): boolean {
  const o = outcome as Outcome<HttpResponse>;
  if (!o.ok) return o.failure.kind === 'backend-unavailable';
  return o.value.status === 502 || o.value.status === 503 || o.value.status === 504;
}

/**
 * Per-backend resilience with cockatiel: a bulkhead (concurrency limit), a consecutive-failure
 * circuit breaker that answers at once while open, and jittered exponential retries for calls
 * that are safe to repeat. Outcomes stay values: the policies look at results, not exceptions.
 */
export class BackendResilience {
  private readonly breaker: CircuitBreakerPolicy;
  private readonly once: IPolicy;
  private readonly repeatable: IPolicy;

  constructor(private readonly options: ResilienceOptions) {
    this.breaker = circuitBreaker(handleWhenResult(isOutage), {
      halfOpenAfter: options.breakerHalfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.breakerFailures),
    });
    this.once = wrap(this.breaker, bulkhead(options.maxConcurrent, options.maxQueued));
    this.repeatable = options.retries > 0
      ? wrap(
          retry(handleWhenResult(isOutage), {
            maxAttempts: options.retries,
            // Decorrelated jitter (cockatiel's default generator) keeps replicas from retrying in step.
            backoff: new ExponentialBackoff({ initialDelay: options.retryInitialDelayMs, maxDelay: options.retryInitialDelayMs * 20 }),
          }),
          this.once,
        )
      : this.once;
  }

  get state(): BreakerState {
    return STATE[this.breaker.state];
  }

  /** Runs one vendor call under the policies; `idempotent` decides whether it may be retried. */
  async run(idempotent: boolean, call: () => Promise<Outcome<HttpResponse>>): Promise<Outcome<HttpResponse>> {
    // A call that waits in the queue longer than the backend's timeout is given up unsent: the
    // attempt's own deadline only starts once it has a slot. (cockatiel's bulkhead drops queued
    // calls whose signal has fired.)
    let started = false;
    const waited = new AbortController();
    let giveUp: (error: Error) => void = () => {};
    const gaveUp = new Promise<never>((_resolve, reject) => { giveUp = reject; });
    const timer = this.options.queueTimeoutMs
      ? setTimeout(() => {
          if (started) return;
          waited.abort();
          giveUp(new TaskCancelledError());
        }, this.options.queueTimeoutMs)
      : undefined;
    try {
      const running = (idempotent ? this.repeatable : this.once).execute(() => {
        started = true;
        return call();
      }, waited.signal);
      // The queue drops the call when its turn comes; the caller hears now.
      running.catch(() => undefined);
      return await Promise.race([running, gaveUp]);
    } catch (error) {
      return fail(this.refusal(error));
    } finally {
      clearTimeout(timer);
    }
  }

  private refusal(error: unknown): BpmFailure {
    const backend = this.options.backendId;
    if (error instanceof BrokenCircuitError) {
      return { kind: 'backend-unavailable', backend, retryable: true, message: `not calling the backend: its circuit breaker is open after repeated failures (it tries again after ${this.options.breakerHalfOpenAfterMs} ms)` };
    }
    if (error instanceof TaskCancelledError) {
      return { kind: 'backend-unavailable', backend, retryable: true, message: `not calling the backend: no free slot within ${this.options.queueTimeoutMs} ms (${this.options.maxConcurrent} calls running)` };
    }
    if (error instanceof BulkheadRejectedError) {
      return { kind: 'backend-unavailable', backend, retryable: true, message: `not calling the backend: ${this.options.maxConcurrent} calls are running and ${this.options.maxQueued} waiting` };
    }
    throw error;
  }
}
