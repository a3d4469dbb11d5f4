import { Redis } from 'ioredis';
import type { IdempotencyEntry, IdempotencyStore } from '../core/idempotency.js';

/**
 * A store several gateway replicas share: one Redis key per clientMutationId, claimed with
 * SET NX PX (atomic), holding the entry as JSON and expiring with the window.
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  private readonly redis: Redis;

  constructor(url: string, onError: (error: Error) => void, private readonly prefix = 'bpm-gateway:idem:') {
    // Commands wait for a connection but give up after one reconnect attempt while Redis is away
    // (the registry answers that as data); ioredis keeps reconnecting in the background, and its
    // errors go to the log, not to an unhandled event.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: (times) => Math.min(times * 200, 2000) });
    this.redis.on('error', onError);
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
    // QUIT needs a live connection; a Redis that is away is simply let go.
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
