import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startElma365Emulator, startK2Emulator } from '@bpm-gateway/sandbox';
import { rssMb, startBenchProcess } from './middle-process.js';

/**
 * `npm run bench:bulk`: (1) a 100,000-instance ELMA365 migration as a bulk job, followed with
 * jobProgress over graphql-ws: time to the final state, vendor calls (⌈100000/10000⌉ = 10
 * expected), the gateway's peak RSS, progress events per second; (2) 1,000 K2 task actions in one
 * updateTasks: time and vendor calls (⌈1000/100⌉ = 10 expected at the default chunk of 100).
 */
const K2_USER = { username: 'bench', password: 'bench-pass', canWrite: true };
const TOKEN = 'bench-elma-token';
const INSTANCES = Number(process.env.BULK_INSTANCES ?? 100_000);
const TASKS = 1_000;

const k2 = await startK2Emulator({ users: [K2_USER] });
const elma = await startElma365Emulator({ tokens: [{ token: TOKEN, user: 'bench', admin: true }] });
const dataDir = mkdtempSync(join(tmpdir(), 'bench-bulk-'));
const gateway = await startBenchProcess<{ url: string }>('./bulk-gateway.js', [k2.url, elma.url, dataDir, K2_USER.username, K2_USER.password, TOKEN]);
const { url } = gateway.ready;
const pid = gateway.child.pid!;
const gql = async (query: string, variables: unknown) =>
  (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as { data?: Record<string, any>; errors?: unknown };

try {
  const idleRss = rssMb(pid);
  // (1) the migration.
  const ids = elma.addInstances('orders', 'order_approval', INSTANCES, ['wait'], 1);
  const started = performance.now();
  const answer = await gql('mutation($i: MigrateInstancesInput!) { migrateInstances(input: $i) { __typename ... on BulkJobStarted { job { id } } ... on BpmError { message } } }',
    { i: { backend: 'elma', namespace: 'orders', processCode: 'order_approval', instanceIds: ids } });
  const accepted = performance.now() - started;
  const job = answer.data?.['migrateInstances']?.job?.id as string | undefined;
  if (!job) throw new Error(`no job: ${JSON.stringify(answer)}`);
  const client = createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, lazy: true });
  let events = 0;
  let last: Record<string, unknown> = {};
  let peakRss = 0;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, rssMb(pid)); }, 50);
  await new Promise<void>((resolve, reject) => {
    client.subscribe<{ jobProgress: Record<string, unknown> }>({ query: 'subscription($id: ID!) { jobProgress(id: $id) { status processed succeeded failed unknown } }', variables: { id: job } }, {
      next: ({ data }) => { events++; last = data!.jobProgress; },
      error: reject,
      complete: resolve,
    });
  });
  const took = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await client.dispose();
  const calls = elma.received.filter((r) => r.method === 'POST').length;
  const moved = ids.filter((id) => elma.state.instances.get(id)!.version !== 1).length;

  // (2) the task actions.
  const model = k2.state.tasks.get('8_25')!;
  const serials = Array.from({ length: TASKS }, (_, i) => `7000_${i + 1}`);
  for (const serialNumber of serials) k2.state.tasks.set(serialNumber, { ...structuredClone(model), serialNumber });
  const before = k2.received.length;
  const taskStart = performance.now();
  const tasks = await gql('mutation($i: UpdateTasksInput!) { updateTasks(input: $i) { __typename ... on UpdateTasksSuccess { succeeded failed unknown } ... on BpmError { message } } }',
    { i: { backend: 'k2', items: serials.map((serialNumber) => ({ serialNumber, action: { kind: 'ACTION', name: 'Approve' } })) } });
  const taskMs = performance.now() - taskStart;
  const taskCalls = k2.received.slice(before).filter((r) => r.path.endsWith('/UpdateTasks')).length;

  const row = (label: string, value: string) => console.log(`${label.padEnd(44)}${value}`);
  console.log(`bulk jobs, Node ${process.version}, ${INSTANCES.toLocaleString('en')} ELMA365 instances, ${TASKS.toLocaleString('en')} K2 tasks`);
  row('migration: accepted (BulkJobStarted) after', `${accepted.toFixed(0)} ms`);
  row('migration: final state after', `${took.toFixed(2)} s (${last['status']}, ${last['succeeded']} moved, ${last['failed']} failed, ${last['unknown']} unknown)`);
  row('migration: instances moved in the emulator', `${moved.toLocaleString('en')}`);
  row('migration: vendor calls', `${calls} (⌈${INSTANCES}/10000⌉ = ${Math.ceil(INSTANCES / 10_000)})`);
  row('migration: progress events', `${events} in ${took.toFixed(2)} s = ${(events / took).toFixed(1)}/s`);
  row('gateway RSS: idle, peak during the job', `${idleRss.toFixed(0)} MB, ${peakRss.toFixed(0)} MB`);
  row('updateTasks: 1,000 actions answered after', `${taskMs.toFixed(0)} ms (${JSON.stringify(tasks.data?.['updateTasks'])})`);
  row('updateTasks: vendor calls', `${taskCalls} (⌈${TASKS}/100⌉ = ${Math.ceil(TASKS / 100)})`);
} finally {
  await gateway.stop();
  await Promise.all([k2.close(), elma.close()]);
  rmSync(dataDir, { recursive: true, force: true });
}
