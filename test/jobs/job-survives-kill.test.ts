import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { K2_SERVICE } from '../support/gateway-harness.js';
import { MAIN, spawnProgram } from '../support/spawned-program.js';
import { REDIS_URL, redisPrefix } from '../support/redis.js';

let k2: K2Emulator;
const children: ChildProcessWithoutNullStreams[] = [];
beforeAll(async () => { k2 = await startK2Emulator({ users: [K2_SERVICE] }); });
afterEach(() => { for (const c of children.splice(0)) c.kill('SIGKILL'); k2.reset(); });
afterAll(async () => { await k2.close(); });

/**
 * A gateway process with its jobs in a SQLite file of this test's own (what a restart finds
 * again), or on Redis under a prefix of the test's own (what every replica shares).
 */
async function gatewayConfig(dataDir: string, jobs: Record<string, unknown> = {}, concurrency = 2): Promise<string> {
  const file = join(dataDir, 'gateway.json');
  await writeFile(file, JSON.stringify({
    server: { port: 0 },
    dataDir,
    jobs: { ...jobs, concurrency },
    backends: [{ id: 'k2', vendor: 'k2', baseUrl: k2.url, timeoutMs: 5000, updateTasksChunkSize: 1, auth: { type: 'basic', username: K2_SERVICE.username, password: K2_SERVICE.password } }],
  }));
  return file;
}

