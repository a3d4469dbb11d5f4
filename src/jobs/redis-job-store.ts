import { Redis } from 'ioredis';
import type { Caller } from '../core/access-policy.js';
import { isFinished, itemKeys, tally, type ChunkState, type ItemResult, type JobKind, type JobPlan, type JobRecord, type JobStatus } from './bulk-job.js';
import { ownerGone } from './job-owner.js';
import type { JobStore } from './job-store.js';

/*
 * Keys, under the prefix: `job:<id>` a hash of the record; `plan:<id>` the plan as JSON;
 * `chunks:<id>` chunk index → sending | done; `results:<id>` chunk index → its results as JSON;
 * `lease:<id>` the owning worker, expiring; `index` every id (score 0, so ids sort as text: they
 * begin with the creation time); `unfinished` the ids of jobs queued or running.
 */

/** KEYS: chunks. ARGV: index. What the chunk was; marks it sending unless it is done. */
const BEGIN_CHUNK = `
local s = redis.call('HGET', KEYS[1], ARGV[1])
if s then return s end
redis.call('HSET', KEYS[1], ARGV[1], 'sending')
return 'pending'`;

/** KEYS: chunks, results, job. ARGV: index, results JSON, processed, succeeded, failed, unknown. Once per chunk. */
const FINISH_CHUNK = `
if redis.call('HGET', KEYS[1], ARGV[1]) == 'done' then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], 'done')
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('HINCRBY', KEYS[3], 'processed', ARGV[3])
redis.call('HINCRBY', KEYS[3], 'succeeded', ARGV[4])
redis.call('HINCRBY', KEYS[3], 'failed', ARGV[5])
redis.call('HINCRBY', KEYS[3], 'unknown', ARGV[6])
return 1`;

/** KEYS: job. Asks a queued or running job to stop. */
const REQUEST_CANCEL = `
local s = redis.call('HGET', KEYS[1], 'status')
if s ~= 'QUEUED' and s ~= 'RUNNING' then return 0 end
redis.call('HSET', KEYS[1], 'cancelRequested', '1')
return 1`;

/**
 * KEYS: lease, job. ARGV: owner, leaseMs, the owner seen before and found gone ('' if none).
 * Free when nobody holds it, this worker does, or the holder seen gone still does.
 */
const CLAIM = `
if redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] and holder ~= ARGV[3] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/** KEYS: lease. ARGV: owner. */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0`;

interface Scripts {
  beginChunk(chunks: string, index: number): Promise<ChunkState>;
  finishChunk(chunks: string, results: string, job: string, index: number, json: string, processed: number, succeeded: number, failed: number, unknown: number): Promise<number>;
  requestCancel(job: string): Promise<number>;
  claimLease(lease: string, job: string, owner: string, leaseMs: number, gone: string): Promise<number>;
  releaseLease(lease: string, owner: string): Promise<number>;
}

/**
 * Jobs in Redis, shared by every replica: each write is one command or one script, so two
 * replicas never both count a chunk or both own a job.
 */
export class RedisJobStore implements JobStore {
  private readonly redis: Redis & Scripts;

  constructor(url: string, private readonly prefix: string) {
    const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
    redis.defineCommand('beginChunk', { numberOfKeys: 1, lua: BEGIN_CHUNK });
    redis.defineCommand('finishChunk', { numberOfKeys: 3, lua: FINISH_CHUNK });
    redis.defineCommand('requestCancel', { numberOfKeys: 1, lua: REQUEST_CANCEL });
    redis.defineCommand('claimLease', { numberOfKeys: 2, lua: CLAIM });
    redis.defineCommand('releaseLease', { numberOfKeys: 1, lua: RELEASE });
    // ioredis reconnects by itself; a store call made meanwhile fails and the job's caller sees it.
    redis.on('error', () => undefined);
    this.redis = redis as Redis & Scripts;
  }

  private key(kind: string, id: string): string {
    return `${this.prefix}${kind}:${id}`;
  }

  async create({ id, plan, createdBy, createdAt }: { id: string; plan: JobPlan; createdBy: Caller | null; createdAt: number }): Promise<JobRecord> {
    const record: JobRecord = {
      id, kind: plan.kind, backend: plan.backend, status: 'QUEUED', total: itemKeys(plan).length, processed: 0, succeeded: 0, failed: 0, unknown: 0,
      createdBy, createdAt, finishedAt: null, cancelRequested: false, chunkSize: plan.chunkSize,
    };
    await this.redis.multi()
      .set(this.key('plan', id), JSON.stringify(plan))
      .hset(this.key('job', id), fieldsOf(record))
      .zadd(`${this.prefix}index`, 0, id)
      .sadd(`${this.prefix}unfinished`, id)
      .exec();
    return record;
  }

