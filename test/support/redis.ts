import { randomUUID } from 'node:crypto';

/**
 * Tests of what runs on Redis (the shared idempotency store, BullMQ jobs) need REDIS_URL: .ci/run
 * starts a redis-server of its own and sets it. Outside CI a missing one skips them; in CI it is an error.
 */
export const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL && process.env.CI) throw new Error('REDIS_URL is not set: .ci/run starts a redis-server for these tests');

/** A key prefix no other test run uses. */
export const redisPrefix = (): string => `bpm-gateway-test-${randomUUID().slice(0, 8)}`;