const gql = async (url: string, query: string, variables: unknown = {}) =>
  ((await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as { data: Record<string, any> });
const until = async (check: () => boolean | Promise<boolean>, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const batchCalls = () => k2.received.filter((r) => r.path.endsWith('/Task/Items/UpdateTasks'));
/** The serial numbers the K2 emulator received in UpdateTasks calls, in order (chunks of one). */
const sentSerials = () => batchCalls().map((r) => /SerialNumber="([^"]+)"/.exec(r.body)![1]!);
/** Tasks like 8_25 (a batchable Approve) named `<prefix>_1` …; every call to K2 takes `slowMs` (applied, then answered). */
function addTasks(prefix: string, count: number, slowMs: number): string[] {
  const serials = Array.from({ length: count }, (_, i) => `${prefix}_${i + 1}`);
  for (const serialNumber of serials) k2.state.tasks.set(serialNumber, { ...structuredClone(k2.state.tasks.get('8_25')!), serialNumber });
  for (let i = 0; i < count; i++) k2.slowNext('POST', slowMs);
  return serials;
}
const approveAll = (serials: string[]) => serials.map((serialNumber) => ({ serialNumber, action: { kind: 'ACTION', name: 'Approve' } }));
async function startJob(url: string, serials: string[]): Promise<string> {
  const started = await gql(url, 'mutation($i: UpdateTasksInput!) { updateTasks(input: $i) { __typename ... on BulkJobStarted { job { id } } } }', { i: { backend: 'k2', items: approveAll(serials), runAsJob: true } });
  return started.data['updateTasks'].job.id as string;
}
const readJob = async (url: string, id: string) => (await gql(url, 'query($id: ID!) { job(id: $id) { status processed succeeded unknown items { edges { node { key status } } } } }', { id })).data['job'];
const statuses = (job: { items: { edges: { node: { status: string } }[] } }) => job.items.edges.map((e) => e.node.status);

const finished = async (url: string, id: string) => !['QUEUED', 'RUNNING'].includes((await readJob(url, id)).status);
const spawnGateway = (config: string) => spawnProgram(children, process.execPath, [MAIN, '--config', config], { LOG_LEVEL: 'warn' });

describe('the embedded store (a SQLite file)', () => {
  it('a gateway killed (SIGKILL) mid-job: the restarted one finishes it, the call that was out is marked unknown and never re-sent', async () => {
    const config = await gatewayConfig(await mkdtemp(join(tmpdir(), 'gw-jobs-')));
    // Every call takes 700 ms (the emulator applies it, then answers): time to kill the gateway while one is out.
    const serials = addTasks('400', 6, 700);
    const first = spawnGateway(config);
    const id = await startJob(await first.url, serials);

    // Two chunks answered, the third sent: kill the gateway while it waits for the answer.
    await until(async () => (await readJob(await first.url, id)).processed >= 2 && batchCalls().length === 3);
    first.child.kill('SIGKILL');
    await first.exited;

    const again = await spawnGateway(config).url;
    await until(() => finished(again, id));
    const done = await readJob(again, id);
    expect(done).toMatchObject({ status: 'PARTIAL', processed: 6, succeeded: 5, unknown: 1 });
    expect(statuses(done)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'UNKNOWN', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    // Each task went out in exactly one call: nothing applied was sent again, nothing in doubt either.
    expect(sentSerials()).toEqual(serials);
    expect(serials.every((s) => k2.state.tasks.get(s)!.status === 'Completed')).toBe(true);
  });
});

describe.skipIf(!REDIS_URL)('BullMQ over Redis (a real redis-server)', () => {
  /** Replicas of one fleet: the same Redis prefix, a data directory each; a lock of 1 s, so that a takeover comes within seconds. */
  const fleet = async () => {
    const jobs = { redisUrl: REDIS_URL, redisPrefix: redisPrefix(), lockMs: 1000 };
    const replica = async () => spawnGateway(await gatewayConfig(await mkdtemp(join(tmpdir(), 'gw-replica-')), jobs, 1));
    return { jobs, replica };
  };

  it('two replicas share the jobs; one killed mid-job, the other takes its job over and finishes it without re-sending an applied chunk', async () => {
    const { Redis } = await import('ioredis');
    const redis = new Redis(REDIS_URL!);
    try {
      const { jobs, replica } = await fleet();
      const a = await replica();
      const b = await replica();
      const [urlA, urlB] = [await a.url, await b.url];
      const tasks = [addTasks('500', 6, 600), addTasks('501', 6, 600)];
      const ids = [await startJob(urlA, tasks[0]!), await startJob(urlA, tasks[1]!)];
      // Each replica runs one job at a time: both running at once means each took one. The store's
      // lease (under the job's own id, the last part of its global id) names the process.
      const lease = (id: string) => `${jobs.redisPrefix}:jobs:lease:${id.split('/').at(-1)}`;
      const holders = async () => Promise.all(ids.map(async (id) => Number((await redis.get(lease(id)))?.split(':')[1])));
      await until(async () => (await holders()).sort().join() === [a.child.pid, b.child.pid].sort().join());
      const victim = (await holders()).indexOf(a.child.pid!);
      const [victimId, victimTasks] = [ids[victim]!, tasks[victim]!];

      await until(async () => (await readJob(urlB, victimId)).processed >= 2 && sentSerials().filter((s) => victimTasks.includes(s)).length === 3);
      a.child.kill('SIGKILL');
      await a.exited;

      await until(async () => (await finished(urlB, ids[0]!)) && (await finished(urlB, ids[1]!)), 30_000);
      const taken = await readJob(urlB, victimId);
      expect(taken).toMatchObject({ status: 'PARTIAL', processed: 6, succeeded: 5, unknown: 1 });
      expect(statuses(taken)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'UNKNOWN', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
      expect(await readJob(urlB, ids[1 - victim]!)).toMatchObject({ status: 'SUCCEEDED', succeeded: 6 });
      // Every task went out once, in its job's order: the chunk in doubt was not repeated either.
      for (const serials of tasks) expect(sentSerials().filter((s) => serials.includes(s))).toEqual(serials);
    } finally {
      redis.disconnect();
    }
  });

  it('a replica stopped (SIGTERM) mid-job hands it back after the call in flight; the next one resumes it, nothing unknown, nothing re-sent', async () => {
    const { replica } = await fleet();
    const first = await replica();
    const serials = addTasks('502', 6, 500);
    const id = await startJob(await first.url, serials);
    await until(async () => (await readJob(await first.url, id)).processed >= 2);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const stoppedAt = sentSerials().length;
    expect(stoppedAt).toBeLessThan(6);

    const next = await (await replica()).url;
    await until(() => finished(next, id), 30_000);
    expect(await readJob(next, id)).toMatchObject({ status: 'SUCCEEDED', processed: 6, succeeded: 6, unknown: 0 });
    expect(sentSerials()).toEqual(serials);
  });
});
