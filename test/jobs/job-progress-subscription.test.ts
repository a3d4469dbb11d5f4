import { createHash } from 'node:crypto';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { K2_SERVICE } from '../support/gateway-harness.js';
import { memoryLogger } from '../support/memory-logger.js';

/** Two callers: an operator whose role may update tasks on k2, and a viewer whose role may only read. */
const KEYS = { operator: 'op-key-0123456789abcdef', viewer: 'viewer-key-0123456789abc' };
let k2: K2Emulator;
let gateway: RunningGateway;
const clients: Client[] = [];

beforeAll(async () => {
  k2 = await startK2Emulator({ users: [K2_SERVICE] });
  gateway = await startGateway(parseConfig({
    server: {
      port: 0,
      auth: { type: 'apiKeys', keys: [
        { id: 'operator', sha256: sha(KEYS.operator), roles: ['operator'] },
        { id: 'viewer', sha256: sha(KEYS.viewer), roles: ['viewer'] },
      ] },
    },
    audit: { enabled: false },
    backends: [{
      id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: K2_SERVICE.username, password: K2_SERVICE.password }, updateTasksChunkSize: 1,
      access: [{ roles: ['operator'], operations: ['UPDATE_TASKS', 'READ_TASK'] }, { roles: ['viewer'], operations: ['READ_TASK'] }],
    }],
  }, 'test', {}), { logger: memoryLogger('warn').logger });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await gateway?.close();
  await k2?.close();
});

function sha(key: string) { return createHash('sha256').update(key).digest('hex'); }

/** A real graphql-ws client over a real WebSocket, the key sent as a connection param (as a browser must). */
function subscriber(key: string | null): Client {
  const client = createClient({
    url: `${gateway.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: key ? { 'x-api-key': key } : {},
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  return client;
}

async function post(key: string, query: string, variables: unknown = {}) {
  const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

const PROGRESS = 'subscription($id: ID!) { jobProgress(id: $id) { jobId status processed succeeded total } }';

describe('jobProgress over graphql-ws on /graphql', () => {
  it('sends the job now, at least once a second while it runs, and its final state, then completes', async () => {
    // Five tasks, one per call, each answered after 600 ms: about three seconds of running.
    for (let i = 1; i <= 5; i++) k2.state.tasks.set(`300_${i}`, { ...structuredClone(k2.state.tasks.get('8_25')!), serialNumber: `300_${i}` });
    for (let i = 0; i < 5; i++) k2.slowNext('POST', 600);
    const items = Array.from({ length: 5 }, (_, i) => ({ serialNumber: `300_${i + 1}`, action: { kind: 'ACTION', name: 'Approve' } }));
    const started = await post(KEYS.operator, 'mutation($i: UpdateTasksInput!) { updateTasks(input: $i) { __typename ... on BulkJobStarted { job { id } } } }', { i: { backend: 'k2', items, runAsJob: true } });
    const id = started.data!['updateTasks'].job.id as string;

    const events: { at: number; status: string; processed: number }[] = [];
    await new Promise<void>((resolve, reject) => {
      subscriber(KEYS.operator).subscribe<{ jobProgress: { status: string; processed: number } }>({ query: PROGRESS, variables: { id } }, {
        next: ({ data }) => events.push({ at: Date.now(), ...data!.jobProgress }),
        error: reject,
        complete: resolve,
      });
    });
    expect(events.at(-1)).toMatchObject({ status: 'SUCCEEDED', processed: 5 });
    const running = events.filter((e) => e.status === 'RUNNING' || e.status === 'QUEUED');
    expect(running.length).toBeGreaterThanOrEqual(3);
    const gaps = events.slice(1).map((e, i) => e.at - events[i]!.at);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1300);
    expect(new Set(events.map((e) => e.processed)).size).toBeGreaterThanOrEqual(4);
  });

  it('a caller the backend\'s rules do not let run the job sees nothing: job is null, the subscription completes empty, cancelJob is null', async () => {
    const started = await post(KEYS.operator, 'mutation($i: UpdateTasksInput!) { updateTasks(input: $i) { ... on BulkJobStarted { job { id } } } }', { i: { backend: 'k2', items: [{ serialNumber: '2_24', action: { kind: 'WAKE' } }], runAsJob: true } });
    const id = started.data!['updateTasks'].job.id as string;
    expect((await post(KEYS.viewer, 'query($id: ID!) { job(id: $id) { jobId } }', { id })).data).toEqual({ job: null });
    expect((await post(KEYS.viewer, 'mutation($id: ID!) { cancelJob(id: $id) { jobId } }', { id })).data).toEqual({ cancelJob: null });
    expect((await post(KEYS.viewer, '{ jobs { edges { node { jobId } } } }')).data).toEqual({ jobs: { edges: [] } });
    const seen: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      subscriber(KEYS.viewer).subscribe({ query: PROGRESS, variables: { id } }, { next: (v) => seen.push(v), error: reject, complete: resolve });
    });
    expect(seen).toEqual([]);
    const refused = await post(KEYS.viewer, 'mutation($i: UpdateTasksInput!) { updateTasks(input: $i) { __typename } }', { i: { backend: 'k2', items: [{ serialNumber: '2_24', action: { kind: 'WAKE' } }], runAsJob: true } });
    expect(refused.data).toEqual({ updateTasks: { __typename: 'PermissionDeniedError' } });
  });

  it('refuses a mutation or a query sent over the socket, sending nothing to the vendor: they go over HTTP, where the limits apply', async () => {
    const before = k2.received.length;
    for (const query of ['mutation { updateTask(input: { backend: "k2", serialNumber: "2_24", action: { kind: "WAKE" } }) { __typename } }', '{ jobs { edges { node { jobId } } } }']) {
      const error = await new Promise<unknown>((resolve) => {
        subscriber(KEYS.operator).subscribe({ query }, { next: () => resolve('answered'), error: resolve, complete: () => resolve('completed') });
      });
      expect(error).toEqual([expect.objectContaining({ message: expect.stringContaining('subscriptions only') })]);
    }
    expect(k2.received.length).toBe(before);
  });

  it('a connection without a valid key is closed before any operation runs', async () => {
    const error = await new Promise<unknown>((resolve) => {
      subscriber('not-a-key').subscribe({ query: PROGRESS, variables: { id: 'x' } }, { next: () => undefined, error: resolve, complete: () => resolve(null) });
    });
    expect(error).toMatchObject({ code: 4403 });
  });
});
