import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'undici';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { K2_SERVICE } from '../support/gateway-harness.js';
import { MAIN, ROOT, spawnProgram } from '../support/spawned-program.js';

/**
 * SIGTERM to the real program, as an orchestrator sends it: the answer whose vendor call is in
 * flight is still given, nothing new is taken, and the process exits within its grace.
 */
const UPDATE_TASK = 'mutation { updateTask(input: {backend: "k2", serialNumber: "8_25", action: {kind: ACTION, name: "Approve"}}) { __typename ... on UpdateTaskSuccess { vendorAction } } }';

let k2: K2Emulator;
const children: ChildProcessWithoutNullStreams[] = [];
beforeAll(async () => { k2 = await startK2Emulator({ users: [K2_SERVICE] }); });
afterEach(() => { for (const c of children.splice(0)) c.kill('SIGKILL'); k2.reset(); });
afterAll(async () => { await k2.close(); });

async function configFile(server: Record<string, unknown>): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'gw-stop-')), 'gateway.json');
  await writeFile(file, JSON.stringify({
    server: { port: 0, ...server },
    backends: [{ id: 'k2', vendor: 'k2', baseUrl: k2.url, timeoutMs: 5000, auth: { type: 'basic', username: K2_SERVICE.username, password: K2_SERVICE.password } }],
  }));
  return file;
}

const started = (command: string, args: string[]) => spawnProgram(children, command, args, { LOG_LEVEL: 'warn' });

const until = async (check: () => boolean) => { while (!check()) await new Promise((r) => setTimeout(r, 10)); };
const post = (client: Client, query: string) =>
  client.request({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

it('SIGTERM while a vendor call is in flight: its real outcome is answered, /ready says 503, new connections are refused, exit 0', async () => {
  const gw = started(process.execPath, [MAIN, '--config', await configFile({ shutdownGraceMs: 8000 })]);
  const url = await gw.url;
  // One connection, two requests pipelined on it: the mutation, then (after SIGTERM) /ready.
  const client = new Client(url, { pipelining: 2 });
  k2.slowNext('POST', 1000);
  const answer = post(client, UPDATE_TASK);
  await until(() => k2.received.length === 1);
  const signalled = performance.now();
  gw.child.kill('SIGTERM');
  await until(() => gw.out().includes('"msg":"stopping"'));
  const ready = client.request({ method: 'GET', path: '/ready' });
  await expect(fetch(`${url}/health`)).rejects.toThrow();

  const res = await answer;
  expect(res.statusCode).toBe(200);
  expect(await res.body.json()).toMatchObject({ data: { updateTask: { __typename: 'UpdateTaskSuccess', vendorAction: 'a:Approve' } } });
  expect(performance.now() - signalled).toBeGreaterThan(700);
  expect((await ready).statusCode).toBe(503);
  expect(await gw.exited).toBe(0);
  expect(performance.now() - signalled).toBeLessThan(8000);
  await client.close();
});

it('a call that outlives server.shutdownGraceMs is cut at the grace, and the process exits', async () => {
  const gw = started(process.execPath, [MAIN, '--config', await configFile({ shutdownGraceMs: 300 })]);
  const url = await gw.url;
  const client = new Client(url);
  k2.slowNext('POST', 4000);
  const answer = post(client, UPDATE_TASK).then(() => 'answered', () => 'cut');
  await until(() => k2.received.length === 1);
  const signalled = performance.now();
  gw.child.kill('SIGTERM');
  expect(await answer).toBe('cut');
  expect(await gw.exited).toBe(0);
  expect(performance.now() - signalled).toBeLessThan(300 + 1500);
  await client.destroy();
});

it('npm start passes SIGTERM on: the gateway stops, and no node process is left serving', async () => {
  const gw = started('npm', ['start', '--', '--config', await configFile({})]);
  const url = await gw.url;
  expect((await fetch(`${url}/health`)).status).toBe(200);
  gw.child.kill('SIGTERM');
  await gw.exited;
  await until(() => gw.out().includes('"msg":"stopping"'));
  // npm has exited; the gateway it ran must be gone too, not orphaned and still listening.
  await new Promise((r) => setTimeout(r, 300));
  await expect(fetch(`${url}/health`)).rejects.toThrow();
}, 60_000);

it('npm start compiles nothing when nothing changed since the last build', async () => {
  const start = join(ROOT, 'scripts/start.mjs');
  const stamp = join(ROOT, 'dist/tsconfig.build.tsbuildinfo');
  const run = () => new Promise<string>((resolve) => {
    const child = spawn(process.execPath, [start, '--help'], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('exit', () => resolve(out));
  });
  expect(await run()).toContain('usage: npm start'); // builds if this checkout's build is behind
  const built = statSync(stamp).mtimeMs;
  expect(await run()).toContain('usage: npm start');
  expect(statSync(stamp).mtimeMs).toBe(built);
}, 120_000);
