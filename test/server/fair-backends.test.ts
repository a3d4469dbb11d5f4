import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startK2Emulator, type K2Emulator } from '@bpm-gateway/sandbox';
import { parseConfig } from '../../src/config/load-config.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { K2_SERVICE } from '../support/gateway-harness.js';
import { memoryLogger } from '../support/memory-logger.js';

/** One request or one caller cannot starve the others of a backend: priced up front, served in turn. */
const KEYS = { viewer: 'key-viewer-123', other: 'key-other-456' };
let k2: K2Emulator;
let gateway: RunningGateway;

beforeAll(async () => {
  k2 = await startK2Emulator({ users: [K2_SERVICE] });
  gateway = await startGateway(parseConfig({
    server: {
      port: 0,
      auth: { type: 'apiKeys', keys: Object.entries(KEYS).map(([id, key]) => ({ id, sha256: createHash('sha256').update(key).digest('hex') })) },
      limits: { maxTokens: 100_000 },
      bodyLimitBytes: 4 * 1024 * 1024,
    },
    backends: [{
      id: 'k2', vendor: 'k2', baseUrl: k2.url, auth: { type: 'basic', username: K2_SERVICE.username, password: K2_SERVICE.password },
      resilience: { maxConcurrent: 2, breakerMinimumCalls: 100_000 },
    }],
  }, 'test', {}), { logger: memoryLogger('warn').logger });
});
afterAll(async () => { await gateway?.close(); await k2?.close(); });
beforeEach(() => k2.reset());

async function as(who: keyof typeof KEYS, query: string, variables: unknown = {}) {
  const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEYS[who] }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] }) };
}
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
const representations = (n: number, distinct: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'ProcessInstance', backend: 'k2', instanceId: String(1000 + (i % distinct)) }));
const READ_8 = '{ processInstance(backend: "k2", id: "8") { __typename } }';

it('15,000 _entities representations (1,111 K2 reads) are refused before any call, and another caller\'s read goes through', async () => {
  const [flood, read] = await Promise.all([as('viewer', ENTITIES, { r: representations(15_000, 1111) }), as('other', READ_8)]);
  expect(flood.status).toBe(400);
  expect(flood.errors?.[0]).toMatchObject({ extensions: { code: 'VENDOR_CALL_LIMIT_EXCEEDED' }, message: expect.stringContaining('1111 vendor calls') });
  expect(read.data).toEqual({ processInstance: { __typename: 'ProcessInstance' } });
  expect(k2.received).toHaveLength(1);
});

it.each([
  ['an inline fragment', 'query($r: [_Any!]!) { ... on Query { _entities(representations: $r) { __typename } } }'],
  ['a fragment spread', 'query($r: [_Any!]!) { ...E } fragment E on Query { _entities(representations: $r) { __typename } }'],
])('_entities inside %s is priced the same, and refused before any call', async (_how, query) => {
  const flood = await as('viewer', query, { r: representations(15_000, 1111) });
  expect(flood.status).toBe(400);
  expect(flood.errors?.[0]?.extensions?.code).toBe('VENDOR_CALL_LIMIT_EXCEEDED');
  expect(k2.received).toHaveLength(0);
});

it('prices representations by the key the resolver reads: a global id beside an unknown backend is still a K2 read', async () => {
  const forged = Array.from({ length: 15_000 }, (_, i) => ({ __typename: 'ProcessInstance', backend: 'nowhere', id: `gid://bpm/ProcessInstance/k2/${1000 + (i % 1111)}` }));
  const flood = await as('viewer', ENTITIES, { r: forged });
  expect(flood.status).toBe(400);
  expect(flood.errors?.[0]?.extensions?.code).toBe('VENDOR_CALL_LIMIT_EXCEEDED');
  expect(k2.received).toHaveLength(0);
});

it('within the budget, one caller\'s 250 reads queue behind two slots, and another caller\'s read is served in turn, not after them', async () => {
  const flood = as('viewer', ENTITIES, { r: representations(250, 250) });
  while (k2.received.length < 2) await new Promise((r) => setTimeout(r, 1));
  const read = await as('other', READ_8);
  expect(read.data).toEqual({ processInstance: { __typename: 'ProcessInstance' } });
  const position = k2.received.findIndex((r) => r.path.includes('Instances(8)'));
  // Round-robin between callers: the read waits for the next free slot, not for the flood's queue.
  expect(position).toBeGreaterThanOrEqual(0);
  expect(position).toBeLessThan(20);
  const done = await flood;
  expect((done.data?._entities as unknown[]).length).toBe(250);
  expect(k2.received).toHaveLength(251);
});
