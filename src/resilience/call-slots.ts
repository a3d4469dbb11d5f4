/** Why a call got no slot: the queue was full (or it was pushed out of it), or its wait ran out. */
export type SlotRefusal = 'full' | 'timeout';

interface Waiter {
  caller: string;
  settle: (granted: true | SlotRefusal) => void;
  timer: NodeJS.Timeout;
}

/**
 * A bulkhead: at most `max` calls at once to one backend, up to `maxQueued` waiting. Waiters are
 * served round-robin between callers, and when the queue is full a newcomer pushes out the newest
 * waiter of the caller holding the most places, so one caller's flood cannot starve the others.
 * A free slot is taken synchronously: no promise, no timer on the common path.
 */
export class CallSlots {
  private running = 0;
  private queued = 0;
  /** Waiters per caller, callers in the order they are served next (a Map keeps insertion order). */
  private readonly queues = new Map<string, Waiter[]>();

  constructor(readonly max: number, readonly maxQueued: number) {}

  get inUse(): number {
    return this.running;
  }

  /** `true` when a slot was free; otherwise a promise of the slot, or of why there is none. */
  acquire(caller: string, waitMs: number): true | SlotRefusal | Promise<true | SlotRefusal> {
    if (this.running < this.max && this.queued === 0) {
      this.running++;
      return true;
    }
    if (waitMs <= 0) return 'timeout';
    if (this.queued >= this.maxQueued && !this.pushOutFor(caller)) return 'full';
    return new Promise((settle) => {
      const waiter: Waiter = {
        caller,
        settle,
        timer: setTimeout(() => { this.remove(waiter); settle('timeout'); }, waitMs),
      };
      const mine = this.queues.get(caller);
      if (mine) mine.push(waiter);
      else this.queues.set(caller, [waiter]);
      this.queued++;
    });
  }

  release(): void {
    this.running--;
    const next = this.queues.entries().next();
    if (next.done) return;
    const [caller, waiters] = next.value;
    const waiter = waiters.shift()!;
    // Round-robin: this caller goes to the back of the line.
    this.queues.delete(caller);
    if (waiters.length) this.queues.set(caller, waiters);
    this.queued--;
    clearTimeout(waiter.timer);
    this.running++;
    waiter.settle(true);
  }

  /** Makes room for `caller` by refusing the newest waiter of the caller with the most, if that is someone with more. */
  private pushOutFor(caller: string): boolean {
    let longest: Waiter[] | undefined;
    for (const waiters of this.queues.values()) if (!longest || waiters.length > longest.length) longest = waiters;
    const mine = this.queues.get(caller)?.length ?? 0;
    if (!longest || longest.length <= mine + 1) return false;
    const victim = longest[longest.length - 1]!;
    this.remove(victim);
    victim.settle('full');
    return true;
  }

  private remove(waiter: Waiter): void {
    const waiters = this.queues.get(waiter.caller);
    const i = waiters?.indexOf(waiter) ?? -1;
    if (i < 0) return;
    waiters!.splice(i, 1);
    if (!waiters!.length) this.queues.delete(waiter.caller);
    this.queued--;
    clearTimeout(waiter.timer);
  }
}
