import { Redis } from 'ioredis';
import { CALLER_FULL, TOTAL_FULL } from './store-refusals.js';
import { entryBytes, type ClaimOwner, type ClaimResult, type FinishedMeta, type IdempotencyEntry, type IdempotencyStore, type StoreBounds } from '../core/idempotency.js';

/**
 * The bookkeeping both scripts share. Per entry key: the entry itself (expiring with PX), a field
 * in the `sizes` hash ("bytes:evictable:caller"), and its expiry in the global and the caller's
 * sorted set; per caller and overall, a byte counter. Entries Redis has expired leave the indexes
 * at the next claim.
 */
const BOOKKEEPING = `
local prefix = ARGV[1]
local sizes = prefix .. 'sizes'
local byExpiry = prefix .. 'expiry'
local total = prefix .. 'used'
local function parse(v)
  local b, e, c = string.match(v, '^(%d+):(%d):(.*)$')
  return tonumber(b), e == '1', c
end
local function forget(key, dropEntry)
  local v = redis.call('HGET', sizes, key)
  if dropEntry then redis.call('DEL', key) end
  redis.call('ZREM', byExpiry, key)
  if not v then return end
  local b, _, c = parse(v)
  redis.call('HDEL', sizes, key)
  redis.call('ZREM', prefix .. 'idx:' .. c, key)
  redis.call('DECRBY', prefix .. 'used:' .. c, b)
  redis.call('DECRBY', total, b)
end
local function record(key, caller, bytes, evictable, expires)
  redis.call('HSET', sizes, key, bytes .. ':' .. evictable .. ':' .. caller)
  redis.call('ZADD', byExpiry, expires, key)
  redis.call('ZADD', prefix .. 'idx:' .. caller, expires, key)
  redis.call('INCRBY', prefix .. 'used:' .. caller, bytes)
  redis.call('INCRBY', total, bytes)
end
local function used(k) return tonumber(redis.call('GET', k) or '0') end
`;

/** KEYS[1] entry; ARGV: prefix, pending JSON, pendingMs, now, reserve, caller, perCallerMax, maxBytes. */
const CLAIM = `${BOOKKEEPING}
local now = tonumber(ARGV[4])
for _, key in ipairs(redis.call('ZRANGEBYSCORE', byExpiry, '-inf', now)) do forget(key, false) end
local existing = redis.call('GET', KEYS[1])
if existing then return {0, existing} end
-- Bookkeeping may outlive its entry (Redis evicted the key, or a replica's clock runs ahead):
-- dropped before anything is counted, so nothing is counted twice.
forget(KEYS[1], false)
local reserve = tonumber(ARGV[5])
local caller = ARGV[6]
local mine = prefix .. 'used:' .. caller
local function evictFrom(zset, enough)
  for _, key in ipairs(redis.call('ZRANGE', zset, 0, -1)) do
    if enough() then return end
    local v = redis.call('HGET', sizes, key)
    if v then
      local _, evictable = parse(v)
      if evictable then forget(key, true) end
    end
  end
end
local perCaller = tonumber(ARGV[7])
local maxBytes = tonumber(ARGV[8])
local function callerFits() return used(mine) + reserve <= perCaller end
local function totalFits() return used(total) + reserve <= maxBytes end
-- Answers are forgotten only when that makes room: a claim refused anyway forgets nothing.
local function freeable(zset)
  local bytes = 0
  for _, key in ipairs(redis.call('ZRANGE', zset, 0, -1)) do
    local v = redis.call('HGET', sizes, key)
    if v then
      local b, evictable = parse(v)
      if evictable then bytes = bytes + b end
    end
  end
  return bytes
end
if not callerFits() then
  if used(mine) - freeable(prefix .. 'idx:' .. caller) + reserve > perCaller then return {2, 'caller'} end
  evictFrom(prefix .. 'idx:' .. caller, callerFits)
end
if not totalFits() then
  if used(total) - freeable(byExpiry) + reserve > maxBytes then return {2, 'total'} end
  evictFrom(byExpiry, totalFits)
end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
record(KEYS[1], caller, reserve, 0, now + tonumber(ARGV[3]))
return {1}
`;

/** KEYS[1] entry; ARGV: prefix, entry JSON, windowMs, now, bytes, caller, evictable (0/1). */
const FINISH = `${BOOKKEEPING}
forget(KEYS[1], false)
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
record(KEYS[1], ARGV[6], tonumber(ARGV[5]), ARGV[7], tonumber(ARGV[4]) + tonumber(ARGV[3]))
return 1
`;

/** KEYS[1] entry; ARGV: prefix. */
const RELEASE = `${BOOKKEEPING}
forget(KEYS[1], true)
return 1
`;

type Scripted = Redis & {
  idemClaim(key: string, ...args: (string | number)[]): Promise<[number, string?]>;
  idemFinish(key: string, ...args: (string | number)[]): Promise<number>;
  idemRelease(key: string, prefix: string): Promise<number>;
};

/**
 * A store several gateway replicas share: one Redis key per clientMutationId, claimed atomically
 * in a script that also keeps the byte bounds (per caller and overall) the memory store keeps,
 * holding the entry as JSON and expiring with the window. Guess: one Redis server (or a cluster
 * whose keys share a slot), as the script touches keys it computes from the prefix.
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  private readonly redis: Scripted;

  constructor(url: string, private readonly bounds: StoreBounds, onError: (error: Error) => void, private readonly prefix = 'bpm-gateway:idem:') {
    // Commands wait for a connection but give up after one reconnect attempt while Redis is away
    // (the registry answers that as data); ioredis keeps reconnecting in the background, and its
    // errors go to the log, not to an unhandled event.
    const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: (times) => Math.min(times * 200, 2000) });
    redis.defineCommand('idemClaim', { numberOfKeys: 1, lua: CLAIM });
    redis.defineCommand('idemFinish', { numberOfKeys: 1, lua: FINISH });
    redis.defineCommand('idemRelease', { numberOfKeys: 1, lua: RELEASE });
    redis.on('error', onError);
    this.redis = redis as Scripted;
  }

  async claim(key: string, inputDigest: string, windowMs: number, owner: ClaimOwner): Promise<ClaimResult> {
    const pending: IdempotencyEntry = { inputDigest, state: 'pending' };
    const [verdict, found] = await this.redis.idemClaim(this.prefix + key, this.prefix, JSON.stringify(pending), windowMs, Date.now(), owner.reserveBytes, owner.caller, this.bounds.maxBytesPerCaller, this.bounds.maxBytes);
    if (verdict === 1) return { claimed: true };
    if (verdict === 0) return { claimed: false, entry: JSON.parse(found!) as IdempotencyEntry };
    return { claimed: false, full: found === 'caller' ? CALLER_FULL(this.bounds.maxBytesPerCaller) : TOTAL_FULL };
  }

  async finish(key: string, entry: IdempotencyEntry, windowMs: number, meta: FinishedMeta): Promise<void> {
    await this.redis.idemFinish(this.prefix + key, this.prefix, JSON.stringify(entry), windowMs, Date.now(), entryBytes(entry), meta.caller, meta.evictable ? 1 : 0);
  }

  async release(key: string): Promise<void> {
    await this.redis.idemRelease(this.prefix + key, this.prefix);
  }

  async close(): Promise<void> {
    // QUIT needs a live connection; a Redis that is away is simply let go.
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
