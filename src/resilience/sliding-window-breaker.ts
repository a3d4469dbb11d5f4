export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Share of outages (0..1) among the window's calls that opens the breaker ... */
  failureRatio: number;
  /** ... once the window holds at least this many calls: a few failures in a row never open it. */
  minimumCalls: number;
  /** How far back the window reaches. */
  windowMs: number;
  /** How long it stays open before one trial call is let through. */
  halfOpenAfterMs: number;
}

export interface BreakerChange {
  from: BreakerState;
  to: BreakerState;
  /** Why, in words: the share that opened it and the last outage seen, or how the trial went. */
  reason: string;
}

/** What `admit` hands out: a call in the closed state, or the one trial of the half-open state. */
export type BreakerTicket = 'call' | 'trial';

const BUCKETS = 10;

/**
 * A count-and-ratio circuit breaker over a sliding time window, judged the way Resilience4j and
 * Polly's advanced breaker judge it: on calls as the caller sees them (after retries), opening when
 * at least `failureRatio` of at least `minimumCalls` calls in `windowMs` were outages. The window is
 * ten rotating buckets, so recording is O(1) and nothing runs between calls.
 */
export class SlidingWindowBreaker {
  private readonly bucketMs: number;
  private readonly starts = new Float64Array(BUCKETS);
  private readonly calls = new Uint32Array(BUCKETS);
  private readonly outages = new Uint32Array(BUCKETS);
  private current: BreakerState = 'closed';
  private openedAt = 0;
  private trialRunning = false;
  private lastOutage = '';
  /** Why it last opened, for the refusal that callers get while it is open. */
  private openReason = '';

  constructor(
    private readonly options: BreakerOptions,
    private readonly onChange: (change: BreakerChange) => void = () => {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.bucketMs = Math.max(1, options.windowMs / BUCKETS);
    this.starts.fill(-Infinity);
  }

  get state(): BreakerState {
    // Open turns half-open by time alone: report what the next caller would meet.
    if (this.current === 'open' && this.now() - this.openedAt >= this.options.halfOpenAfterMs) return 'half-open';
    return this.current;
  }

  /** A ticket to call, or undefined when the breaker refuses (open, or a trial is already out). */
  admit(): BreakerTicket | undefined {
    if (this.current === 'closed') return 'call';
    if (this.current === 'open') {
      if (this.now() - this.openedAt < this.options.halfOpenAfterMs) return undefined;
      this.change('half-open', `${this.options.halfOpenAfterMs} ms passed; one trial call goes through`);
    }
    if (this.trialRunning) return undefined;
    this.trialRunning = true;
    return 'trial';
  }

  /**
   * How the admitted call ended: `outage` names it (e.g. `status 503`), undefined is a call that
   * reached a working vendor, `neutral` one that never reached it through no fault of the vendor.
   */
  record(ticket: BreakerTicket, outage: string | undefined | 'neutral'): void {
    if (ticket === 'trial') {
      this.trialRunning = false;
      if (outage === 'neutral') return;
      if (outage === undefined) {
        this.clear();
        this.change('closed', 'the trial call succeeded');
      } else {
        this.open(`the trial call failed too (${outage})`);
      }
      return;
    }
    // A call admitted before the breaker opened tells nothing new about the open state.
    if (this.current !== 'closed' || outage === 'neutral') return;
    const i = this.bucket();
    this.calls[i]!++;
    if (outage === undefined) return;
    this.outages[i]!++;
    this.lastOutage = outage;
    let calls = 0;
    let outages = 0;
    const since = this.now() - this.options.windowMs;
    for (let b = 0; b < BUCKETS; b++) {
      if (this.starts[b]! <= since) continue;
      calls += this.calls[b]!;
      outages += this.outages[b]!;
    }
    if (calls >= this.options.minimumCalls && outages >= this.options.failureRatio * calls) {
      this.open(`${outages} of the last ${calls} calls in ${this.options.windowMs} ms failed, the last with ${this.lastOutage}`);
    }
  }

  /** The refusal's reason, while open: which outages opened it, and when the next trial is due. */
  refusal(): string {
    const left = Math.max(0, this.options.halfOpenAfterMs - (this.now() - this.openedAt));
    const when = this.current === 'open' && left > 0 ? `it lets a trial call through in ${Math.ceil(left)} ms` : 'a trial call is running';
    return `its circuit breaker is open: ${this.openReason}; ${when}`;
  }

  private open(reason: string): void {
    this.openedAt = this.now();
    this.openReason = reason;
    this.change('open', reason);
  }

  private change(to: BreakerState, reason: string): void {
    const from = this.current;
    this.current = to;
    if (from !== to) this.onChange({ from, to, reason });
  }

  private clear(): void {
    this.starts.fill(-Infinity);
    this.calls.fill(0);
    this.outages.fill(0);
  }

  private bucket(): number {
    const n = Math.floor(this.now() / this.bucketMs);
    const start = n * this.bucketMs;
    const i = n % BUCKETS;
    if (this.starts[i] !== start) {
      this.starts[i] = start;
      this.calls[i] = 0;
      this.outages[i] = 0;
    }
    return i;
  }
}