  async get(id: string): Promise<JobRecord | null> {
    return recordOf(id, await this.redis.hgetall(this.key('job', id)));
  }

  async plan(id: string): Promise<JobPlan | null> {
    const json = await this.redis.get(this.key('plan', id));
    return json === null ? null : (JSON.parse(json) as JobPlan);
  }

  async list(first: number, before: string | null): Promise<JobRecord[]> {
    const ids = await this.redis.zrevrangebylex(`${this.prefix}index`, before === null ? '+' : `(${before}`, '-', 'LIMIT', 0, first);
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.key('job', id));
    const rows = (await pipeline.exec()) ?? [];
    return ids.flatMap((id, i) => {
      const record = recordOf(id, rows[i]?.[1] as Record<string, string>);
      return record ? [record] : [];
    });
  }

  async beginChunk(id: string, index: number): Promise<ChunkState> {
    return this.redis.beginChunk(this.key('chunks', id), index);
  }

  async finishChunk(id: string, index: number, results: readonly ItemResult[]): Promise<void> {
    const t = tally(results);
    await this.redis.finishChunk(this.key('chunks', id), this.key('results', id), this.key('job', id),
      index, JSON.stringify(results), t.processed, t.succeeded, t.failed, t.unknown);
  }

  async results(id: string, fromChunk: number, toChunk: number): Promise<Map<number, ItemResult[]>> {
    const indexes = Array.from({ length: toChunk - fromChunk + 1 }, (_, i) => String(fromChunk + i));
    const values = await this.redis.hmget(this.key('results', id), ...indexes);
    const results = new Map<number, ItemResult[]>();
    values.forEach((json, i) => { if (json !== null) results.set(fromChunk + i, JSON.parse(json) as ItemResult[]); });
    return results;
  }

  async setStatus(id: string, status: JobStatus, finishedAt?: number): Promise<void> {
    const write = this.redis.multi().hset(this.key('job', id), { status, finishedAt: finishedAt === undefined ? '' : String(finishedAt) });
    if (isFinished(status)) write.srem(`${this.prefix}unfinished`, id);
    await write.exec();
  }

  async requestCancel(id: string): Promise<boolean> {
    return (await this.redis.requestCancel(this.key('job', id))) === 1;
  }

  async claim(id: string, owner: string, leaseMs: number): Promise<boolean> {
    const lease = this.key('lease', id);
    const holder = await this.redis.get(lease);
    const gone = holder !== null && holder !== owner && ownerGone(holder) ? holder : '';
    return (await this.redis.claimLease(lease, this.key('job', id), owner, leaseMs, gone)) === 1;
  }

  async release(id: string, owner: string): Promise<void> {
    await this.redis.releaseLease(this.key('lease', id), owner);
  }

  async unfinished(): Promise<string[]> {
    return (await this.redis.smembers(`${this.prefix}unfinished`)).sort();
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

function fieldsOf(job: JobRecord): Record<string, string> {
  return {
    kind: job.kind, backend: job.backend, status: job.status, total: String(job.total), processed: '0', succeeded: '0', failed: '0', unknown: '0',
    createdBy: job.createdBy ? JSON.stringify(job.createdBy) : '', createdAt: String(job.createdAt), finishedAt: '', cancelRequested: '0', chunkSize: String(job.chunkSize),
  };
}

function recordOf(id: string, h: Record<string, string> | undefined): JobRecord | null {
  if (!h || h['kind'] === undefined) return null;
  const n = (field: string) => Number(h[field] ?? 0);
  return {
    id, kind: h['kind'] as JobKind, backend: h['backend']!, status: h['status'] as JobStatus,
    total: n('total'), processed: n('processed'), succeeded: n('succeeded'), failed: n('failed'), unknown: n('unknown'),
    createdBy: h['createdBy'] ? (JSON.parse(h['createdBy']) as Caller) : null,
    createdAt: n('createdAt'), finishedAt: h['finishedAt'] ? Number(h['finishedAt']) : null, cancelRequested: h['cancelRequested'] === '1', chunkSize: n('chunkSize'),
  };
}
