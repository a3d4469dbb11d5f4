import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { K2_SERVICE } from '../support/gateway-harness.js';
import { memoryLogger } from '../support/memory-logger.js';

/**
 * The attack review's clientMutationId findings, through real HTTP: one caller flooding the store
 * with huge answers under fresh ids, and another whose remembered task action must survive it.
 */
const KEYS = { attacker: 'key-attacker-123', victim: 'key-victim-456' };
const MAX_BYTES = 8 * 1024 * 1024;
let k2: K2Emulator;
let gateway: RunningGateway;
/** The same, with a per-caller share of 4 KiB: a dozen remembered task actions fill it. */
let small: RunningGateway;

const start = (idempotency: Record<string, number>) => startGateway(parseConfig({
    server: {
      port: 0,
      auth: { type: 'apiKeys', keys: Object.entries(KEYS).map(([id, key]) => ({ id, sha256: createHash('sha256').update(key).digest('hex') })) },
      limits: { maxTokens: 100_000 },
    },
    idempotency,
    backends: [{ id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: K2_SERVICE.username, password: K2_SERVICE.password } }],
  }, 'test', {}), { logger: memoryLogger('warn').logger });

beforeAll(async () => {
  k2 = await startK2Emulator({ users: [K2_SERVICE] });
  gateway = await start({ maxBytes: MAX_BYTES, maxBytesPerCaller: MAX_BYTES / 2 });
  small = await start({ maxBytes: MAX_BYTES, maxBytesPerCaller: 4096 });
});
afterAll(async () => { await gateway?.close(); await small?.close(); await k2?.close(); });

async function as(who: keyof typeof KEYS, query: string, variables: unknown, to: RunningGateway = gateway) {
  const res = await fetch(`${to.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEYS[who] }, body: JSON.stringify({ query, variables }) });
  return ((await res.json()) as { data: Record<string, { __typename: string; message?: string }> }).data;
}
const APPROVE = 'mutation($id: String) { r: updateTask(input: {backend: "k2", serialNumber: "8_25", action: {kind: ACTION, name: "Approve"}, clientMutationId: $id}) { __typename } }';
const BIG = 'mutation($id: String, $v: String!) { r: updateProcessInstance(input: {backend: "k2", instanceId: "8", dataFields: [{name: "Notes", value: $v}], clientMutationId: $id}) { __typename ... on BpmError { message } } }';
const taskPosts = () => k2.received.filter((r) => r.method === 'POST' && r.path.includes('Task')).length;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };

/*
 * 100 rather than the review's 500 calls: fast-xml-parser takes ~160 ms to parse a 950 KB text
 * node, on both sides of the wire, so 500 would hold CI for minutes. 100 unbounded answers would
 * hold ~95 MB, 12 times the bound.
 */
it('100 updates with 950 KB fields under fresh ids keep the heap near maxBytes, and the victim\'s remembered task action is never sent again', async () => {
  expect((await as('victim', APPROVE, { id: 'victim-approve-1' })).r?.__typename).toBe('UpdateTaskSuccess');
  const posts = taskPosts();
  const value = 'x'.repeat(950 * 1024);
  const before = heap();
  let peak = 0;
  for (let batch = 0; batch < 25; batch++) {
    const answers = await Promise.all([0, 1, 2, 3].map((i) => as('attacker', BIG, { id: `flood-${batch}-${i}`, v: value })));
    for (const a of answers) expect(a.r?.__typename).toBe('UpdateProcessInstanceSuccess');
    // The emulator records every body it receives; only the gateway's memory is measured.
    k2.received.length = 0;
    if (batch % 5 === 4) peak = Math.max(peak, heap() - before);
  }
  // Unbounded, 500 answers of ~1 MB each would hold ~500 MB; the store holds at most its share.
  expect(peak).toBeLessThan(3 * MAX_BYTES);
  // Cheap refusals are not stored at all, so they cannot push anyone out either.
  for (let i = 0; i < 200; i++) await as('attacker', 'mutation($id: String) { r: updateTask(input: {backend: "k2", serialNumber: "bad", action: {kind: ACTION, name: "Approve"}, clientMutationId: $id}) { __typename } }', { id: `bad-${i}` });
  k2.reset();
  expect((await as('victim', APPROVE, { id: 'victim-approve-1' })).r?.__typename).toBe('UpdateTaskSuccess');
  expect(taskPosts()).toBe(0);
  expect(posts).toBe(1);
}, 120_000);

it('a caller whose share is full of task actions gets a clear refusal for a new id, and its old ids still answer without calling K2', async () => {
  const SLEEP = 'mutation($id: String) { r: updateTask(input: {backend: "k2", serialNumber: "8_25", action: {kind: SLEEP, sleepSeconds: 60}, clientMutationId: $id}) { __typename ... on BpmError { message } ... on ValidationError { field } } }';
  k2.reset();
  let refused: Record<string, unknown> | undefined;
  let sent = 0;
  for (let i = 0; i < 100 && !refused; i++) {
    const a = (await as('victim', SLEEP, { id: `sleep-${i}` }, small)).r as Record<string, unknown>;
    if (a.__typename === 'ValidationError') refused = a;
    else { expect(a.__typename).toBe('UpdateTaskSuccess'); sent++; }
  }
  expect(sent).toBeGreaterThan(3);
  expect(refused).toMatchObject({ field: 'clientMutationId', message: expect.stringContaining('idempotency.maxBytesPerCaller') });
  k2.reset();
  for (let i = 0; i < sent; i++) expect((await as('victim', SLEEP, { id: `sleep-${i}` }, small)).r?.__typename).toBe('UpdateTaskSuccess');
  expect(taskPosts()).toBe(0);
  // Another caller still gets its ids remembered, and calls without an id go through.
  expect((await as('attacker', SLEEP, { id: 'sleep-0' }, small)).r?.__typename).toBe('UpdateTaskSuccess');
  expect((await as('victim', SLEEP, {}, small)).r?.__typename).toBe('UpdateTaskSuccess');
  expect(taskPosts()).toBe(2);
});
