/**
 * When one vendor call must be over: a single timer, and whoever waits on the call (a queued
 * NTLM connection, the request on the wire) is told when it passes. Lighter than an
 * AbortController per call, whose EventTarget the hot path paid for on every request.
 */
export class CallDeadline {
  /** The time is up; the call is cut, and its failure says it timed out. */
  expired = false;
  private readonly timer: NodeJS.Timeout;
  private readonly listeners = new Set<() => void>();

  constructor(ms: number) {
    this.timer = setTimeout(() => {
      this.expired = true;
      for (const listener of this.listeners) listener();
      this.listeners.clear();
    }, ms);
  }

  /** Calls `listener` when the time is up (at once if it is); returns how to stop listening. */
  onExpire(listener: () => void): () => void {
    if (this.expired) {
      listener();
      return () => {};
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The call is over: no timer left behind. */
  clear(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }
}

/** What a call cut by its deadline rejects with; the client reads `expired`, not this. */
export class DeadlinePassed extends Error {
  constructor() {
    super("the call's deadline passed");
  }
}
