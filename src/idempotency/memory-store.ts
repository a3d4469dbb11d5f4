import { CALLER_FULL, TOTAL_FULL } from './store-refusals.js';
import { entryBytes, type ClaimOwner, type ClaimResult, type FinishedMeta, type IdempotencyEntry, type IdempotencyStore, type StoreBounds } from '../core/idempotency.js';

interface Held {
  entry: IdempotencyEntry;
  expires: number;
  caller: string;
  bytes: number;
  /** Pending claims and answers of single writes are never forgotten before they expire. */
  evictable: boolean;
}

/**
 * The default store: in this process's memory, bounded by bytes in all and per caller (and by a
 * count), expired lazily. When a new claim does not fit, the caller's own evictable answers go
 * first (oldest first), then, for the overall bound, anyone's evictable ones, which only means a
 * retry of a call that is safe to repeat runs again. Enough for one replica.
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  /** In insertion order, which is expiry order: every entry lives the same window from its last write. */
  private readonly entries = new Map<string, Held>();
  private readonly used = new Map<string, number>();
  private total = 0;

  constructor(private readonly bounds: StoreBounds & { maxEntries: number }) {}

  async claim(key: string, inputDigest: string, windowMs: number, owner: ClaimOwner): Promise<ClaimResult> {
    const now = Date.now();
    this.expire(now);
    const found = this.entries.get(key);
    if (found && found.expires > now) return { claimed: false, entry: found.entry };
    const refusal = this.makeRoom(owner);
    if (refusal) return { claimed: false, full: refusal };
    this.set(key, { entry: { inputDigest, state: 'pending' }, expires: now + windowMs, caller: owner.caller, bytes: owner.reserveBytes, evictable: false });
    return { claimed: true };
  }

  async finish(key: string, entry: IdempotencyEntry, windowMs: number, meta: FinishedMeta): Promise<void> {
    // Kept even when it is larger than what was set aside: it has run, and must be remembered.
    this.set(key, { entry, expires: Date.now() + windowMs, caller: meta.caller, bytes: entryBytes(entry), evictable: meta.evictable });
  }

  async release(key: string): Promise<void> {
    this.drop(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.used.clear();
    this.total = 0;
  }

  /**
   * Why a claim of this size cannot be held, or undefined once there is room. Answers are
   * forgotten only when that makes room: a claim refused anyway forgets nothing.
   */
  private makeRoom(owner: ClaimOwner): string | undefined {
    const { maxBytes, maxBytesPerCaller, maxEntries } = this.bounds;
    const mine = (held: Held) => held.caller === owner.caller;
    const used = () => this.used.get(owner.caller) ?? 0;
    if (used() + owner.reserveBytes > maxBytesPerCaller) {
      if (used() - this.freeable(mine).bytes + owner.reserveBytes > maxBytesPerCaller) return CALLER_FULL(maxBytesPerCaller);
      this.evict(mine, () => used() + owner.reserveBytes <= maxBytesPerCaller);
    }
    const fits = () => this.total + owner.reserveBytes <= maxBytes && this.entries.size < maxEntries;
    if (!fits()) {
      const freeable = this.freeable(() => true);
      if (this.total - freeable.bytes + owner.reserveBytes > maxBytes || this.entries.size - freeable.entries >= maxEntries) return TOTAL_FULL;
      this.evict(() => true, fits);
    }
    return undefined;
  }

  /** What forgetting every evictable answer of these would free. */
  private freeable(whose: (held: Held) => boolean): { bytes: number; entries: number } {
    let bytes = 0;
    let entries = 0;
    for (const held of this.entries.values()) {
      if (held.evictable && whose(held)) {
        bytes += held.bytes;
        entries++;
      }
    }
    return { bytes, entries };
  }

  private evict(whose: (held: Held) => boolean, enough: () => boolean): void {
    for (const [key, held] of this.entries) {
      if (enough()) return;
      if (held.evictable && whose(held)) this.drop(key);
    }
  }

  private expire(now: number): void {
    for (const [key, held] of this.entries) {
      if (held.expires > now) return;
      this.drop(key);
    }
  }

  private set(key: string, held: Held): void {
    this.drop(key);
    this.entries.set(key, held);
    this.account(held.caller, held.bytes);
  }

  private drop(key: string): void {
    const held = this.entries.get(key);
    if (!held) return;
    this.entries.delete(key);
    this.account(held.caller, -held.bytes);
  }

  private account(caller: string, bytes: number): void {
    this.total += bytes;
    const left = (this.used.get(caller) ?? 0) + bytes;
    if (left > 0) this.used.set(caller, left);
    else this.used.delete(caller);
  }
}
