import type { IdempotencyEntry, IdempotencyStore } from '../core/idempotency.js';

/**
 * The default store: in this process's memory, bounded (the oldest entries go first once
 * `maxEntries` is reached) and expired lazily. Enough for one replica.
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, { entry: IdempotencyEntry; expires: number }>();

  constructor(private readonly maxEntries = 10_000) {}

  async claim(key: string, inputDigest: string, windowMs: number) {
    const found = this.entries.get(key);
    if (found && found.expires > Date.now()) return { claimed: false as const, entry: found.entry };
    this.set(key, { inputDigest, state: 'pending' }, windowMs);
    return { claimed: true as const };
  }

  async finish(key: string, entry: IdempotencyEntry, windowMs: number): Promise<void> {
    this.set(key, entry, windowMs);
  }

  async release(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  private set(key: string, entry: IdempotencyEntry, windowMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { entry, expires: Date.now() + windowMs });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
