import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { Agent, request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { K2_SERVICE } from '../support/gateway-harness.js';
import { REDIS_URL, redisPrefix } from '../support/redis.js';
import { MAIN, spawnProgram } from '../support/spawned-program.js';

/**
 * server.workers: the real program, a primary and its worker processes sharing one port, in
 * front of a K2 emulator; idempotency and jobs on the Redis that .ci/run starts (REDIS_URL; these
 * tests skip without it outside CI).
 */
const children: ChildProcessWithoutNullStreams[] = [];
let k2: K2Emulator;
let dir: string;
beforeAll(async () => {
  k2 = await startK2Emulator({ users: [K2_SERVICE] });
  dir = mkdtempSync(join(tmpdir(), 'bpm-workers-'));
});
afterEach(() => { for (const c of children.splice(0)) c.kill('SIGKILL'); });
afterAll(() => k2?.close());

function config(workers: number | 'auto'): string {
  const file = join(dir, `gateway-${workers}.json`);
  writeFileSync(file, JSON.stringify({
    server: { port: 0, workers },
    idempotency: { redisUrl: REDIS_URL },
    jobs: { redisUrl: REDIS_URL, redisPrefix: redisPrefix() },
    backends: [{ id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: K2_SERVICE.username, password: K2_SERVICE.password } }],
  }));
  return file;
}

const start = (workers: number | 'auto') => spawnProgram(children, process.execPath, [MAIN, '--config', config(workers)], { LOG_LEVEL: 'info', BPM_GATEWAY_DATA_DIR: dir });

/** The worker processes of a primary, from the kernel's list of its children. */
function childPids(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

/** One mutation on a connection of its own, as many clients behind a load balancer would send it. */
async function mutate(url: string, n: number) {
  const agent = new Agent({ pipelining: 0 });
  try {
    const res = await request(`${url}/graphql`, {
      method: 'POST', dispatcher: agent, headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { updateProcessInstance(input: { backend: "k2", instanceId: "8", folio: "worker ${n}" }) { __typename } }` }),
    });
    return (await res.body.json()) as { data?: { updateProcessInstance: { __typename: string } } };
  } finally {
    await agent.close();
  }
}

/** updateProcessInstance successes as /metrics counts them, on a connection of its own. */
async function successesCounted(url: string): Promise<number> {
  const agent = new Agent();
  try {
    const text = await (await request(`${url}/metrics`, { dispatcher: agent })).body.text();
    return [...text.matchAll(/^bpm_gateway_requests_total\{([^}]*)\} (\d+)/gm)]
      .filter((m) => m[1]!.includes('result="UpdateProcessInstanceSuccess"'))
      .reduce((sum, m) => sum + Number(m[2]), 0);
  } finally {
    await agent.close();
  }
}

/** Which worker wrote each request's log line: every line names its worker. */
function workersInLog(stdout: string): Set<number> {
  const ids = new Set<number>();
  for (const line of stdout.split('\n')) {
    if (!line.includes('"graphql request"')) continue;
    const worker = (JSON.parse(line) as { worker?: number }).worker;
    if (worker !== undefined) ids.add(worker);
  }
  return ids;
}

describe.skipIf(!REDIS_URL)('server.workers', () => {
  it('two workers serve one port, both answer mutations, and SIGTERM stops every worker cleanly (exit 0)', async () => {
    const gateway = start(2);
    const url = await gateway.url;
    const startLine = gateway.out().split('\n').find((l) => l.includes('listening'))!;
    expect(JSON.parse(startLine)).toMatchObject({ workers: 2 });
    const workers = childPids(gateway.child.pid!);
    expect(workers).toHaveLength(2);

    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => mutate(url, i)));
    expect(answers.map((a) => a.data?.updateProcessInstance.__typename)).toEqual(Array(24).fill('UpdateProcessInstanceSuccess'));
    await expect.poll(() => workersInLog(gateway.out()).size, { timeout: 5_000 }).toBe(2);
    // Whichever worker a scrape reaches, /metrics counts the whole gateway's mutations.
    for (let scrape = 0; scrape < 4; scrape++) expect(await successesCounted(url)).toBe(24);

    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
    expect(workers.filter(alive)).toEqual([]);
    expect(gateway.out()).toContain('"msg":"stopping"');
  }, 60_000);

  it('a worker killed mid-run is replaced and the port keeps answering; a killed primary takes its workers with it', async () => {
    const gateway = start(2);
    const url = await gateway.url;
    const [first, second] = childPids(gateway.child.pid!);
    process.kill(first!, 'SIGKILL');
    await expect.poll(() => gateway.err(), { timeout: 10_000 }).toMatch(/worker \d+ exited \(SIGKILL\); starting another/);
    await expect.poll(() => childPids(gateway.child.pid!).filter((p) => p !== first).length, { timeout: 10_000 }).toBe(2);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => mutate(url, i)));
    expect(answers.every((a) => a.data?.updateProcessInstance.__typename === 'UpdateProcessInstanceSuccess')).toBe(true);

    const workers = childPids(gateway.child.pid!);
    expect(workers).toContain(second);
    gateway.child.kill('SIGKILL');
    await gateway.exited;
    // Each worker leaves when its channel to the primary closes.
    await expect.poll(() => workers.filter(alive), { timeout: 10_000 }).toEqual([]);
  }, 60_000);

  it('a port already taken stops the gateway with exit code 2 and says so', async () => {
    const taken = start(1);
    const url = new URL(await taken.url);
    const file = config(2);
    const clash = spawnProgram(children, process.execPath, [MAIN, '--config', file], { PORT: url.port, BPM_GATEWAY_DATA_DIR: dir });
    expect(await clash.exited).toBe(2);
    expect(clash.err()).toContain('is already in use');
  }, 60_000);
});

describe('server.workers in the config', () => {
  it('more than one worker without Redis for idempotency and jobs is refused, naming both fields', async () => {
    const file = join(dir, 'no-redis.json');
    writeFileSync(file, JSON.stringify({ server: { workers: 'auto' }, backends: [{ id: 'k2', vendor: 'k2', baseUrl: 'http://127.0.0.1:9/K2', auth: { type: 'basic', username: 'u', password: 'p' } }] }));
    const check = spawnProgram(children, process.execPath, [MAIN, '--check-config', file]);
    expect(await check.exited).toBe(2);
    expect(check.err()).toContain('idempotency.redisUrl');
    expect(check.err()).toContain('jobs.redisUrl');
  });
});
