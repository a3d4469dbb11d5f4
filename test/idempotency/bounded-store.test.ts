import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { IdempotencyEntry, IdempotencyStore, StoreBounds } from '../../src/core/idempotency.js';
import { MemoryIdempotencyStore } from '../../src/idempotency/memory-store.js';
import { RedisIdempotencyStore } from '../../src/idempotency/redis-store.js';
import { REDIS_URL } from '../support/redis.js';

/** Both stores, the same bounds: by bytes in all and per caller, never forgetting a single write. Redis: see client-mutation-id.test.ts. */

const opened: IdempotencyStore[] = [];
afterAll(async () => { await Promise.all(opened.map((s) => s.close())); });

const STORES: [string, ((bounds: StoreBounds) => IdempotencyStore) | undefined][] = [
  ['memory', (bounds) => new MemoryIdempotencyStore({ ...bounds, maxEntries: 100_000 })],
  ['Redis', REDIS_URL ? (bounds) => new RedisIdempotencyStore(REDIS_URL!, bounds, () => {}, `bpm-gateway:test:${randomUUID()}:`) : undefined],
];
const WINDOW = 60_000;
/** An answer of about `kb` kilobytes once stored. */
const answer = (kb: number): IdempotencyEntry => ({ inputDigest: 'd', state: 'done', outcome: { ok: true, value: { blob: 'x'.repeat(kb * 1024) } } });

describe.each(STORES)('the %s store', (_name, make) => {
  const store = (bounds: StoreBounds) => { const s = make!(bounds); opened.push(s); return s; };
  const run = async (s: IdempotencyStore, key: string, caller: string, kb: number, evictable: boolean) => {
    const claim = await s.claim(key, 'd', WINDOW, { caller, reserveBytes: 100 });
    if (claim.claimed) await s.finish(key, answer(kb), WINDOW, { caller, reserveBytes: 0, evictable });
    return claim;
  };

  it.skipIf(!make)('a caller over its share forgets its own repeatable answers, oldest first, never another caller\'s', async () => {
    const s = store({ maxBytes: 1024 * 1024, maxBytesPerCaller: 100 * 1024 });
    await run(s, 'victim-1', 'victim', 30, false);
    for (let i = 0; i < 10; i++) expect((await run(s, `flood-${i}`, 'flood', 30, true)).claimed).toBe(true);
    expect(await s.claim('victim-1', 'd', WINDOW, { caller: 'victim', reserveBytes: 100 })).toMatchObject({ claimed: false, entry: { state: 'done' } });
    expect(await s.claim('flood-0', 'd', WINDOW, { caller: 'flood', reserveBytes: 100 })).toEqual({ claimed: true });
    expect(await s.claim('flood-9', 'd', WINDOW, { caller: 'flood', reserveBytes: 100 })).toMatchObject({ claimed: false, entry: { state: 'done' } });
  });

  it.skipIf(!make)('answers of calls that must not run twice are never forgotten: new ids of that caller are refused instead', async () => {
    const s = store({ maxBytes: 1024 * 1024, maxBytesPerCaller: 100 * 1024 });
    // An answer's size is known only once it is there: the share may be passed by the last one kept.
    for (let i = 0; i < 4; i++) expect((await run(s, `once-${i}`, 'c', 30, false)).claimed).toBe(true);
    expect(await run(s, 'once-4', 'c', 30, false)).toMatchObject({ claimed: false, full: expect.stringContaining('idempotency.maxBytesPerCaller') });
    for (let i = 0; i < 4; i++) expect(await s.claim(`once-${i}`, 'd', WINDOW, { caller: 'c', reserveBytes: 100 })).toMatchObject({ claimed: false, entry: { state: 'done' } });
    // Another caller is not affected.
    expect((await run(s, 'other-0', 'other', 30, false)).claimed).toBe(true);
  });

  it.skipIf(!make)('the overall bound forgets anyone\'s repeatable answers first, then refuses', async () => {
    const s = store({ maxBytes: 200 * 1024, maxBytesPerCaller: 200 * 1024 });
    await run(s, 'a-0', 'a', 90, true);
    await run(s, 'b-0', 'b', 90, false);
    await run(s, 'c-0', 'c', 90, false);
    // 270 KB held: the next claim makes room by forgetting a's repeatable answer, and only that.
    expect((await run(s, 'd-0', 'd', 90, false)).claimed).toBe(true);
    expect(await s.claim('a-0', 'd', WINDOW, { caller: 'a', reserveBytes: 100 })).toMatchObject({ claimed: false, full: expect.stringContaining('idempotency.maxBytes') });
    for (const key of ['b-0', 'c-0', 'd-0']) expect(await s.claim(key, 'd', WINDOW, { caller: key[0]!, reserveBytes: 100 })).toMatchObject({ claimed: false, entry: { state: 'done' } });
  });

  it.skipIf(!make)('a claim that cannot fit anyway forgets nothing', async () => {
    const s = store({ maxBytes: 1024 * 1024, maxBytesPerCaller: 100 * 1024 });
    await run(s, 'keep-0', 'c', 60, false);
    await run(s, 'keep-1', 'c', 30, false);
    await run(s, 'spare-0', 'c', 5, true);
    // 95 KB held, 5 KB of it evictable: a 20 KB claim cannot fit even then, so the 5 KB stays.
    expect(await s.claim('big', 'd', WINDOW, { caller: 'c', reserveBytes: 20 * 1024 })).toMatchObject({ claimed: false, full: expect.stringContaining('maxBytesPerCaller') });
    expect(await s.claim('spare-0', 'd', WINDOW, { caller: 'c', reserveBytes: 100 })).toMatchObject({ claimed: false, entry: { state: 'done' } });
  });

  it.skipIf(!make)('a released claim gives its bytes back', async () => {
    const s = store({ maxBytes: 1024 * 1024, maxBytesPerCaller: 60 * 1024 });
    expect((await run(s, 'k-0', 'c', 50, false)).claimed).toBe(true);
    await s.release('k-0');
    expect((await run(s, 'k-1', 'c', 50, false)).claimed).toBe(true);
  });
});

describe.skipIf(!REDIS_URL)('the Redis store\'s bookkeeping', () => {
  it('outlives no entry: an entry key Redis dropped on its own is counted once when its id is claimed again', async () => {
    const { Redis } = await import('ioredis');
    const prefix = `bpm-gateway:test:${randomUUID()}:`;
    const s = new RedisIdempotencyStore(REDIS_URL!, { maxBytes: 1024 * 1024, maxBytesPerCaller: 100 * 1024 }, () => {}, prefix);
    opened.push(s);
    const redis = new Redis(REDIS_URL!);
    try {
      await s.claim('k', 'd', WINDOW, { caller: 'c', reserveBytes: 100 });
      await s.finish('k', answer(30), WINDOW, { caller: 'c', reserveBytes: 0, evictable: false });
      await redis.del(`${prefix}k`); // as maxmemory eviction would
      expect(await s.claim('k', 'd', WINDOW, { caller: 'c', reserveBytes: 100 })).toEqual({ claimed: true });
      await s.release('k');
      expect(Number(await redis.get(`${prefix}used:c`))).toBe(0);
      expect(Number(await redis.get(`${prefix}used`))).toBe(0);
    } finally {
      redis.disconnect();
    }
  });
});
