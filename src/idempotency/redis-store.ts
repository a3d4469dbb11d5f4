import { Redis } from 'ioredis';
import type { IdempotencyEntry, IdempotencyStore } from '../core/idempotency.js';

/**
 * A store several gateway replicas share: one Redis key per clientMutationId, claimed with
 * SET NX PX (atomic), holding the entry as JSON and expiring with the window.
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  private readonly redis: Redis;

  constructor(url: string, private readonly prefix = 'bpm-gateway:idem:') {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  }

  async claim(key: string, inputDigest: string, windowMs: number): Promise<{ claimed: true } | { claimed: false; entry: IdempotencyEntry }> {
    const pending: IdempotencyEntry = { inputDigest, state: 'pending' };
    const set = await this.redis.set(this.prefix + key, JSON.stringify(pending), 'PX', windowMs, 'NX');
    if (set === 'OK') return { claimed: true as const };
    const raw = await this.redis.get(this.prefix + key);
    // Expired between the two calls: try once more.
    if (raw === null) return this.claim(key, inputDigest, windowMs);
    return { claimed: false as const, entry: JSON.parse(raw) as IdempotencyEntry };
  }

  async finish(key: string, entry: IdempotencyEntry, windowMs: number): Promise<void> {
    await this.redis.set(this.prefix + key, JSON.stringify(entry), 'PX', windowMs);
  }

  async release(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
