import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ItemResult, JobPlan } from '../../src/jobs/bulk-job.js';
import type { JobStore } from '../../src/jobs/job-store.js';
import { RedisJobStore } from '../../src/jobs/redis-job-store.js';
import { SqliteJobStore } from '../../src/jobs/sqlite-job-store.js';
import { REDIS_URL, redisPrefix } from '../support/redis.js';

/** The embedded store and the Redis one keep the same promises: the runner relies on them alike. */
const opened: JobStore[] = [];
afterAll(async () => { await Promise.all(opened.map((s) => s.close())); });
const STORES: [string, (() => JobStore) | undefined][] = [
  ['SQLite', () => new SqliteJobStore(join(mkdtempSync(join(tmpdir(), 'bpm-jobs-')), 'jobs.sqlite'))],
  ['Redis', REDIS_URL ? () => new RedisJobStore(REDIS_URL!, `${redisPrefix()}:jobs:`) : undefined],
];

const plan = (ids: number): JobPlan => ({ kind: 'MIGRATE_INSTANCES', backend: 'elma', chunkSize: 2, namespace: 'orders', processCode: 'p', instanceIds: Array.from({ length: ids }, (_, i) => `i${i}`) });
const ok: ItemResult = { status: 'SUCCEEDED', outcome: 'MigrateInstancesSuccess', message: null, vendorStatus: null, vendorCode: null };
const no: ItemResult = { status: 'FAILED', outcome: 'NotFoundError', message: 'gone', vendorStatus: 404, vendorCode: 'E1' };
/** The pid of a process that has just exited: a worker that was killed. */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());

describe.each(STORES)('the %s job store', (_name, make) => {
  const store = (): JobStore => { const s = make!(); opened.push(s); return s; };

  it.skipIf(!make)('keeps a job\'s record and plan, lists jobs newest first a page at a time, and says which are unfinished', async () => {
    const s = store();
    const caller = { id: 'ops', roles: ['operator'] };
    const a = await s.create({ id: '00000001-a', plan: plan(5), createdBy: caller, createdAt: 1 });
    expect(a).toMatchObject({ id: '00000001-a', kind: 'MIGRATE_INSTANCES', backend: 'elma', status: 'QUEUED', total: 5, processed: 0, createdBy: caller, createdAt: 1, finishedAt: null, cancelRequested: false, chunkSize: 2 });
    await s.create({ id: '00000002-b', plan: plan(1), createdBy: null, createdAt: 2 });
    await s.create({ id: '00000003-c', plan: plan(1), createdBy: null, createdAt: 3 });
    expect(await s.get('00000001-a')).toEqual(a);
    expect(await s.plan('00000001-a')).toEqual(plan(5));
    expect(await s.get('nope')).toBeNull();
    expect((await s.list(2, null)).map((j) => j.id)).toEqual(['00000003-c', '00000002-b']);
    expect((await s.list(2, '00000002-b')).map((j) => j.id)).toEqual(['00000001-a']);
    await s.setStatus('00000002-b', 'SUCCEEDED', 99);
    expect(await s.get('00000002-b')).toMatchObject({ status: 'SUCCEEDED', finishedAt: 99 });
    expect(await s.unfinished()).toEqual(['00000001-a', '00000003-c']);
  });

  it.skipIf(!make)('tells a chunk never sent from one a worker was sending when it stopped, and counts a chunk\'s results once', async () => {
    const s = store();
    await s.create({ id: 'j', plan: plan(5), createdBy: null, createdAt: 1 });
    expect(await s.beginChunk('j', 0)).toBe('pending');
    // The worker stopped here: whoever begins it next learns the call may have gone out.
    expect(await s.beginChunk('j', 0)).toBe('sending');
    await s.finishChunk('j', 0, [ok, no]);
    await s.finishChunk('j', 0, [ok, ok]);
    expect(await s.beginChunk('j', 0)).toBe('done');
    await s.finishChunk('j', 2, [{ ...ok, status: 'UNKNOWN', outcome: null }]);
    expect(await s.get('j')).toMatchObject({ processed: 3, succeeded: 1, failed: 1, unknown: 1 });
    const results = await s.results('j', 0, 2);
    expect([...results.keys()].sort()).toEqual([0, 2]);
    expect(results.get(0)).toEqual([ok, no]);
  });

  it.skipIf(!make)('lets one worker own a job at a time; a lease that ran out, a release, or a dead owner frees it', async () => {
    const s = store();
    await s.create({ id: 'j', plan: plan(1), createdBy: null, createdAt: 1 });
    expect(await s.claim('j', 'a', 300)).toBe(true);
    expect(await s.claim('j', 'b', 300)).toBe(false);
    expect(await s.claim('j', 'a', 300)).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    expect(await s.claim('j', 'b', 60_000)).toBe(true);
    await s.release('j', 'a');
    expect(await s.claim('j', 'a', 60_000)).toBe(false);
    await s.release('j', 'b');
    const dead = `${hostname()}:${deadPid()}:t`;
    expect(await s.claim('j', dead, 60_000)).toBe(true);
    expect(await s.claim('j', 'c', 60_000)).toBe(true);
    expect(await s.claim('missing', 'c', 60_000)).toBe(false);
  });

  it.skipIf(!make)('takes a cancel request only while the job is unfinished', async () => {
    const s = store();
    await s.create({ id: 'j', plan: plan(1), createdBy: null, createdAt: 1 });
    expect(await s.requestCancel('j')).toBe(true);
    expect((await s.get('j'))!.cancelRequested).toBe(true);
    await s.setStatus('j', 'CANCELED', 5);
    expect(await s.requestCancel('j')).toBe(false);
    expect(await s.requestCancel('missing')).toBe(false);
  });
});
